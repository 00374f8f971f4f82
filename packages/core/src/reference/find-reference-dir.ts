import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The files the platform loads at first start (shared/data/SOURCES.md §1–4). */
export const REFERENCE_FILES = {
  gemeinden: 'sachsen_gemeinden_gv100ad_2025-11-30.csv',
  kreise: 'sachsen_kreise_gv100ad_2025-11-30.csv',
  gemeindeGrenzen: 'sachsen_gemeinden_vg5000_gebietsstand-2025.geojson',
  kreisGrenzen: 'sachsen_kreise_vg5000.geojson',
} as const;

/**
 * Where the reference data lies, in this order: ASSKOMM_REFERENCE_DIR, ./data/reference, ../shared/data
 * (relative to the working directory). Returns null when none holds the municipality file.
 */
export function findReferenceDir(configured: string | undefined, cwd = process.cwd()): string | null {
  const candidates = configured
    ? [resolve(cwd, configured)]
    : [resolve(cwd, 'data/reference'), resolve(cwd, '../shared/data')];
  return candidates.find((dir) => existsSync(join(dir, REFERENCE_FILES.gemeinden))) ?? null;
}
