import { type AreaKind, NULL_COUNT, type PksFactColumns, type PksFactRow } from './types';

/** Growable column store behind PksFactColumns; `view()` returns arrays trimmed to `length`. */
export class ColumnBuilder {
  length = 0;
  ags: string[] = [];
  key: string[] = [];
  year: Int32Array;
  cases: Int32Array;
  attempts: Int32Array;
  cleared: Int32Array;
  suspects: Int32Array;
  suspectsMale: Int32Array;
  suspectsFemale: Int32Array;
  suspectsNonGerman: Int32Array;
  line: Int32Array;

  constructor(
    readonly areaKind: AreaKind,
    capacity = 1024,
  ) {
    const c = Math.max(16, capacity);
    this.year = new Int32Array(c);
    this.cases = new Int32Array(c);
    this.attempts = new Int32Array(c);
    this.cleared = new Int32Array(c);
    this.suspects = new Int32Array(c);
    this.suspectsMale = new Int32Array(c);
    this.suspectsFemale = new Int32Array(c);
    this.suspectsNonGerman = new Int32Array(c);
    this.line = new Int32Array(c);
  }

  /** Reserves row `length` and returns its index; the caller fills every column. */
  next(): number {
    if (this.length === this.year.length) this.grow();
    return this.length++;
  }

  private grow(): void {
    const c = this.year.length * 2;
    const g = (a: Int32Array) => {
      const b = new Int32Array(c);
      b.set(a);
      return b;
    };
    this.year = g(this.year);
    this.cases = g(this.cases);
    this.attempts = g(this.attempts);
    this.cleared = g(this.cleared);
    this.suspects = g(this.suspects);
    this.suspectsMale = g(this.suspectsMale);
    this.suspectsFemale = g(this.suspectsFemale);
    this.suspectsNonGerman = g(this.suspectsNonGerman);
    this.line = g(this.line);
  }

  /** Rows [from, to) as PksFactColumns; typed arrays are views, not copies. */
  view(from = 0, to = this.length): PksFactColumns {
    return {
      length: to - from,
      areaKind: this.areaKind,
      ags: from === 0 && to === this.ags.length ? this.ags : this.ags.slice(from, to),
      key: from === 0 && to === this.key.length ? this.key : this.key.slice(from, to),
      year: this.year.subarray(from, to),
      cases: this.cases.subarray(from, to),
      attempts: this.attempts.subarray(from, to),
      cleared: this.cleared.subarray(from, to),
      suspects: this.suspects.subarray(from, to),
      suspectsMale: this.suspectsMale.subarray(from, to),
      suspectsFemale: this.suspectsFemale.subarray(from, to),
      suspectsNonGerman: this.suspectsNonGerman.subarray(from, to),
      line: this.line.subarray(from, to),
    };
  }
}

const n2c = (v: number | null | undefined): number => (v === null || v === undefined ? NULL_COUNT : v);
const c2n = (v: number): number | null => (v === NULL_COUNT ? null : v);

/** Rows → columns (`lines[i]` = source line of row i; 0 when unknown). */
export function rowsToColumns(rows: readonly PksFactRow[], lines?: ArrayLike<number>): PksFactColumns {
  const b = new ColumnBuilder(rows[0]?.areaKind ?? 'gemeinde', rows.length);
  rows.forEach((r, i) => {
    const k = b.next();
    b.ags[k] = r.ags;
    b.key[k] = r.key;
    b.year[k] = r.year;
    b.cases[k] = r.cases;
    b.attempts[k] = n2c(r.attempts);
    b.cleared[k] = n2c(r.cleared);
    b.suspects[k] = n2c(r.suspects);
    b.suspectsMale[k] = n2c(r.suspectsMale);
    b.suspectsFemale[k] = n2c(r.suspectsFemale);
    b.suspectsNonGerman[k] = n2c(r.suspectsNonGerman);
    b.line[k] = lines?.[i] ?? 0;
  });
  return b.view();
}

/** Columns → rows (for small imports and previews; use the columns directly for bulk loads). */
export function columnsToRows(c: PksFactColumns, from = 0, to = c.length): PksFactRow[] {
  const rows: PksFactRow[] = new Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) {
    rows[i - from] = {
      areaKind: c.areaKind,
      ags: c.ags[i] as string,
      year: c.year[i] as number,
      key: c.key[i] as string,
      cases: c.cases[i] as number,
      attempts: c2n(c.attempts[i] as number),
      cleared: c2n(c.cleared[i] as number),
      suspects: c2n(c.suspects[i] as number),
      suspectsMale: c2n(c.suspectsMale[i] as number),
      suspectsFemale: c2n(c.suspectsFemale[i] as number),
      suspectsNonGerman: c2n(c.suspectsNonGerman[i] as number),
    };
  }
  return rows;
}
