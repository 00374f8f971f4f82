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
  const d = delimiter;
  const parts: string[] = [GEMEINDE_BENCH_HEADER.join(d)];
  const chunks: Buffer[] = [];
  let written = 0;
  const perArea = years.length * n;
  if (Math.ceil(rows / perArea) > KREISE.length * 999)
    throw new Error(`zu viele Zeilen (höchstens ${KREISE.length * 999 * perArea})`);
  for (let area = 0; written < rows; area++) {
    const ags = `14${KREISE[area % KREISE.length]}${String(Math.floor(area / KREISE.length) + 1).padStart(3, '0')}`;
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
        const attempts = Math.floor(c * p.attemptsPerCase);
        const cleared = Math.floor(c * p.clearedPerCase);
        parts.push(`${ags}${d}${year}${d}${p.key}${d}${c}${d}${attempts}${d}${cleared}${d}${suspects[i]}`);
        written++;
      }
      if (parts.length >= 50_000) {
        chunks.push(Buffer.from(`${parts.join('\n')}\n`));
        parts.length = 0;
      }
    }
  }
  if (parts.length > 0) chunks.push(Buffer.from(`${parts.join('\n')}\n`));
  return Buffer.concat(chunks);
}
