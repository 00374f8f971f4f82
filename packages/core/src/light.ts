/**
 * What the command line needs before a command runs (version, option choices, errors it throws while
 * checking arguments). Everything here must stay free of database, file-format and server code: the
 * CLI imports only this module up front, so `asskomm --help` starts in a fraction of a second
 * (measured by scripts/bench-startup.ts). The services are loaded by each command when it runs.
 */
export { ROLES } from '@asskomm/db/roles';
export { SYSTEM_ACTOR } from './context';
export { AppError } from './errors';
export { PKS_IMPORT_FORMATS } from './pks/import/import-formats';
export { DEMO_AGS } from './platform/demo';
export { VERSION } from './platform/version';
export { MAX_CODES_PER_REQUEST } from './surveys/fieldwork/limits';
