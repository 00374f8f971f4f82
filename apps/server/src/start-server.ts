import { type Config, type CoreContext, openPlatform, whileLoopHeld } from '@asskomm/core';
import { type JobWorker, startJobWorker } from '@asskomm/core/jobs';
import { buildApp } from './app';

/**
 * Opens the platform (migrations, reference data, demo, first admin) unless the caller already did,
 * builds the app and listens. Until the port is open the event loop is held (see whileLoopHeld).
 */
export function startServer(config: Config, opened?: CoreContext) {
  return whileLoopHeld(() => openBuildAndListen(config, opened));
}

async function openBuildAndListen(config: Config, opened?: CoreContext) {
  const ctx = opened ?? (await openPlatform(config, { bootstrapAdmin: true }));
  const app = await buildApp(ctx);
  let worker: JobWorker | null = null;
  const close = async () => {
    // The running job step finishes first (or another process takes it over after its lease).
    await worker?.stop();
    await app.close();
    await ctx.database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().then(() => process.exit(0));
    });
  }
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    await close();
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE')
      throw new Error(`Port ${config.PORT} ist schon belegt. Setzen Sie PORT auf einen freien Port.`);
    if (e.code === 'EACCES')
      throw new Error(
        `Port ${config.PORT} darf nicht verwendet werden (Rechte). Setzen Sie PORT auf einen Port über 1024.`,
      );
    throw error;
  }
  // Jobs (report and letter batches) in this process too, unless separate `asskomm worker`s do them.
  if (config.ASSKOMM_WORKER) worker = startJobWorker(ctx);
  const shown = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  ctx.log.info(
    `ASSKomm läuft auf http://${shown}:${config.PORT} (Datenbank: ${ctx.database.kind}, ${ctx.database.location}; Aufträge: ${worker ? 'auch in diesem Prozess' : 'nur durch asskomm worker'})`,
  );
  return { app, ctx, close };
}
