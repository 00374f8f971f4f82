const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Byte-level RFC 4180 record scanner: finds field boundaries without creating strings, so a
 * 1M-row file costs one pass over the bytes (csv-parse builds a string per cell, which alone
 * takes longer than our whole budget). Handles quotes (`""` escapes, line breaks inside quotes),
 * LF and CRLF. After `scan`, fields [0, fieldCount) are at [fieldStart[i], fieldEnd[i]) (content
 * without the quotes); `escaped[i]` = 1 when the content contains `""` to be unescaped.
 */
export class CsvScanner {
  readonly capacity = 64;
  readonly fieldStart = new Int32Array(this.capacity);
  readonly fieldEnd = new Int32Array(this.capacity);
  readonly escaped = new Uint8Array(this.capacity);
  fieldCount = 0;
  /** Line feeds consumed by the last record (inside quotes plus the terminator). */
  newlines = 0;
  /** Offset of a malformed quote in the last record, or -1. */
  quoteError = -1;

  constructor(public delimiter: number) {}

  private set(f: number, s: number, e: number, esc: number): void {
    if (f < this.capacity) {
      this.fieldStart[f] = s;
      this.fieldEnd[f] = e;
      this.escaped[f] = esc;
    }
  }

  /**
   * Scans the record starting at `p`. Returns the offset after its terminator, or -1 when the
   * record is not complete within `n` and more bytes may come (`final` false).
   */
  scan(buf: Uint8Array, p: number, n: number, final: boolean): number {
    const d = this.delimiter;
    let f = 0;
    let nl = 0;
    this.quoteError = -1;
    for (;;) {
      if (p < n && buf[p] === QUOTE) {
        let q = p + 1;
        let esc = 0;
        for (;;) {
          if (q >= n) {
            if (!final) return -1;
            this.quoteError = p; // opening quote never closed
            this.set(f, p + 1, n, esc);
            return this.done(f + 1, nl, n);
          }
          const c = buf[q];
          if (c === QUOTE) {
            if (q + 1 >= n && !final) return -1;
            if (buf[q + 1] === QUOTE) {
              esc = 1;
              q += 2;
              continue;
            }
            break;
          }
          if (c === LF) nl++;
          q++;
        }
        this.set(f, p + 1, q, esc);
        f++;
        p = q + 1;
        if (p >= n) {
          if (!final) return -1;
          return this.done(f, nl, n);
        }
        const c = buf[p];
        if (c === d) {
          p++;
          continue;
        }
        if (c === LF) return this.done(f, nl + 1, p + 1);
        if (c === CR) {
          if (p + 1 >= n && !final) return -1;
          if (p + 1 >= n) return this.done(f, nl, n);
          if (buf[p + 1] === LF) return this.done(f, nl + 1, p + 2);
        }
        // Text after a closing quote: malformed. Skip to the end of the line.
        this.quoteError = p;
        let e = p;
        while (e < n && buf[e] !== LF) e++;
        if (e >= n && !final) return -1;
        return this.done(f, nl + (e < n ? 1 : 0), e < n ? e + 1 : n);
      }
      let q = p;
      while (q < n) {
        const c = buf[q];
        if (c === d || c === LF) break;
        q++;
      }
      if (q >= n) {
        if (!final) return -1;
        this.set(f, p, q > p && buf[q - 1] === CR ? q - 1 : q, 0);
        return this.done(f + 1, nl, n);
      }
      if (buf[q] === d) {
        this.set(f, p, q, 0);
        f++;
        p = q + 1;
        continue;
      }
      this.set(f, p, q > p && buf[q - 1] === CR ? q - 1 : q, 0);
      return this.done(f + 1, nl + 1, q + 1);
    }
  }

  private done(fieldCount: number, newlines: number, next: number): number {
    this.fieldCount = fieldCount;
    this.newlines = newlines;
    return next;
  }
}
