import { z } from 'zod';

/**
 * The platform's configuration: the only place that reads the environment. Parsed once, strictly:
 * a bad value or an unknown ASSKOMM_* variable stops the start with a message naming the variable.
 * Defaults live here and nowhere else; .env.example documents each one.
 */
const boolFromEnv = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ message: 'muss eine Zahl sein' })
    .int('muss eine ganze Zahl sein')
    .min(1, 'muss zwischen 1 und 65535 liegen')
    .max(65535, 'muss zwischen 1 und 65535 liegen')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL for production; unset = embedded PGlite in ASSKOMM_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'muss mit postgres:// oder postgresql:// beginnen')
    .optional(),
  ASSKOMM_DATA_DIR: z.string().min(1).default('./var'),
  /** Where the open reference data lies; otherwise the data shipped in data/reference. */
  ASSKOMM_REFERENCE_DIR: z.string().min(1).optional(),
  ASSKOMM_ADMIN_EMAIL: z.email('ist keine gültige E-Mail-Adresse').optional(),
  ASSKOMM_ADMIN_PASSWORD: z.string().min(12, 'muss mindestens 12 Zeichen lang sein').optional(),
  /** Public address used in letters and QR codes. */
  ASSKOMM_PUBLIC_URL: z.url('ist keine gültige URL').optional(),
  /** Secret for hashing access codes; generated once and stored in the database when unset. */
  ASSKOMM_SECRET: z.string().min(32, 'muss mindestens 32 Zeichen lang sein').optional(),
  ASSKOMM_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Set when a TLS proxy sits in front; then X-Forwarded-Proto decides whether cookies are Secure. */
  ASSKOMM_TRUST_PROXY: boolFromEnv.default(false),
  ASSKOMM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Failed logins allowed per IP and minute. */
  ASSKOMM_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Requests per IP and minute to the public survey form's API (start, save, submit). */
  ASSKOMM_SURVEY_RATE_LIMIT: z.coerce.number().int().positive().default(300),
  /** Remarks (Hinweise) a client may send per hour, on the web form and on Open311 each. */
  ASSKOMM_REMARK_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  ASSKOMM_WEB_DIST: z.string().optional(),
  /** PostgreSQL: seconds to wait for another process's start-up lock (migrations, seeding) before giving up. */
  ASSKOMM_STARTUP_LOCK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Whether `asskomm start` also works off jobs (report and letter batches); 0 = only `asskomm worker`. */
  ASSKOMM_WORKER: boolFromEnv.default(true),
  /** Seconds a worker holds a job step without renewing; a killed worker's step is taken over after this. */
  ASSKOMM_JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  /** Attempts per job step (the first included) before the job fails with its error message. */
  ASSKOMM_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  /** Days a finished job and its result file (e.g. the ZIP of reports) are kept. */
  ASSKOMM_JOB_KEEP_DAYS: z.coerce.number().int().min(1).max(365).default(7),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ungültige Konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment. Empty strings count as unset (as shells often export them). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = new Set(Object.keys(ConfigSchema.shape));
  const input: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('ASSKOMM_') && !known.has(key)) {
      problems.push(
        `${key}: unbekannte Einstellung (bekannt sind: ${[...known].filter((k) => k.startsWith('ASSKOMM_')).join(', ')})`,
      );
    }
    if (known.has(key) && value !== undefined && value !== '') input[key] = value;
  }
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '?');
      problems.push(`${key}=${JSON.stringify(input[key] ?? '')}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  if (parsed.data.ASSKOMM_ADMIN_EMAIL && !parsed.data.ASSKOMM_ADMIN_PASSWORD) {
    throw new ConfigError(['ASSKOMM_ADMIN_PASSWORD: fehlt (ASSKOMM_ADMIN_EMAIL ist gesetzt)']);
  }
  return parsed.data;
}

/** Configuration for tests: in-memory PGlite unless a DATABASE_URL is given, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return ConfigSchema.parse({
    ASSKOMM_LOG_LEVEL: 'silent',
    ASSKOMM_LOGIN_RATE_LIMIT: 1000,
    ASSKOMM_SURVEY_RATE_LIMIT: 100_000,
    ASSKOMM_REMARK_RATE_LIMIT: 100_000,
    ...overrides,
  });
}
