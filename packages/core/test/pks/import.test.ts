// PKS import into the database (PGlite, or PostgreSQL with DATABASE_URL): the real BKA district tables
// load at first start with totals as in the source, re-import replaces, broken files write nothing,
// permissions per AGS, conflicts between sources, the COPY path, population series, the demo seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { municipalities } from '@asskomm/db';
import { generateGemeindePksCsv } from '@asskomm/importers';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform, REFERENCE_DIR } from '../../../../test/helpers/test-platform';
import {
  type Actor,
  type AppError,
  type CoreContext,
  getPksMap,
  getPksProfile,
  importPksFile,
  listPksImports,
  previewPksImport,
} from '../../src/index';

const BKA_2022 = 'pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv';
const read = (file: string) => new Uint8Array(readFileSync(join(REFERENCE_DIR, file)));

async function one<T>(ctx: CoreContext, query: ReturnType<typeof sql>): Promise<T> {
  const result = await ctx.db.execute(query);
  return (result as unknown as { rows: T[] }).rows[0] as T;
}

async function factCount(ctx: CoreContext): Promise<number> {
  return (await one<{ n: number }>(ctx, sql`select count(*)::int as n from pks_facts`)).n;
}

async function saxonyTotals(ctx: CoreContext): Promise<Record<number, number>> {
  const result = await ctx.db.execute(sql`
    select year::int as year, sum(cases)::int as total from pks_facts
    where area_kind = 'kreis' and key = '------' and ags <> '14999' group by year order by year`);
  return Object.fromEntries(
    (result as unknown as { rows: { year: number; total: number }[] }).rows.map((r) => [r.year, r.total]),
  );
}

const kommune = (ags: string): Actor => ({
  id: 9001,
  email: 'kommune@example.org',
  name: 'Kommune',
  role: 'kommune',
  ags,
  assignedAgs: [],
});
const admin: Actor = {
  id: 9000,
  email: 'admin@example.org',
  name: 'Admin',
  role: 'admin',
  ags: null,
  assignedAgs: [],
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected the import to be refused').not.toBeNull();
  return error as AppError;
}

