/**
 * Spelling-tolerant name search (issue 9: "grossenhain" must find "Großenhain"). Names and the query are
 * folded the same way, in two styles, and either may match: "spelled" writes umlauts out (ä → ae, as on a
 * keyboard without them), "plain" drops their dots (ä → a); both write ß as ss and ignore case.
 * The SQL side folds upper-case umlauts explicitly, since lower() leaves them alone under the C locale.
 */
import { type SQL, sql } from 'drizzle-orm';

export type FoldStyle = 'spelled' | 'plain';

const PAIRS: Record<FoldStyle, readonly (readonly [string, string])[]> = {
  spelled: [
    ['ä', 'ae'],
    ['ö', 'oe'],
    ['ü', 'ue'],
    ['Ä', 'ae'],
    ['Ö', 'oe'],
    ['Ü', 'ue'],
    ['ß', 'ss'],
    ['ẞ', 'ss'],
  ],
  plain: [
    ['ä', 'a'],
    ['ö', 'o'],
    ['ü', 'u'],
    ['Ä', 'a'],
    ['Ö', 'o'],
    ['Ü', 'u'],
    ['ß', 'ss'],
    ['ẞ', 'ss'],
  ],
};

/** The folded text (JS side). */
export function foldName(text: string, style: FoldStyle): string {
  let out = text;
  for (const [from, to] of PAIRS[style]) out = out.split(from).join(to);
  return out.toLowerCase();
}

/** The same folding as an SQL expression over a text column. */
export function foldNameSql(column: SQL | unknown, style: FoldStyle): SQL {
  let expr: SQL = sql`${column}`;
  for (const [from, to] of PAIRS[style]) expr = sql`replace(${expr}, ${from}, ${to})`;
  return sql`lower(${expr})`;
}
