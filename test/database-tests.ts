// Which test files use the database under test. `npm test` runs every test file on PGlite; CI runs the
// files listed here a second time on PostgreSQL (`DATABASE_URL=… npm run test:db`, the vitest project "db").
// The other files give the same result on either backend, so a second run would only repeat them.
// test/database-tests.test.ts fails when a test file opens a database or platform and is not sorted into
// one of the two lists below, so a new database test cannot silently miss the PostgreSQL run.

/** They open the database through createTestPlatform/createTestDatabase or read DATABASE_URL. */
export const DATABASE_TESTS = [
  'apps/cli/test/analyse-export.test.ts',
  'apps/server/test/auth.test.ts',
  'apps/server/test/control-characters.test.ts',
  'apps/server/test/funding-api.test.ts',
  'apps/server/test/jobs-api.test.ts',
  'apps/server/test/jobs-concurrency.test.ts',
  'apps/server/test/kennzahlen-api.test.ts',
  'apps/server/test/letter-jobs.test.ts',
  'apps/server/test/letters-api.test.ts',
  'apps/server/test/log-privacy.test.ts',
  'apps/server/test/login-rate-limit.test.ts',
  'apps/server/test/municipalities.test.ts',
  'apps/server/test/network-api.test.ts',
  'apps/server/test/open311.test.ts',
  'apps/server/test/pks.test.ts',
  'apps/server/test/remarks-kill.test.ts',
  'apps/server/test/remarks-rate-limit.test.ts',
  'apps/server/test/reports-api.test.ts',
  'apps/server/test/role-matrix.test.ts',
  'apps/server/test/security-headers.test.ts',
  'apps/server/test/static-web.test.ts',
  'apps/server/test/survey-form.test.ts',
  'apps/server/test/survey-results.test.ts',
  'apps/server/test/surveys-api.test.ts',
  'apps/server/test/surveys-concurrency.test.ts',
  'apps/server/test/surveys-public.test.ts',
  'apps/server/test/training-api.test.ts',
  'apps/server/test/users.test.ts',
  'packages/core/test/backup-secrets.test.ts',
  'packages/core/test/backup.test.ts',
  'packages/core/test/funding/demo.test.ts',
  'packages/core/test/jobs/report-batch-job.test.ts',
  'packages/core/test/open-platform.test.ts',
  'packages/core/test/pks/import.test.ts',
  'packages/core/test/projects/evaluation.test.ts',
  'packages/core/test/reports/gather-report-input.test.ts',
  'packages/core/test/surveys/data-entry/enter-paper-response.test.ts',
  'packages/core/test/surveys/demo/seed-demo-survey-wave.test.ts',
  'packages/core/test/surveys/fieldwork/letter-sender.test.ts',
  'packages/core/test/surveys/forensics/unlink-after-close.test.ts',
  'packages/core/test/surveys/monitoring/monitoring.test.ts',
  'packages/core/test/surveys/public/response-inbox.test.ts',
  'packages/core/test/surveys/public/submit-survey.test.ts',
  'packages/core/test/surveys/results/get-survey-results.test.ts',
  'packages/db/test/startup-lock.test.ts',
];

/** They open a PGlite database of their own whatever DATABASE_URL says; PostgreSQL would repeat them. */
export const PGLITE_ONLY_TESTS: Record<string, string> = {
  'apps/cli/test/foundation-cli.test.ts': 'runs the CLI with DATABASE_URL empty on a PGlite data directory',
  'apps/cli/test/lagebericht.test.ts': 'runs the CLI without DATABASE_URL on a PGlite data directory',
  'apps/cli/test/pks.test.ts': 'runs the CLI with DATABASE_URL empty on a PGlite data directory',
  'apps/cli/test/survey-codes.test.ts': 'runs the CLI without DATABASE_URL on a PGlite data directory',
  'apps/cli/test/survey-export.test.ts': 'runs the CLI with DATABASE_URL empty on a PGlite data directory',
  'packages/db/test/data-dir-lock.test.ts': "tests PGlite's data-directory lock",
  'packages/db/test/pglite-template.test.ts': "tests PGlite's prepared template",
};
