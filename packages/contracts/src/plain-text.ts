/**
 * The one schema helper for text that people type or upload: every text field at the edge (API bodies,
 * query strings, form fields, file names) is built with `plainText()`, so control characters are refused
 * with a German message naming the field instead of reaching the database (PostgreSQL refuses a NUL byte
 * in text, and a lone surrogate in jsonb, with an error that would become HTTP 500).
 *
 * Depends on zod only (browser-safe); core re-exports it (packages/core/src/validation/plain-text.ts).
 */
import { z } from 'zod';

/** C0 and C1 control characters except tab, line feed and carriage return (allowed in multi-line text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Every C0 and C1 control character: a one-line field (name, e-mail, title) has no use for any. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** A UTF-16 surrogate without its partner: not valid Unicode, and refused by PostgreSQL in jsonb. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The message of a refused text; the error handler recognises it to name the field in the reply. */
export const CONTROL_CHARACTER_MESSAGE =
  'enthält ein unzulässiges Steuerzeichen (z. B. ein Nullbyte) oder ein ungültiges Zeichen.';

export interface PlainTextOptions {
  /** Allow tab, line feed and carriage return (free texts, addresses, JSON sent in a form field). */
  multiline?: boolean;
  /** Message when the value is missing or not a string. */
  error?: string;
}

/** True when `value` holds no character that `plainText()` refuses. */
export function isPlainText(value: string, multiline = false): boolean {
  return !(multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value) && !LONE_SURROGATE.test(value);
}

/**
 * A string schema that refuses control characters and lone surrogates. Chain the usual checks after it:
 * `plainText().trim().min(1).max(200)`.
 */
export function plainText(options: PlainTextOptions = {}) {
  const base = options.error ? z.string({ error: options.error }) : z.string();
  return base.refine((value) => isPlainText(value, options.multiline ?? false), {
    error: CONTROL_CHARACTER_MESSAGE,
    abort: true,
  });
}

/** A file name sent with an upload (only checked, never used as a path). */
export function plainFileName() {
  return plainText().max(255, { error: 'Der Dateiname ist zu lang (höchstens 255 Zeichen).' });
}

/**
 * Refuses control characters anywhere inside a JSON value (object keys and string values at any depth),
 * for fields whose shape is checked later (answers of the survey form). Returns the path of the first
 * bad string, or null.
 */
export function findControlCharacter(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === 'string') return isPlainText(value, true) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isPlainText(key, false)) return [...path, key];
      const found = findControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A JSON value of any shape whose strings and keys hold no control characters (multi-line text allowed). */
export function plainJson() {
  return z.unknown().check((ctx) => {
    const path = findControlCharacter(ctx.value);
    if (path) ctx.issues.push({ code: 'custom', message: CONTROL_CHARACTER_MESSAGE, input: ctx.value, path });
  });
}
