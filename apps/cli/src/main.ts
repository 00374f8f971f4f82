// Only light modules are imported up front (commander, the command definitions, @asskomm/core/light):
// each command loads the platform's code when it runs, so `asskomm --help` stays fast.
import { AppError, VERSION } from '@asskomm/core/light';
import { Command, CommanderError } from 'commander';
import { ensureWebBuild } from '../build/web-build.mjs';
import { registerAnalyseCommand } from './commands/analyse';
import { registerBackupCommands } from './commands/backup';
import { registerLageberichtCommand } from './commands/lagebericht';
import { registerPksCommands } from './commands/pks';
import { registerReferenceCommands } from './commands/reference';
import { registerSurveyCodesCommand } from './commands/survey-codes';
import { registerSurveyExportCommand } from './commands/survey-export';
import { registerUserCommands } from './commands/user';
import { registerWorkerCommand } from './commands/worker';

export function buildProgram(): Command {
  const program = new Command('asskomm')
    .description('ASSKomm – Plattform der Allianz Sichere Sächsische Kommunen')
    .version(VERSION, '-V, --version', 'Version anzeigen')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .helpCommand('help [befehl]', 'Hilfe zu einem Befehl anzeigen')
    .showHelpAfterError('(asskomm --help zeigt alle Befehle)')
    .exitOverride();

  program
    .command('start')
    .description(
      'Server starten (PORT, Standard 3000); Datenbank, Referenz- und Demodaten werden vorbereitet',
    )
    .action(async () => {
      const { loadConfig, openPlatform } = await import('@asskomm/core');
      const config = loadConfig();
      await ensureWebBuild();
      // The database opens while the server's modules load: PGlite compiles its WebAssembly on
      // background threads and reads its files asynchronously, so the two overlap (issue 9, warm start).
      const platform = openPlatform(config, { bootstrapAdmin: true });
      const server = import('@asskomm/server');
      const [ctx] = await Promise.all([platform, server]).catch(async (error) => {
        await platform.then((opened) => opened.database.close()).catch(() => {});
        throw error;
      });
      const { startServer } = await server;
      await startServer(config, ctx);
      // Keep running until a signal arrives.
      await new Promise(() => {});
    });
  registerUserCommands(program);
  registerReferenceCommands(program);
  registerBackupCommands(program);
  registerSurveyExportCommand(program);
  registerSurveyCodesCommand(program);
  registerAnalyseCommand(program);
  registerPksCommands(program);
  registerLageberichtCommand(program);
  registerWorkerCommand(program);
  return program;
}

/** Runs the CLI; returns the exit code. Known errors print one clear line, not a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof AppError) {
      console.error(`Fehler: ${error.userMessage}`);
      if (error.fields) for (const [k, v] of Object.entries(error.fields)) console.error(`  ${k}: ${v}`);
      if (error.details) console.error(JSON.stringify(error.details, null, 2));
      return 1;
    }
    const { ConfigError, logSafeError } = await import('@asskomm/core');
    const { DataDirLockedError, DataDirUnwritableError } = await import('@asskomm/db');
    if (
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      error instanceof DataDirUnwritableError
    ) {
      console.error(`Fehler: ${error.message}`);
      return 1;
    }
    // Never the raw message or object: a failed query carries its parameter values.
    const safe = logSafeError(error);
    console.error(`Fehler: ${safe.message}${safe.code ? ` (${safe.code})` : ''}`);
    if (process.env.DEBUG) console.error(safe);
    return 1;
  }
}