describe(`PKS import into the database (${BACKEND})`, () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform();
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('loads the catalogue and both BKA district tables at first start; totals match the source', async () => {
    expect((await one<{ n: number }>(ctx, sql`select count(*)::int as n from pks_offence_keys`)).n).toBe(495);
    expect(await saxonyTotals(ctx)).toEqual({ 2020: 272_053, 2022: 266_609 });
    const perYear = await ctx.db.execute(sql`
      select year::int as year, count(*)::int as n from pks_facts where source = 'BKA KR-F-01-T01' group by year order by year`);
    expect((perYear as unknown as { rows: unknown[] }).rows).toEqual([
      { year: 2020, n: 546 },
      { year: 2022, n: 533 },
    ]);
    // Populations of 31.12.2019 / 2021 computed back from the printed HZ, marked as derived.
    const derived = await one<{ n: number; sum2019: number; sum2021: number }>(
      ctx,
      sql`select count(*)::int as n,
        sum(population) filter (where stichtag = '2019-12-31')::int as sum2019,
        sum(population) filter (where stichtag = '2021-12-31')::int as sum2021
      from pks_population where derived`,
    );
    expect(derived.n).toBe(26);
    // Official Saxony: 4,071,971 (31.12.2019) and 4,043,002 (31.12.2021); the derived sums lie within 0.001 %.
    expect(Math.abs(derived.sum2019 - 4_071_971)).toBeLessThan(50);
    expect(Math.abs(derived.sum2021 - 4_043_002)).toBeLessThan(50);
    // The recomputed HZ reproduces the printed one for every district.
    const map = await getPksMap(ctx, '------', 2022);
    expect(map.items).toHaveLength(13);
    for (const item of map.items) expect(Math.round(item.hz!)).toBe(item.hzPublished);
    expect(map.saxony?.cases).toBe(266_609);
  });

  it('re-importing the same source and year replaces it (same totals, rows replaced, logged)', async () => {
    const before = await factCount(ctx);
    const result = await importPksFile(ctx, 'system', { bytes: read(BKA_2022), filename: BKA_2022 });
    expect(result.replacedRows).toBe(533);
    expect(result.summary.totals).toEqual([{ year: 2022, cases: 266_609, areas: 13 }]);
    expect(await factCount(ctx)).toBe(before);
    expect(await saxonyTotals(ctx)).toEqual({ 2020: 272_053, 2022: 266_609 });
    const log = await listPksImports(ctx, admin);
    expect(log.items[0]).toMatchObject({
      id: result.importId,
      source: 'BKA KR-F-01-T01',
      replacedRows: 533,
      years: [2022],
    });
  });

  it('rejects broken files with line, column and value, and writes nothing', async () => {
    const before = await factCount(ctx);
    const logBefore = (await listPksImports(ctx, admin)).items.length;
    const text = Buffer.from(read(BKA_2022)).toString('latin1').split('\n');
    const broken = [...text];
    broken[5] = broken[5]!.replace(/^([^;]*;[^;]*;[^;]*;[^;]*;[^;]*;)[^;]*/, '$1-12');
    const negative = await rejection(
      importPksFile(ctx, 'system', { bytes: Buffer.from(broken.join('\n'), 'latin1'), filename: BKA_2022 }),
    );
    expect(negative.code).toBe('IMPORT_REJECTED');
    const issue = (negative.details as { code: string; line: number; value: string }[]).find(
      (i) => i.code === 'negative_count',
    );
    expect(issue).toMatchObject({ line: 6, value: '-12' });
    // Truncated in the middle of a line.
    const truncated = Buffer.from(text.slice(0, 300).join('\n').slice(0, -20), 'latin1');
    expect(
      (await rejection(importPksFile(ctx, 'system', { bytes: truncated, filename: BKA_2022 }))).code,
    ).toBe('IMPORT_REJECTED');
    // Wrong encoding (UTF-8 where the BKA table is Latin-1).
    const utf8 = Buffer.from(Buffer.from(read(BKA_2022)).toString('latin1'), 'utf8');
    const enc = await rejection(importPksFile(ctx, 'system', { bytes: utf8, filename: BKA_2022 }));
    expect((enc.details as { code: string }[]).map((i) => i.code)).toContain('wrong_encoding');
    expect(await factCount(ctx)).toBe(before);
    expect((await listPksImports(ctx, admin)).items.length).toBe(logBefore);
  });

  it('imports a municipality table, checks permissions per AGS, and replaces on re-import', async () => {
    const csv = (rows: string[]) =>
      Buffer.from(
        [
          'ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige',
          ...rows,
          '',
        ].join('\n'),
      );
    const bautzen = csv([
      '14625020;2023;------;2510;180;1500;1100',
      '14625020;2024;------;2422;170;1480;1050',
    ]);
    const refused = await rejection(
      importPksFile(ctx, kommune('14627060'), { bytes: bautzen, filename: 'bautzen.csv' }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    const preview = await previewPksImport(ctx, kommune('14627060'), {
      bytes: bautzen,
      filename: 'bautzen.csv',
    });
    expect(preview.ok).toBe(false);
    expect(preview.errors[0]).toMatchObject({ code: 'not_permitted', value: '14625020' });
    const ok = await previewPksImport(ctx, kommune('14625020'), { bytes: bautzen, filename: 'bautzen.csv' });
    expect(ok).toMatchObject({ ok: true, replacesRows: 0 });
    expect(ok.summary).toMatchObject({ format: 'gemeinde', years: [2023, 2024], rowCount: 2, areaCount: 1 });
    const first = await importPksFile(ctx, kommune('14625020'), { bytes: bautzen, filename: 'bautzen.csv' });
    expect(first.replacedRows).toBe(0);
    const again = await importPksFile(ctx, kommune('14625020'), {
      bytes: csv(['14625020;2024;------;2423;170;1480;1050']),
      filename: 'bautzen-2024.csv',
    });
    expect(again.replacedRows).toBe(1);
    const rows = await ctx.db.execute(
      sql`select year::int as year, cases from pks_facts where ags = '14625020' order by year`,
    );
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      { year: 2023, cases: 2510 },
      { year: 2024, cases: 2423 },
    ]);
    // The municipality sees its imports in the log, not the BKA tables.
    const log = await listPksImports(ctx, kommune('14625020'));
    expect(log.items.map((i) => i.filename)).toEqual(['bautzen-2024.csv', 'bautzen.csv']);
    // Another source for the same rows is refused, naming line and source; nothing changes.
    const conflict = await rejection(
      importPksFile(ctx, admin, { bytes: bautzen, filename: 'lka.csv', source: 'LKA-Lieferung' }),
    );
    expect(conflict.code).toBe('IMPORT_REJECTED');
    expect((conflict.details as { code: string; line?: number; message: string }[])[0]).toMatchObject({
      code: 'already_imported',
      line: 2,
    });
    expect((conflict.details as { message: string }[])[0]!.message).toContain('„Gemeinde-Vorlage“');
    // An unknown AGS, a duplicate row and an unknown key are errors.
    const bad = await previewPksImport(ctx, admin, {
      bytes: csv([
        '14999998;2024;------;10;1;5;4',
        '14625020;2022;------;10;1;5;4',
        '14625020;2022;------;10;1;5;4',
        '14625020;2022;123456;10;1;5;4',
      ]),
    });
    expect(bad.ok).toBe(false);
    expect(new Set(bad.errors.map((e) => e.code))).toEqual(
      new Set(['unknown_ags', 'duplicate_row', 'unknown_key']),
    );
  });

  it('imports a population series and uses it as the HZ denominator', async () => {
    const file = Buffer.from(
      'ags,stichtag,population\n14625020,2022-12-31,38500\n14625020,2023-12-31,38300\n',
    );
    const result = await importPksFile(ctx, admin, { bytes: file, filename: 'bevoelkerung.csv' });
    expect(result.summary).toMatchObject({ format: 'bevoelkerung', rowCount: 2 });
    const profile = await getPksProfile(ctx, admin, '14625020', { keys: ['------'] });
    const p2024 = profile.series[0]!.points.find((p) => p.year === 2024)!;
    expect(p2024.population).toBe(38_300);
    expect(p2024.hz).toBeCloseTo((2423 / 38_300) * 1e5, 9);
    expect(p2024.changeVsPrevious?.text).toContain('Vorjahr 2023');
    // The kommune of another municipality may not read Bautzen's municipal figures …
    await expect(getPksProfile(ctx, kommune('14627060'), '14625020')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // … but district, Saxony and the demo town are open.
    await expect(getPksProfile(ctx, kommune('14627060'), '14625')).resolves.toMatchObject({ kind: 'kreis' });
    await expect(getPksProfile(ctx, kommune('14627060'), '14999999')).resolves.toMatchObject({
      isDemo: true,
    });
  });

  it('bulk-loads a large municipality table through COPY, and replaces it again', async () => {
    const bytes = generateGemeindePksCsv({ rows: 20_000, seed: 7, years: [2019, 2020, 2021, 2022, 2023] });
    const agsList = [
      ...new Set(
        Buffer.from(bytes)
          .toString('latin1')
          .split('\n')
          .slice(1)
          .map((l) => l.split(';')[0]!)
          .filter(Boolean),
      ),
    ];
    await ctx.db
      .insert(municipalities)
      .values(
        agsList.map((ags) => ({
          ags,
          name: `Testgemeinde ${ags}`,
          gemeindetyp: 'Gemeinde',
          kreisSchluessel: ags.slice(0, 5),
        })),
      )
      .onConflictDoNothing();
    const before = await factCount(ctx);
    const phases = new Set<string>();
    const first = await importPksFile(ctx, admin, {
      bytes,
      filename: 'gross.csv',
      source: 'Synthetisch',
      onProgress: (p) => phases.add(p.phase),
    });
    expect(first.summary.rowCount).toBe(20_000);
    expect(phases.has('lesen')).toBe(true);
    expect(await factCount(ctx)).toBe(before + 20_000);
    const sums = await one<{ cases: number; nulls: number }>(
      ctx,
      sql`select sum(cases)::int as cases, count(*) filter (where suspects_male is not null)::int as nulls
          from pks_facts where source = 'Synthetisch'`,
    );
    let expected = 0;
    for (const line of Buffer.from(bytes).toString('latin1').split('\n').slice(1))
      if (line) expected += Number(line.split(';')[3]);
    expect(sums).toEqual({ cases: expected, nulls: 0 });
    const second = await importPksFile(ctx, admin, { bytes, filename: 'gross.csv', source: 'Synthetisch' });
    expect(second.replacedRows).toBe(20_000);
    expect(await factCount(ctx)).toBe(before + 20_000);
    // A broken large file (one duplicate line at the end) writes nothing, on both paths.
    const dup = Buffer.concat([
      Buffer.from(bytes),
      Buffer.from(`${Buffer.from(bytes).toString('latin1').split('\n')[1]}\n`),
    ]);
    const err = await rejection(
      importPksFile(ctx, admin, { bytes: dup, filename: 'dup.csv', source: 'Neu' }),
    );
    expect((err.details as { code: string; line: number }[])[0]).toMatchObject({
      code: 'duplicate_row',
      line: 20_002,
    });
    expect(await factCount(ctx)).toBe(before + 20_000);
  });

  it('seeds Musterstadt with synthetic series and analyses them', async () => {
    const profile = await getPksProfile(ctx, admin, '14999999');
    expect(profile.isDemo).toBe(true);
    expect(profile.district).toEqual({ ags: '14999', name: 'Musterkreis (Demodaten)' });
    const total = profile.series.find((s) => s.key === '------')!;
    expect(total.points.map((p) => p.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(total.points.at(-1)!.changeVsFiveYearMean).not.toBeNull();
    expect(total.points.find((p) => p.year === 2022)!.vsSaxony?.referenceCases).toBe(266_609);
    const drugs = profile.series.find((s) => s.key === '730000')!;
    expect(drugs.breaks.map((b) => b.label).join(' ')).toContain('Cannabisgesetz');
    // Saxony's own profile is the sum of its 13 districts.
    const saxony = await getPksProfile(ctx, admin, '14', { keys: ['------'] });
    expect(saxony.series[0]!.points.map((p) => p.cases)).toEqual([272_053, 266_609]);
  });
});
