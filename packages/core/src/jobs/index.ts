// Background jobs (issue 11): report batches and survey letter batches, worked off by `asskomm worker`
// processes and `asskomm start`, on PostgreSQL and PGlite alike.
export { createLetterBatch } from './create-letter-batch.ts';
export * from './create-report-batch.ts';
export { deleteOldJobs } from './delete-old-jobs.ts';
export { jobDir, jobsDir } from './job-files.ts';
export { getJobResult } from './job-result.ts';
export {
  type JobWorker,
  retryDelay,
  runNextJobItem,
  startJobWorker,
  type WorkerOptions,
  workerOptions,
} from './job-worker.ts';
export { getJob, type JobKind, type JobStatus, type JobView, listJobs } from './list-jobs.ts';
