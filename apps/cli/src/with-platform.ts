import type { CoreContext } from '@asskomm/core';

/**
 * Runs a command against the platform's database, prepared exactly as `npm start` prepares it
 * (migrations, reference data, demo). Closes the database afterwards, also on errors, so the
 * data-directory lock is released.
 */
export async function withPlatform<T>(fn: (ctx: CoreContext) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: the platform's code is needed only by commands that run.
  const { loadConfig, openPlatform } = await import('@asskomm/core');
  const config = loadConfig();
  const ctx = await openPlatform(config, {
    log: { info: (m) => console.error(m), warn: (m) => console.error(m), error: (m) => console.error(m) },
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}
