// Issue 9 §3: `asskomm analyse` on the platform's own CSV export reproduces the results page (codebook
// missing codes, the export's population weight), and an R-style copy of the file with "NA" gives the same.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '@asskomm/core';
import { exportWave, getSurveyResults } from '@asskomm/core/surveys/results';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { type AnalyseEstimate, type AnalyseOptions, runAnalyse } from '../src/commands/analyse';
import { POPULATION_WEIGHT_COLUMN } from '../src/commands/analyse-codebook';

const admin = {
  id: 1,
  email: 'admin@example.org',
  name: 'admin',
  role: 'admin' as const,
  ags: null,
  assignedAgs: [],
};
const dir = mkdtempSync(path.join(tmpdir(), 'asskomm-analyse-export-'));

async function estimates(file: string, options: AnalyseOptions): Promise<AnalyseEstimate[]> {
  const { text } = await runAnalyse(file, { ...options, json: true });
  return (JSON.parse(text) as { estimates: AnalyseEstimate[] }).estimates;
}

/** Splits one CSV line of the export (no quoted line breaks in the columns used here). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe(`analyse on the demo wave's CSV export (${BACKEND})`, () => {
  let ctx: CoreContext;
  let codes = '';
  let codebook = '';
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    const exported = await exportWave(ctx, admin, 1, 'csv');
    for (const f of exported.files) writeFileSync(path.join(dir, f.name), f.bytes);
    codes = path.join(dir, `${exported.baseName}_codes.csv`);
    codebook = path.join(dir, `${exported.baseName}_codebuch.csv`);
  }, 120_000);
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('gives the results page’s WG02 mean: "Weiß nicht" (-1) is missing, the population weight is used', async () => {
    const page = (await getSurveyResults(ctx, admin, 1)).items.find((i) => i.code === 'WG02');
    const [mean] = await estimates(codes, { mean: ['WG02'] });
    expect(mean?.n).toBe(page?.mean?.n);
    expect(mean?.estimate).toBeCloseTo(page?.mean?.estimate as number, 5); // the API rounds to 6 decimals
    // population-scale weights make deff meaningful (mean-1 weights gave 436)
    expect(mean?.deff).toBeGreaterThan(0.8);
    expect(mean?.deff).toBeLessThan(2);
    // with a codebook that marks no code as missing, -1 counts as an answer (the old behaviour)
    const noMissing = path.join(dir, 'ohne_fehlend_codebuch.csv');
    writeFileSync(noMissing, 'variable;variablenlabel;wert;wertelabel;fehlend\n');
    const [raw] = await estimates(codes, {
      mean: ['WG02'],
      weight: POPULATION_WEIGHT_COLUMN,
      codebook: noMissing,
    });
    expect(raw?.n).toBeGreaterThan(mean?.n as number);
    expect(raw?.estimate).toBeLessThan(mean?.estimate as number);
    await expect(
      runAnalyse(codes, { mean: ['WG02'], codebook: path.join(dir, 'fehlt_codebuch.csv') }),
    ).rejects.toThrow(/Codebuch nicht gefunden/);
  });

  it('recognises the same weight column name as the export writes', async () => {
    expect(readFileSync(codes, 'utf8').split('\r\n')[0]?.split(',')).toContain(POPULATION_WEIGHT_COLUMN);
  });

  it('an R-style copy (write.csv: quoted text, "NA" for every empty cell) gives the same, for --mean, --prop and --by', async () => {
    const lines = readFileSync(codes, 'utf8')
      .split('\r\n')
      .filter((l) => l !== '');
    const header = fields(lines[0] as string);
    const copy = lines.map((line, k) =>
      fields(line)
        .map((v) => (k > 0 && v === '' ? 'NA' : /^-?[0-9.]+$/.test(v) || k === 0 ? v : `"${v}"`))
        .join(','),
    );
    expect(copy.slice(1).some((l) => l.includes('NA'))).toBe(true);
    mkdirSync(path.join(dir, 'r'), { recursive: true });
    const rCopy = path.join(dir, 'r', 'daten.csv');
    writeFileSync(rCopy, `${copy.join('\n')}\n`);
    expect(header).toContain('WG02');
    const options: AnalyseOptions = { mean: ['WG02'], prop: ['WG02=4,5'], by: 'SD_ORTSTEIL' };
    const original = await estimates(codes, options);
    const fromR = await estimates(rCopy, { ...options, codebook });
    expect(fromR).toEqual(original);
    expect(original.map((e) => e.domain?.SD_ORTSTEIL ?? null)).not.toContain('NA');
  });
});
