import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaries, districts, municipalities, referenceDatasets } from '@asskomm/db';
import {
  parseBoundaries,
  parseGemeinden,
  parseKreise,
  ReferenceFileError,
} from '@asskomm/importers/reference';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { ATTRIBUTIONS } from './attributions';
import { REFERENCE_FILES } from './find-reference-dir';
import { REFERENCE_EXTENSIONS } from './reference-extensions';

export interface ReferenceLoadResult {
  directory: string;
  districts: number;
  municipalities: number;
  boundaries: number;
}

function read(directory: string, file: string): string {
  try {
    return readFileSync(join(directory, file), 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Referenzdatei ${file} fehlt in ${directory}: ${(error as Error).message}`,
    });
  }
}

/**
 * Loads the open reference data (municipalities, districts, boundaries) from `directory` in one
 * transaction. Official fields are replaced; the ASSKomm fields of existing municipalities stay.
 */
export async function loadReferenceData(
  ctx: CoreContext,
  actor: Actor | string,
  directory: string,
): Promise<ReferenceLoadResult> {
  let kreise: ReturnType<typeof parseKreise>;
  let gemeinden: ReturnType<typeof parseGemeinden>;
  let gemeindeGrenzen: ReturnType<typeof parseBoundaries>;
  let kreisGrenzen: ReturnType<typeof parseBoundaries>;
  try {
    kreise = parseKreise(read(directory, REFERENCE_FILES.kreise), REFERENCE_FILES.kreise);
    gemeinden = parseGemeinden(read(directory, REFERENCE_FILES.gemeinden), REFERENCE_FILES.gemeinden);
    gemeindeGrenzen = parseBoundaries(
      read(directory, REFERENCE_FILES.gemeindeGrenzen),
      'ags',
      REFERENCE_FILES.gemeindeGrenzen,
    );
    kreisGrenzen = parseBoundaries(
      read(directory, REFERENCE_FILES.kreisGrenzen),
      'kreis_schluessel',
      REFERENCE_FILES.kreisGrenzen,
    );
  } catch (error) {
    if (error instanceof ReferenceFileError)
      throw new AppError('IMPORT_REJECTED', { userMessage: error.message, details: error.issue });
    throw error;
  }
  const kreisKeys = new Set(kreise.map((k) => k.kreisSchluessel));
  const unknownKreis = gemeinden.find((g) => !kreisKeys.has(g.kreisSchluessel));
  if (unknownKreis) {
    throw new AppError('IMPORT_REJECTED', {
      userMessage: `${REFERENCE_FILES.gemeinden}: Gemeinde ${unknownKreis.ags} gehört zum unbekannten Kreis ${unknownKreis.kreisSchluessel}.`,
    });
  }

  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(districts)
      .values(kreise.map((k) => ({ ...k, isDemo: false })))
      .onConflictDoUpdate({
        target: districts.kreisSchluessel,
        set: {
          name: sql`excluded.name`,
          kreisTyp: sql`excluded.kreis_typ`,
          verwaltungssitz: sql`excluded.verwaltungssitz`,
          municipalityCount: sql`excluded.municipality_count`,
          areaKm2: sql`excluded.area_km2`,
          population: sql`excluded.population`,
          populationMale: sql`excluded.population_male`,
          populationFemale: sql`excluded.population_female`,
        },
      });
    await tx
      .insert(municipalities)
      .values(gemeinden)
      .onConflictDoUpdate({
        target: municipalities.ags,
        set: {
          ars: sql`excluded.ars`,
          name: sql`excluded.name`,
          gemeindetyp: sql`excluded.gemeindetyp`,
          kreisSchluessel: sql`excluded.kreis_schluessel`,
          gemeindeverbandSchluessel: sql`excluded.gemeindeverband_schluessel`,
          gemeindeverbandName: sql`excluded.gemeindeverband_name`,
          plz: sql`excluded.plz`,
          areaKm2: sql`excluded.area_km2`,
          population: sql`excluded.population`,
          populationMale: sql`excluded.population_male`,
          populationFemale: sql`excluded.population_female`,
          populationDate: sql`excluded.population_date`,
        },
      });
    await tx.delete(boundaries);
    await tx
      .insert(boundaries)
      .values([
        ...gemeindeGrenzen.map((b) => ({ level: 'gemeinde', ...b })),
        ...kreisGrenzen.map((b) => ({ level: 'kreis', ...b })),
      ]);
    const datasets = [
      { id: 'kreise', file: REFERENCE_FILES.kreise, rows: kreise.length },
      { id: 'gemeinden', file: REFERENCE_FILES.gemeinden, rows: gemeinden.length },
      {
        id: 'grenzen',
        file: `${REFERENCE_FILES.gemeindeGrenzen}, ${REFERENCE_FILES.kreisGrenzen}`,
        rows: gemeindeGrenzen.length + kreisGrenzen.length,
      },
    ];
    for (const d of datasets) {
      const a = ATTRIBUTIONS[d.id]!;
      const row = {
        id: d.id,
        title: a.title,
        sourceFile: d.file,
        rows: d.rows,
        attribution: a.text,
        url: a.url,
        loadedAt: new Date(),
      };
      await tx
        .insert(referenceDatasets)
        .values(row)
        .onConflictDoUpdate({ target: referenceDatasets.id, set: row });
    }
    for (const extension of REFERENCE_EXTENSIONS) await extension(ctx, directory, tx);
    await recordAudit(tx, actor, {
      action: 'load',
      entity: 'reference-data',
      detail: { directory, municipalities: gemeinden.length, districts: kreise.length },
    });
  });
  return {
    directory,
    districts: kreise.length,
    municipalities: gemeinden.length,
    boundaries: gemeindeGrenzen.length + kreisGrenzen.length,
  };
}
