import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../../test/helpers/test-platform';
import type { CoreContext } from '../../../src/context.ts';
import { resolveCodebook } from '../../../src/surveys/questionnaire/resolve-codebook.ts';
import { computeResults } from '../../../src/surveys/results/compute-results.ts';
import { exportDownload, exportWave } from '../../../src/surveys/results/export-wave.ts';
import { getSurveyResults } from '../../../src/surveys/results/get-survey-results.ts';
import { listFreeTexts } from '../../../src/surveys/results/list-free-texts.ts';
import { generateDemoWave } from '../../../src/surveys/synthetic/generate-demo-wave.ts';
import { actor, DEMO_AGS, insertWave } from './analysis-helpers.ts';

describe(`results, free texts and exports from the database (${BACKEND})`, () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('gives the demo wave’s raked results, equal to the pure computation', async () => {
    const r = await getSurveyResults(ctx, actor('rat', DEMO_AGS), 1);
    expect(r.wave).toMatchObject({ ags: DEMO_AGS, isDemo: true, status: 'ausgewertet' });
    expect(r.weighting.status).toBe('raked');
    const demo = generateDemoWave();
    const codebook = resolveCodebook({ locale: 'de', ...demo.config });
    const margins = [
      ...demo.ageSexMargins.map((m) => ({
        variable: 'SD_ALTER×SD_GESCHLECHT',
        level: `${m.ageGroup}×${m.sex}`,
        count: m.population,
      })),
      ...demo.districtMargins.map((m) => ({
        variable: 'SD_ORTSTEIL',
        level: String(m.district),
        count: m.population,
      })),
    ];
    const pure = computeResults({ codebook, responses: demo.responses, margins });
    const sf = (items: typeof r.items) => items.find((i) => i.code === 'SF01')!;
    expect(sf(r.items).mean!.estimate!).toBeCloseTo(sf(pure.items).mean!.estimate!, 6);
    expect(r.responses).toBe(demo.responses.length);
    expect(r.items.map((i) => i.code)).toEqual(pure.items.map((i) => i.code));
  });

  it('says clearly when a wave has no margins and gives unweighted results', async () => {
    const id = await insertWave(ctx, 'abgeschlossen');
    const r = await getSurveyResults(ctx, actor('admin'), id);
    expect(r.weighting).toMatchObject({ status: 'too-few-responses', applied: false });
  });

  it('refuses accounts of another municipality', async () => {
    await expect(getSurveyResults(ctx, actor('kommune', '14625020'), 1)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listFreeTexts(ctx, actor('rat', '14625020'), 1)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists free texts with personal data masked, HTML kept as text', async () => {
    const f = await listFreeTexts(ctx, actor('coach'), 1);
    const all = f.items.flatMap((i) => i.answers.map((a) => a.text));
    expect(all.length).toBeGreaterThan(20);
    expect(all.join('\n')).not.toMatch(/erika\.musterfrau@example\.org|030 23125 456|0152 28817386/);
    expect(all.some((t) => t.includes('[E-Mail]'))).toBe(true);
    expect(all.some((t) => t.includes('<b>jetzt</b>'))).toBe(true);
    expect(f.items.flatMap((i) => i.answers).some((a) => a.masked)).toBe(true);
  });

  it('exports the wave: one XLSX file, or a ZIP for formats with several files', async () => {
    const xlsx = await exportDownload(await exportWave(ctx, actor('admin'), 1, 'xlsx'));
    expect(xlsx.name).toBe(`befragung_${DEMO_AGS}_1.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as never);
    expect(book.worksheets.length).toBeGreaterThan(0);
    const exported = await exportWave(ctx, actor('admin'), 1, 'spss');
    expect(exported.weighted).toBe(true);
    const zip = await exportDownload(exported);
    expect(zip.contentType).toBe('application/zip');
    const files = Object.keys((await JSZip.loadAsync(zip.bytes)).files).sort();
    expect(files).toEqual([`befragung_${DEMO_AGS}_1.sps`, `befragung_${DEMO_AGS}_1_spss.csv`]);
  });
});
