import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files the platform loads at first start (data/reference/SOURCES.md §1–4). */
export const REFERENCE_FILES = {
  gemeinden: 'sachsen_gemeinden_gv100ad_2025-11-30.csv',
  kreise: 'sachsen_kreise_gv100ad_2025-11-30.csv',
  gemeindeGrenzen: 'sachsen_gemeinden_vg5000_gebietsstand-2025.geojson',
  kreisGrenzen: 'sachsen_kreise_vg5000.geojson',
} as const;

/**
 * The open reference data shipped in the repository (data/reference), found from this file's place so
 * that it does not depend on the working directory.
 */
export const SHIPPED_REFERENCE_DIR = fileURLToPath(new URL('../../../../data/reference', import.meta.url));

/**
 * Where the reference data lies: ASSKOMM_REFERENCE_DIR (relative to the working directory) when set,
 * otherwise the shipped data/reference. Returns null when the chosen folder lacks the municipality file.
 */
export function findReferenceDir(configured: string | undefined, cwd = process.cwd()): string | null {
  const dir = configured ? resolve(cwd, configured) : SHIPPED_REFERENCE_DIR;
  return existsSync(join(dir, REFERENCE_FILES.gemeinden)) ? dir : null;
}
