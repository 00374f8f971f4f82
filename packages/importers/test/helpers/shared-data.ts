import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (…/main) and the shared data folder beside it (…/shared/data). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const sharedData = path.resolve(repoRoot, '..', 'shared', 'data');

export const FILES = {
  bka2020: 'pks_bka_kr-f-01-t01_kreise_sachsen_2020_originalformat.csv',
  bka2022: 'pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv',
  kreise: 'pks_kreise_sachsen_2020_2022.csv',
  catalogue: 'pks_straftatenschluessel_bka_zeitreihe_2023.csv',
  bund: 'pks_bund_zeitreihe_faelle_1987_2023.csv',
  kreiseRef: 'sachsen_kreise_gv100ad_2025-11-30.csv',
} as const;

/** Whether every file exists; tests on real data skip with this reason otherwise. */
export function sharedDataMissing(...names: string[]): string | null {
  const missing = names.filter((n) => !existsSync(path.join(sharedData, n)));
  return missing.length ? `shared data not found (${missing.join(', ')} in ${sharedData})` : null;
}

export function readShared(name: string): Buffer {
  return readFileSync(path.join(sharedData, name));
}

/** The 13 Saxon district codes (SOURCES.md §2). */
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
