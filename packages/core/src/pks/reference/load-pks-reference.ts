import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { districts, municipalities, pksOffenceKeys, referenceDatasets } from '@asskomm/db';
import { importBkaKreise, parseKeyCatalogue } from '@asskomm/importers';
import { eq, sql } from 'drizzle-orm';
import { type CoreContext, SYSTEM_ACTOR } from '../../context';
import { AppError } from '../../errors';
import { ATTRIBUTIONS } from '../../reference/attributions';
import { PKS_SOURCES } from '../constants';
import { loadImportLookups } from '../import/import-lookups';
import { agsOf, yearsOf } from '../import/parse-upload';
import { writeFactImport, writePopulationImport } from '../import/write-import';

/** PKS files in the reference directory (data/reference/SOURCES.md §5, §6, §9). */
export const PKS_REFERENCE_FILES = {
  catalogue: 'pks_straftatenschluessel_bka_zeitreihe_2023.csv',
  districtTables: [
    'pks_bka_kr-f-01-t01_kreise_sachsen_2020_originalformat.csv',
    'pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv',
  ],
} as const;

/**
 * Reference extension (core/reference/reference-extensions.ts): loads, in the reference-data
 * transaction, the Straftatenschlüssel catalogue, the GV100AD populations of 31.12.2024 as official
 * denominators, and the two BKA district tables through the ordinary import path (source
 * "BKA KR-F-01-T01"; loading again replaces them). The district tables bring the population of
 * 31.12. of the year before each Berichtsjahr computed back from their HZ (marked as derived),
 * because no official figure for 31.12.2019 and 31.12.2021 ships with the platform.
 * Missing PKS files are skipped with a log line: the platform works without them.
 */
export async function loadPksReference(
  ctx: CoreContext,
  directory: string,
  tx: CoreContext['db'],
): Promise<void> {
  const cataloguePath = join(directory, PKS_REFERENCE_FILES.catalogue);
  if (!existsSync(cataloguePath)) {
    ctx.log.warn(
      `PKS: ${PKS_REFERENCE_FILES.catalogue} fehlt in ${directory}; PKS-Daten werden nicht geladen.`,
    );
    return;
  }
  const catalogue = parseKeyCatalogue(new Uint8Array(readFileSync(cataloguePath)));
  if (catalogue.errors.length > 0) {
    throw new AppError('IMPORT_REJECTED', {
      userMessage: `${PKS_REFERENCE_FILES.catalogue}: ${catalogue.errors[0]?.message}`,
      details: catalogue.errors,
    });
  }
  const entries = catalogue.rows.map((e) => ({
    key: e.key,
    label: e.label,
    mainGroup: e.mainGroup,
    mainGroupLabel: e.mainGroupLabel,
    isSummary: e.isSummary,
    isWildcard: e.isWildcard,
    isTotal: e.isTotal,
    firstYear: e.firstYear,
    lastYear: e.lastYear,
    source: e.source,
  }));
  await tx
    .insert(pksOffenceKeys)
    .values(entries)
    .onConflictDoUpdate({
      target: pksOffenceKeys.key,
      set: {
        label: sql`excluded.label`,
        mainGroup: sql`excluded.main_group`,
        mainGroupLabel: sql`excluded.main_group_label`,
        isSummary: sql`excluded.is_summary`,
        isWildcard: sql`excluded.is_wildcard`,
        isTotal: sql`excluded.is_total`,
        firstYear: sql`excluded.first_year`,
        lastYear: sql`excluded.last_year`,
        source: sql`excluded.source`,
      },
    });
  await upsertDataset(tx, 'pks-schluessel', PKS_REFERENCE_FILES.catalogue, entries.length);

  await loadGv100adPopulation(tx);

  const lookups = await loadImportLookups(tx);
  let districtRows = 0;
  const loaded: string[] = [];
  for (const file of PKS_REFERENCE_FILES.districtTables) {
    const path = join(directory, file);
    if (!existsSync(path)) continue;
    const result = importBkaKreise(new Uint8Array(readFileSync(path)), {
      filename: file,
      catalogue: lookups.catalogue,
      knownAgs: lookups.kreise,
    });
    if (result.errors.length > 0) {
      throw new AppError('IMPORT_REJECTED', {
        userMessage: `${file}: ${result.errors[0]?.message}`,
        details: result.errors,
      });
    }
    const parsed = {
      type: 'facts' as const,
      format: 'bka-kreise' as const,
      source: PKS_SOURCES.bkaKreise,
      areaKind: 'kreis' as const,
      rows: result.rows,
      columns: null,
      errors: [],
      warnings: result.warnings,
      meta: result.meta,
    };
    const written = await writeFactImport(
      tx,
      ctx.database.kind,
      SYSTEM_ACTOR,
      {
        source: PKS_SOURCES.bkaKreise,
        format: 'bka-kreise',
        areaKind: 'kreis',
        filename: file,
        years: yearsOf(parsed),
        rowCount: result.rows.length,
        agsList: agsOf(parsed),
        warnings: result.warnings,
        warningCount: result.meta.warningCount,
      },
      { areaKind: 'kreis', rows: result.rows },
    );
    districtRows += written.rows;
    loaded.push(file);
  }
  if (loaded.length > 0) await upsertDataset(tx, 'pks-kreise', loaded.join(', '), districtRows);
}

/**
 * GV100AD (30.11.2025) gives every municipality's and district's population on 31.12.2024: the
 * official denominator for Berichtsjahr 2025. Stored as official (not derived) figures.
 */
async function loadGv100adPopulation(tx: CoreContext['db']): Promise<void> {
  const gemeinden = await tx
    .select({
      ags: municipalities.ags,
      population: municipalities.population,
      date: municipalities.populationDate,
    })
    .from(municipalities)
    .where(eq(municipalities.isDemo, false));
  const stichtag = gemeinden.find((g) => g.date)?.date ?? '2024-12-31';
  const kreise = await tx
    .select({ ags: districts.kreisSchluessel, population: districts.population })
    .from(districts)
    .where(eq(districts.isDemo, false));
  const rows = [
    ...gemeinden
      .filter((g) => g.population != null)
      .map((g) => ({
        areaKind: 'gemeinde' as const,
        ags: g.ags,
        date: g.date ?? stichtag,
        population: g.population!,
      })),
    ...kreise
      .filter((k) => k.population != null)
      .map((k) => ({ areaKind: 'kreis' as const, ags: k.ags, date: stichtag, population: k.population! })),
  ];
  if (rows.length === 0) return;
  await writePopulationImport(
    tx,
    SYSTEM_ACTOR,
    {
      source: PKS_SOURCES.gv100ad,
      format: 'bevoelkerung',
      areaKind: 'gemischt',
      filename: null,
      years: [Number(stichtag.slice(0, 4))],
      rowCount: rows.length,
      agsList: [],
      warnings: [],
      warningCount: 0,
    },
    rows,
  );
}

async function upsertDataset(tx: CoreContext['db'], id: string, file: string, rows: number): Promise<void> {
  const a = ATTRIBUTIONS[id]!;
  const row = {
    id,
    title: a.title,
    sourceFile: file,
    rows,
    attribution: a.text,
    url: a.url,
    loadedAt: new Date(),
  };
  await tx
    .insert(referenceDatasets)
    .values(row)
    .onConflictDoUpdate({ target: referenceDatasets.id, set: row });
}
