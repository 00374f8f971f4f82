import type { Database, Db } from '@asskomm/db';
import type { Config } from './config';
import type { FundingFigureSource } from './kennzahlen/funding-source';

/** What every core function gets: configuration and the open database. Built once per process. */
export interface CoreContext {
  config: Config;
  database: Database;
  db: Db;
  /** Server secret (for keyed hashes such as access codes); from config or generated once and stored. */
  secret: string;
  /**
   * Set when the stored access codes were made with another secret (e.g. after a restore without the
   * matching ASSKOMM_SECRET): German text for operators; the codes' waves are blocked meanwhile.
   */
  codeSecretProblem?: string | null;
  log: CoreLogger;
  /**
   * Approved grants for the key figures (`foerdermittel_bewilligt_cent`), supplied by the funding module
   * (openPlatform wires it; unset: the figure is null, "noch nicht erfasst").
   */
  fundingFigures?: FundingFigureSource;
  /**
   * The clock for dated business rules (e.g. the funding application window); tests set it to a fixed
   * day. Unset means the real time.
   */
  clock?: () => Date;
}

/** The current time as the context sees it (ctx.clock in tests, else now). */
export function now(ctx: Pick<CoreContext, 'clock'>): Date {
  return ctx.clock ? ctx.clock() : new Date();
}

export interface CoreLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The signed-in user as core functions see it. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'coach' | 'kommune' | 'rat';
  ags: string | null;
  /** For coaches: the municipalities they may edit. */
  assignedAgs: string[];
}

/** Used in the audit log when the platform itself or the CLI acts. */
export const SYSTEM_ACTOR = 'system';
