/** Integer codes of a categorical variable. */
export interface FactorCodes {
  /** per row: index into levels, or −1 for a missing value */
  readonly codes: Int32Array;
  /** distinct non-missing values as strings, sorted (numerically when all are numbers) */
  readonly levels: readonly string[];
}

function isMissing(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));
}

/**
 * Converts a categorical variable to integer codes, like R's `factor`: the levels are the distinct values
 * in sorted order (numeric order when every value is a number, otherwise code-unit order), missing
 * values (null, undefined, NaN, empty string) get code −1.
 *
 * Method: one hash-map pass over the values, a sort of the distinct values, one recoding pass.
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/base/html/factor.html
 *
 * Runs in O(n + L log L) time for n values with L levels.
 *
 * @param values the variable, one value per row
 * @returns codes and levels
 * @throws never
 * @example
 * factorCodes(['b', 'a', '', 'b']); // => { codes: Int32Array [1, 0, -1, 1], levels: ['a', 'b'] }
 */
export function factorCodes(values: ArrayLike<string | number | null | undefined>): FactorCodes {
  const n = values.length;
  const first = new Map<string | number, number>();
  const distinct: (string | number)[] = [];
  const raw = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (isMissing(v)) {
      raw[i] = -1;
      continue;
    }
    const key = v as string | number;
    let code = first.get(key);
    if (code === undefined) {
      code = distinct.length;
      first.set(key, code);
      distinct.push(key);
    }
    raw[i] = code;
  }
  const allNumbers = distinct.every((v) => typeof v === 'number');
  const order = distinct.map((_, i) => i);
  if (allNumbers) order.sort((a, b) => (distinct[a] as number) - (distinct[b] as number));
  else {
    const s = distinct.map(String);
    order.sort((a, b) => {
      const x = s[a] as string;
      const y = s[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  const rank = new Int32Array(distinct.length);
  order.forEach((orig, r) => {
    rank[orig] = r;
  });
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = raw[i] as number;
    codes[i] = c < 0 ? -1 : (rank[c] as number);
  }
  // distinct values that print the same (1 and '1') are distinct levels; keep their labels
  const levels = order.map((orig) => String(distinct[orig]));
  return { codes, levels };
}
