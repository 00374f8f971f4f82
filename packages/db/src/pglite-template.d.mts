/** The template's file for the installed PGlite and the current migrations (it may not exist yet). */
export function pgliteTemplateFile(): string;
/** Makes the template unless it exists; returns its file. */
export function ensurePgliteTemplate(): Promise<string>;
