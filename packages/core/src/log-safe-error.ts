/**
 * An error as it may be written to a log. A failed database query carries its parameter values (Drizzle
 * puts them into the message: e-mail addresses, password hashes, answers), and PostgreSQL's own messages
 * and details quote values ('Key (email)=(…) already exists', 'invalid input syntax …: "…"'). None of that
 * may reach a log (issue 8): what remains is the error type, the SQLSTATE, the parameterised SQL text, the
 * message with every quoted value replaced, and the stack frames.
 */
export interface LogSafeError {
  type: string;
  message: string;
  /** SQLSTATE of a database error (e.g. 23505), or a Node/Fastify error code. */
  code?: string;
  /** The SQL text with placeholders ($1, $2): no values. */
  query?: string;
  stack?: string;
  cause?: LogSafeError;
}

/** Quoted values and "(column)=(value)" pairs in database messages. */
function redactValues(message: string): string {
  return message
    .replace(/=\([^)]*\)/g, '=(…)')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'");
}

function framesOnly(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

export function logSafeError(error: unknown, depth = 0): LogSafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'kein Error-Objekt' };
  const e = error as Error & { query?: unknown; params?: unknown; code?: unknown; cause?: unknown };
  const isQueryError = typeof e.query === 'string' && 'params' in e;
  // PostgreSQL's errors (node-postgres and PGlite) carry a five-character SQLSTATE and a severity.
  const isDatabaseError = 'severity' in e || (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code));
  const safe: LogSafeError = {
    type: e.name || e.constructor?.name || 'Error',
    // A failed query's message is "Failed query: SQL\nparams: VALUES": keep only that it failed.
    message: isQueryError
      ? 'Datenbankabfrage fehlgeschlagen'
      : isDatabaseError
        ? redactValues(e.message)
        : e.message,
    stack: framesOnly(e.stack),
  };
  if (typeof e.code === 'string') safe.code = e.code;
  if (isQueryError) safe.query = e.query as string;
  if (e.cause !== undefined && depth < 3) safe.cause = logSafeError(e.cause, depth + 1);
  return safe;
}
