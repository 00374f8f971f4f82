import { BKA_KREISE_STANDARD_KEYS } from '../pks/bka-kreise';
import { orderProfiles, SAXONY_HZ_TOTAL } from './key-profile';
import { mulberry32 } from './prng';
import { poisson } from './sampling';

export interface GenerateGemeindeOptions {
  rows: number;
  seed?: number;
  delimiter?: ';' | ',';
  /** Berichtsjahre per municipality (default 2015–2025). */
  years?: readonly number[];
  /** Keys per municipality and year (default: the 41 keys of the BKA district table). */
  keys?: readonly string[];
}

export const GEMEINDE_BENCH_HEADER = [
  'ags',
  'jahr',
  'schluessel',
  'erfasste_faelle',
  'versuche',
  'aufgeklaerte_faelle',
  'tatverdaechtige',
];

// The 13 Saxon districts (SOURCES.md §2); synthetic AGS are 14 + district + a running number.
const KREISE = ['511', '521', '522', '523', '524', '612', '625', '626', '627', '628', '713', '729', '730'];

const DEFAULT_YEARS = Array.from({ length: 11 }, (_, i) => 2015 + i);

/**
 * A synthetic municipality table in the template format for benchmarks: `rows` data rows, valid
 * (no errors, no hierarchy warnings), reproducible from `seed`. Municipality × year × key in
 * nested order; counts follow the Saxon key profile (key-profile.ts) with a Poisson total, and each
 * sub-key is scaled down from its containing keys so that no sub-key exceeds a container.
 */
export function generateGemeindePksCsv(options: GenerateGemeindeOptions): Uint8Array {
  const { rows, seed = 1, delimiter = ';', years = DEFAULT_YEARS, keys = BKA_KREISE_STANDARD_KEYS } = options;
  const rng = mulberry32(seed);
  const profiles = orderProfiles(keys);
  const fileOrder = keys.map((k) => profiles.findIndex((p) => p.key === k));
  const n = profiles.length;
  const cases = new Float64Array(n);
  const suspects = new Float64Array(n);
  const out = new ByteWriter(rows * 40);
  const d = delimiter.charCodeAt(0);
  out.text(`${GEMEINDE_BENCH_HEADER.join(delimiter)}\n`);
  const keyBytes = profiles.map((p) => Buffer.from(p.key, 'latin1'));
  let written = 0;
  const perArea = years.length * n;
  if (Math.ceil(rows / perArea) > KREISE.length * 999)
    throw new Error(`zu viele Zeilen (höchstens ${KREISE.length * 999 * perArea})`);
  for (let area = 0; written < rows; area++) {
    const ags = Buffer.from(
      `14${KREISE[area % KREISE.length]}${String(Math.floor(area / KREISE.length) + 1).padStart(3, '0')}`,
    );
    // Population log-uniform 500 … 50,000 (Saxon municipalities mostly lie in this range).
    const population = Math.round(500 * 100 ** rng());
    const level = 0.5 + rng();
    for (const year of years) {
      if (written >= rows) break;
      for (let i = 0; i < n; i++) {
        const p = profiles[i]!;
        let c: number;
        let s: number;
        if (p.parents.length === 0) {
          c = poisson(rng, (population * SAXONY_HZ_TOTAL * level) / 1e5);
          s = Math.floor(c * p.suspectsPerCase);
        } else {
          let cap = Number.POSITIVE_INFINITY;
          let scap = Number.POSITIVE_INFINITY;
          for (const j of p.parents) {
            const q = profiles[j]!;
            cap = Math.min(cap, q.share > 0 ? (cases[j]! * p.share) / q.share : 0);
            scap = Math.min(scap, suspects[j]!);
          }
          c = Math.floor(cap * (0.85 + 0.15 * rng()));
          s = Math.min(scap, Math.floor(c * p.suspectsPerCase * (0.8 + 0.2 * rng())));
        }
        cases[i] = c;
        suspects[i] = s;
      }
      for (let f = 0; f < n && written < rows; f++) {
        const i = fileOrder[f]!;
        const p = profiles[i]!;
        const c = cases[i]!;
        out.bytes(ags);
        out.byte(d);
        out.int(year);
        out.byte(d);
        out.bytes(keyBytes[i]!);
        out.byte(d);
        out.int(c);
        out.byte(d);
        out.int(Math.floor(c * p.attemptsPerCase));
        out.byte(d);
        out.int(Math.floor(c * p.clearedPerCase));
        out.byte(d);
        out.int(suspects[i]!);
        out.byte(0x0a);
        written++;
      }
    }
  }
  return out.result();
}

/** Appends ASCII straight into bytes: 1M rows as template strings cost seconds in garbage collection. */
class ByteWriter {
  private buf: Uint8Array;
  private n = 0;
  private readonly digits = new Uint8Array(12);

  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(1024, capacity));
  }

  private ensure(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.n++] = b;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  text(s: string): void {
    this.bytes(Buffer.from(s));
  }

  int(v: number): void {
    let x = Math.floor(v);
    let k = 0;
    do {
      this.digits[k++] = 48 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
    this.ensure(k);
    while (k > 0) this.buf[this.n++] = this.digits[--k]!;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}
