import { generateMusterstadtPks, type PksFactRow } from '@asskomm/importers';
import { sql } from 'drizzle-orm';
import { type CoreContext, SYSTEM_ACTOR } from '../../context';
import { DEMO_AGS } from '../../platform/demo';
import { PKS_SOURCES } from '../constants';
import { writeFactImport, writePopulationImport } from '../import/write-import';

/**
 * Inhabitants of Musterstadt on 31.12.2014; the generator shrinks the town by 0.4 % a year, which
 * gives 24,870 on 31.12.2024, the figure of the demo municipality (platform/demo.ts).
 */
const MUSTERSTADT_POPULATION_2014 = 25_890;

/**
 * Demo seed (platform/demo-seeds.ts): fills "Musterstadt (Demodaten)" and its fictitious district with
 * the seeded synthetic PKS series 2015–2025 (importers: generateMusterstadtPks), with populations,
 * unless facts for the demo AGS exist already. One transaction, logged as an import like any other.
 */
export async function seedMusterstadtPks(ctx: CoreContext): Promise<void> {
  const present = await ctx.db.execute(
    sql`select exists (select 1 from pks_facts where ags = ${DEMO_AGS}) as e`,
  );
  if ((present as unknown as { rows: { e: boolean }[] }).rows[0]?.e) return;
  const data = generateMusterstadtPks({ ags: DEMO_AGS, population: MUSTERSTADT_POPULATION_2014 });
  const years = [...new Set(data.facts.map((f) => f.year))].sort((a, b) => a - b);
  const byKind = (kind: PksFactRow['areaKind']) => data.facts.filter((f) => f.areaKind === kind);
  await ctx.db.transaction(async (tx) => {
    for (const [kind, ags] of [
      ['gemeinde', data.ags],
      ['kreis', data.districtAgs],
    ] as const) {
      const rows = byKind(kind);
      await writeFactImport(
        tx,
        ctx.database.kind,
        SYSTEM_ACTOR,
        {
          source: PKS_SOURCES.demo,
          format: 'demo',
          areaKind: kind,
          filename: null,
          years,
          rowCount: rows.length,
          agsList: [ags],
          warnings: [],
          warningCount: 0,
        },
        { areaKind: kind, rows },
      );
    }
    await writePopulationImport(
      tx,
      SYSTEM_ACTOR,
      {
        source: PKS_SOURCES.demo,
        format: 'bevoelkerung',
        areaKind: 'gemischt',
        filename: null,
        years: [...new Set(data.population.map((p) => Number(p.date.slice(0, 4))))],
        rowCount: data.population.length,
        agsList: [data.ags, data.districtAgs],
        warnings: [],
        warningCount: 0,
      },
      data.population,
    );
  });
}
