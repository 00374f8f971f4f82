import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The repository root, its shipped reference data and the importer's open-data test fixtures. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const referenceDir = path.join(repoRoot, 'data', 'reference');
const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/open-data');

/** Shipped reference files (data/reference) and test-only fixtures (test/fixtures/open-data, gzipped). */
export const FILES = {
  bka2020: 'pks_bka_kr-f-01-t01_kreise_sachsen_2020_originalformat.csv',
  bka2022: 'pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv',
  kreise: 'pks_kreise_sachsen_2020_2022.csv',
  catalogue: 'pks_straftatenschluessel_bka_zeitreihe_2023.csv',
  bund: 'pks_bund_zeitreihe_faelle_1987_2023.csv.gz',
  kreiseRef: 'sachsen_kreise_gv100ad_2025-11-30.csv',
} as const;

const TEST_ONLY: string[] = [FILES.kreise, FILES.bund];

/** The bytes of one open-data file (gz files come back unpacked). */
export function readOpenData(name: string): Buffer {
  const bytes = readFileSync(path.join(TEST_ONLY.includes(name) ? fixtureDir : referenceDir, name));
  return name.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** The 13 Saxon district codes (data/reference/SOURCES.md §2). */
export const SAXON_DISTRICTS = [
  '14511',
  '14521',
  '14522',
  '14523',
  '14524',
  '14612',
  '14625',
  '14626',
  '14627',
  '14628',
  '14713',
  '14729',
  '14730',
];
