// Training (Qualifizierung): cohorts, participants with waiting list, attendance, completion, certificates.
export * from './access-token';
export * from './attendance';
export * from './certificate';
export * from './cohorts';
export * from './completion';
export * from './demo/seed-demo-training';
export * from './participants';
