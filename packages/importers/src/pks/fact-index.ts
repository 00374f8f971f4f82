/**
 * Open-addressing hash table from (group, keyId) → row index, both int32. Used to find duplicate
 * rows and parent keys in files of a million rows without building a million strings or boxed
 * numbers (a Map<string, …> of 1M entries costs several hundred milliseconds).
 */
export class FactIndex {
  private mask: number;
  private a: Int32Array;
  private b: Int32Array;
  private v: Int32Array;
  private size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.mask = cap - 1;
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.v = new Int32Array(cap).fill(-1);
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & this.mask;
  }

  /** Row stored for (a, b), or -1. */
  get(a: number, b: number): number {
    let s = this.slot(a, b);
    for (;;) {
      const v = this.v[s] as number;
      if (v === -1) return -1;
      if (this.a[s] === a && this.b[s] === b) return v;
      s = (s + 1) & this.mask;
    }
  }

  /** Stores row for (a, b) unless present; returns the row already stored, or -1. */
  putIfAbsent(a: number, b: number, row: number): number {
    if (this.size * 2 >= this.mask) this.rehash();
    let s = this.slot(a, b);
    for (;;) {
      const v = this.v[s] as number;
      if (v === -1) {
        this.a[s] = a;
        this.b[s] = b;
        this.v[s] = row;
        this.size++;
        return -1;
      }
      if (this.a[s] === a && this.b[s] === b) return v;
      s = (s + 1) & this.mask;
    }
  }

  private rehash(): void {
    const { a, b, v } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.v = new Int32Array(cap).fill(-1);
    this.size = 0;
    for (let i = 0; i < v.length; i++)
      if ((v[i] as number) !== -1) this.putIfAbsent(a[i] as number, b[i] as number, v[i] as number);
  }
}
