// `asskomm analyse`: JSON output checked against R (the R oracle in the stats fixtures), errors that
// name file/column/line, the German table, and the commander wiring.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AnalyseEstimate,
  type AnalyseOptions,
  registerAnalyseCommand,
  runAnalyse,
} from '../src/commands/analyse';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.resolve(repoRoot, 'packages', 'stats', 'test', 'fixtures');
const oracleDir = path.join(fixtures, 'survey-oracle');
const tmp = mkdtempSync(path.join(tmpdir(), 'asskomm-analyse-'));

function writeTmp(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

function margins(name: string, column: string, population: Record<string, number>): string {
  return writeTmp(
    name,
    [`${column},count`, ...Object.entries(population).map(([k, v]) => `${k},${v}`)].join('\n'),
  );
}

async function json(file: string, options: AnalyseOptions) {
  const { text } = await runAnalyse(file, { ...options, json: true });
  return JSON.parse(text) as { n: number; total_weight: number; degf: number; estimates: AnalyseEstimate[] };
}

function rel(actual: number | null, expected: number, tol: number, what: string): void {
  expect(actual, what).not.toBeNull();
  const err = Math.abs((actual as number) - expected);
  expect(err <= tol * Math.abs(expected), `${what}: got ${actual}, R ${expected}`).toBe(true);
}

/** SE: relative 1e-4, or numerically zero (below 1e-9 of the estimate) when R's is. */
function relSe(actual: number | null, expected: number, estimate: number, what: string): void {
  if (Math.abs(expected) < 1e-9 * Math.abs(estimate)) {
    expect(Math.abs(actual as number) < 1e-9 * Math.abs(estimate), what).toBe(true);
    return;
  }
  rel(actual, expected, 1e-4, what);
}

interface OracleEstimate {
  statistic: string;
  variable: string;
  value?: string;
  domain: Record<string, string> | null;
  estimate: number;
  se: number;
  ci_low: number;
  ci_high: number;
  deff?: number;
}

describe('JSON output reproduces the R oracle', () => {
  const expected = JSON.parse(readFileSync(path.join(oracleDir, 'expected.json'), 'utf8')) as Record<
    string,
    { data: string; total_weight: number; degf: number; estimates: OracleEstimate[] }
  >;
  const stype = margins('stype.csv', 'stype', { E: 4421, H: 755, M: 1018 });
  const schwide = margins('schwide.csv', 'sch.wide', { No: 1072, Yes: 5122 });
  const cluster: AnalyseOptions = { cluster: 'dnum', weight: 'pw', fpc: 'fpc' };
  const designs: Record<string, AnalyseOptions> = {
    strat: { strata: 'stype', weight: 'pw', fpc: 'fpc' },
    clus1: cluster,
    clus1_poststrat_stype: { ...cluster, poststratify: `stype=${stype}` },
    clus1_raked: { ...cluster, rake: [`stype=${stype}`, `sch.wide=${schwide}`] },
  };
  for (const [name, c] of Object.entries(expected)) {
    it(`${name}: every estimate, with --by stype for the domains`, async () => {
      const design = designs[name];
      expect(design, `no CLI options for ${name}`).toBeDefined();
      const out = await json(path.join(oracleDir, c.data), {
        ...design,
        mean: ['api00,enroll'],
        total: ['enroll'],
        prop: ['sch.wide=Yes'],
        by: 'stype',
      });
      rel(out.total_weight, c.total_weight, 1e-9, 'total_weight');
      expect(out.degf).toBe(c.degf);
      expect(out.n).toBe(name === 'strat' ? 200 : 183);
      for (const e of c.estimates) {
        const got = out.estimates.find(
          (g) =>
            g.statistic === e.statistic &&
            g.variable === e.variable &&
            JSON.stringify(g.domain) === JSON.stringify(e.domain) &&
            (e.value === undefined || JSON.stringify(g.values) === JSON.stringify([e.value])),
        );
        const what = `${name} ${e.statistic} ${e.variable} ${JSON.stringify(e.domain)}`;
        expect(got, what).toBeDefined();
        if (!got) continue;
        rel(got.estimate, e.estimate, 1e-6, `${what} estimate`);
        relSe(got.se, e.se, e.estimate, `${what} se`);
        rel(got.ci_low, e.ci_low, 1e-4, `${what} ci_low`);
        rel(got.ci_high, e.ci_high, 1e-4, `${what} ci_high`);
        if (e.deff !== undefined) rel(got.deff, e.deff, 1e-4, `${what} deff`);
      }
    });
  }
});

describe('JSON output reproduces R on a raked design with missing answers (stats fixture raked_missing)', () => {
  const cases = JSON.parse(readFileSync(path.join(fixtures, 'cases.json'), 'utf8')) as Record<
    string,
    {
      design: { rake: { margins: { variable: string; population: Record<string, number> }[] } };
      estimates: (OracleEstimate & { values?: string[]; n: number; level: number })[];
    }
  >;
  const c = cases.raked_missing;
  it('means, totals and proportions overall and by sex', async () => {
    if (!c) throw new Error('fixture raked_missing missing');
    const rake = c.design.rake.margins.map(
      (m) => `${m.variable}=${margins(`${m.variable}.csv`, m.variable, m.population)}`,
    );
    const out = await json(path.join(fixtures, 'municipal.csv'), {
      strata: 'district',
      cluster: 'segment',
      weight: 'w',
      fpc: 'N_seg',
      rake,
      mean: ['fear', 'income'],
      total: ['households,income'],
      prop: ['fear=3,4', 'victim=1', 'edu=hoch', 'safe=1,2'],
      by: 'sex',
    });
    let compared = 0;
    for (const e of c.estimates) {
      const got = out.estimates.find(
        (g) =>
          g.statistic === e.statistic &&
          g.variable === e.variable &&
          JSON.stringify(g.domain) === JSON.stringify(e.domain) &&
          JSON.stringify(g.values) === JSON.stringify(e.values),
      );
      if (!got) continue;
      const what = `${e.statistic} ${e.variable} ${JSON.stringify(e.domain)}`;
      expect(got.n, what).toBe(e.n);
      rel(got.estimate, e.estimate, 1e-6, `${what} estimate`);
      relSe(got.se, e.se, e.estimate, `${what} se`);
      rel(got.ci_low, e.ci_low, 1e-4, `${what} ci_low`);
      rel(got.ci_high, e.ci_high, 1e-4, `${what} ci_high`);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });
});

describe('small cells', () => {
  it('flags estimates below --min-n in the JSON (small_cell) and not above it', async () => {
    const f = writeTmp('small.csv', 'w,y\n1,1\n1,2\n1,3\n1,4\n');
    const flagged = await json(f, { weight: 'w', mean: ['y'], minN: 30 });
    expect(flagged.estimates.map((e) => e.small_cell)).toEqual([true]);
    const fine = await json(f, { weight: 'w', mean: ['y'], minN: 4 });
    expect(fine.estimates.map((e) => e.small_cell)).toEqual([false]);
  });
});

describe('input errors name the file, column or line', () => {
  const good = writeTmp('good.csv', 'w,g,y,z\n1.5,a,3,x\n2,a,,y\n2.5,b,4,x\n1,b,5,y\n');
  it('unknown column', async () => {
    await expect(runAnalyse(good, { weight: 'gewicht', mean: ['y'] })).rejects.toThrow(
      /Spalte „gewicht“ fehlt in .*good\.csv \(vorhanden: w, g, y, z\)/,
    );
  });
  it('non-numeric data', async () => {
    const f = writeTmp('text.csv', 'w,y\n1,3\n1,drei\n1,4\n');
    await expect(runAnalyse(f, { weight: 'w', mean: ['y'] })).rejects.toThrow(
      /text\.csv, Spalte „y“, Zeile 3: „drei“ ist keine Zahl/,
    );
  });
  it('negative and missing weights', async () => {
    const f = writeTmp('neg.csv', 'w,y\n1,3\n-2,4\n1,4\n');
    await expect(runAnalyse(f, { weight: 'w', mean: ['y'] })).rejects.toThrow(
      /neg\.csv, Spalte „w“, Zeile 3: negatives Gewicht \(-2\)/,
    );
    const g = writeTmp('nogew.csv', 'w,y\n1,3\n1,4\n,4\n');
    await expect(runAnalyse(g, { weight: 'w', mean: ['y'] })).rejects.toThrow(/Zeile 4: Gewicht fehlt/);
  });
  it('missing margins file', async () => {
    await expect(runAnalyse(good, { weight: 'w', mean: ['y'], rake: ['g=/nicht/da.csv'] })).rejects.toThrow(
      /Randverteilungsdatei \(--rake g=\/nicht\/da\.csv\) nicht gefunden: \/nicht\/da\.csv/,
    );
  });
  it('margins that do not match the data', async () => {
    const m = margins('g-missing.csv', 'g', { a: 10 });
    await expect(runAnalyse(good, { weight: 'w', mean: ['y'], rake: [`g=${m}`] })).rejects.toThrow(
      /g-missing\.csv: Ausprägung „b“ der Spalte „g“ \(z\. B\. .*good\.csv, Zeile 4\) hat keine Zeile in der Randverteilung/,
    );
    const extra = margins('g-extra.csv', 'g', { a: 10, b: 10, c: 5 });
    await expect(runAnalyse(good, { weight: 'w', mean: ['y'], rake: [`g=${extra}`] })).rejects.toThrow(
      /g-extra\.csv: Ausprägung „c“ \(Anzahl 5\) kommt in .*good\.csv, Spalte „g“ nicht vor/,
    );
  });
  it('bad options', async () => {
    await expect(runAnalyse(good, { weight: 'w' })).rejects.toThrow(/Keine Schätzung angefordert/);
    await expect(runAnalyse(good, { mean: ['y'], level: '95' })).rejects.toThrow(
      /--level muss zwischen 0 und 1/,
    );
    await expect(runAnalyse(good, { prop: ['z'] })).rejects.toThrow(/--prop erwartet SPALTE=WERT/);
    await expect(runAnalyse(path.join(tmp, 'fehlt.csv'), { mean: ['y'] })).rejects.toThrow(
      /Datendatei nicht gefunden: .*fehlt\.csv/,
    );
  });
  it('ragged rows', async () => {
    const f = writeTmp('ragged.csv', 'w,y\n1,3\n1\n');
    await expect(runAnalyse(f, { mean: ['y'] })).rejects.toThrow(/ragged\.csv, Zeile 3: 1 Felder statt 2/);
  });
});

describe('CSV dialects and missing answers', () => {
  it('reads semicolons, decimal commas, quotes and a BOM; empty cells are missing', async () => {
    const f = writeTmp(
      'de.csv',
      '\ufeff"Gewicht";"Angst";"Ort"\n"1,5";"3";"Nord; Mitte"\n2;;Süd\n"2,5";4;Süd\n1;2;"Nord; Mitte"\n',
    );
    const out = await json(f, { weight: 'Gewicht', mean: ['Angst'], prop: ['Angst=3,4'], by: 'Ort' });
    const overall = out.estimates[0];
    expect(overall?.n).toBe(3);
    expect(overall?.estimate).toBeCloseTo((1.5 * 3 + 2.5 * 4 + 1 * 2) / 5, 12);
    expect(out.estimates.map((e) => e.domain)).toEqual([
      null,
      { Ort: 'Nord; Mitte' },
      { Ort: 'Süd' },
      null,
      { Ort: 'Nord; Mitte' },
      { Ort: 'Süd' },
    ]);
    expect(out.estimates[3]?.values).toEqual(['3', '4']);
    expect(out.estimates[3]?.estimate).toBeCloseTo(4 / 5, 12);
  });
});

describe('missing values as R writes them, and text that is no number', () => {
  it('treats "NA" and empty cells as missing for --mean, --prop and --by', async () => {
    const blank = writeTmp('blank.csv', 'w,y,g\n1,3,a\n2,,b\n1,4,\n3,1,b\n2,4,a\n');
    const na = writeTmp('na.csv', 'w,y,g\n1,3,"a"\n2,NA,"b"\n1,4,NA\n3,1,"b"\n2,4,"a"\n');
    const options = { weight: 'w', mean: ['y'], prop: ['y=4'], by: 'g' };
    const a = await json(blank, options);
    const b = await json(na, options);
    expect(b.estimates).toEqual(a.estimates);
    expect(b.estimates.map((e) => e.domain?.g ?? null)).toEqual([null, 'a', 'b', null, 'a', 'b']);
    expect(b.estimates[0]?.n).toBe(4);
    expect(b.estimates[3]?.estimate).toBeCloseTo((1 + 2) / (1 + 1 + 3 + 2), 12); // y = 4 among the answers
  });
  it('stops at any other text, and at numbers beyond the double range, naming row, column and value', async () => {
    const f = writeTmp('nv.csv', 'w,y\n1,3\n1,k.A.\n1,4\n');
    await expect(runAnalyse(f, { weight: 'w', mean: ['y'] })).rejects.toThrow(
      /nv\.csv, Spalte „y“, Zeile 3: „k\.A\.“ ist keine Zahl/,
    );
    const big = writeTmp('big.csv', 'w,y\n1,3\n1,1e400\n1,4\n');
    await expect(runAnalyse(big, { weight: 'w', mean: ['y'] })).rejects.toThrow(
      /big\.csv, Spalte „y“, Zeile 3: „1e400“ ist keine Zahl/,
    );
  });
  it('reads the missing codes of --codebook', async () => {
    const f = writeTmp('cb.csv', 'y\n1\n-1\n3\n');
    const cb = writeTmp(
      'anders.csv',
      'variable;variablenlabel;wert;wertelabel;fehlend\ny;Y;-1;Weiß nicht;ja\ny;Y;1;eins;nein\n',
    );
    const [withCb] = (await json(f, { mean: ['y'], codebook: cb })).estimates;
    expect(withCb?.n).toBe(2);
    expect(withCb?.estimate).toBe(2);
    const [without] = (await json(f, { mean: ['y'] })).estimates;
    expect(without?.n).toBe(3);
  });
});

describe('designs', () => {
  const ms = JSON.parse(readFileSync(path.join(fixtures, 'multistage.json'), 'utf8')) as Record<
    string,
    { estimates: OracleEstimate[]; degf: number }
  >;
  it('two-stage apiclus2 (--cluster dnum+snum --fpc fpc1+fpc2) matches R, with "NA" in the file', async () => {
    const out = await json(path.join(fixtures, 'apiclus2.csv'), {
      cluster: 'dnum+snum',
      fpc: 'fpc1+fpc2',
      mean: ['api00', 'enroll'],
      total: ['enroll'],
      prop: ['sch.wide=Yes'],
    });
    expect(out.degf).toBe(ms.clus2?.degf);
    const r = ms.clus2?.estimates as OracleEstimate[];
    const find = (statistic: string, variable: string) =>
      r.find(
        (e) => e.statistic === statistic && e.variable === variable && e.domain === null,
      ) as OracleEstimate;
    const pairs: [AnalyseEstimate | undefined, OracleEstimate][] = [
      [out.estimates[0], find('mean', 'api00')],
      [out.estimates[1], find('mean', 'enroll')],
      [out.estimates[2], find('total', 'enroll')],
      [out.estimates[3], find('proportion', 'sch.wide')],
    ];
    for (const [got, want] of pairs) {
      rel(got?.estimate ?? null, want.estimate, 1e-6, `${want.statistic} ${want.variable}`);
      relSe(got?.se ?? null, want.se, want.estimate, `${want.statistic} ${want.variable} se`);
    }
  });
  it('refuses fpc for only some stages with a German message', async () => {
    await expect(
      runAnalyse(path.join(fixtures, 'apiclus2.csv'), { cluster: 'dnum+snum', fpc: 'fpc1', mean: ['api00'] }),
    ).rejects.toThrow(/je Stufe eine Spalte angeben/);
  });
  it('--nest for cluster ids that restart within strata; without it the message names the option', async () => {
    const f = writeTmp('nest.csv', 's,c,y\na,1,3\na,1,4\na,2,2\nb,1,5\nb,2,3\nb,2,1\n');
    await expect(runAnalyse(f, { strata: 's', cluster: 'c', mean: ['y'] })).rejects.toThrow(/--nest angeben/);
    const out = await json(f, { strata: 's', cluster: 'c', mean: ['y'], nest: true });
    expect(out.degf).toBe(2);
  });
  it('fpc = 1 in every row is a census: SE 0 and a note, not a misleading refusal', async () => {
    const f = writeTmp('census.csv', 's,f,y\na,1,3\na,1,4\nb,1,2\nb,1,5\n');
    const { result, warnings } = await runAnalyse(f, { strata: 's', fpc: 'f', mean: ['y'], json: true });
    expect(result.estimates[0]?.se).toBe(0);
    expect(warnings.join(' ')).toMatch(/Vollerhebung/);
  });
});

describe('German table', () => {
  it('shows estimates, intervals, n, deff and brackets small cells', async () => {
    const { text } = await runAnalyse(path.join(fixtures, 'municipal.csv'), {
      strata: 'district',
      cluster: 'segment',
      weight: 'w',
      fpc: 'N_seg',
      mean: ['fear'],
      prop: ['victim=1'],
      by: 'age',
      minN: '120',
    });
    expect(text).toMatch(/Statistik\s+Variable\s+age\s+Schätzwert\s+SE\s+95 %-KI\s+n\s+deff\s+n_eff/);
    expect(text).toMatch(/Mittelwert\s+fear\s+gesamt\s+\d+,\d+/);
    expect(text).toMatch(/Anteil\s+victim ∈ \{1\}\s+16-24\s+\(\d+,\d %\)/);
    expect(text).toContain('( ) weniger als 120 Antworten');
    expect(text).toContain('Freiheitsgrade: 24');
  });
});

describe('registerAnalyseCommand', () => {
  afterEach(() => vi.restoreAllMocks());
  it('adds `analyse` with the documented options to a commander program', async () => {
    const program = new Command('asskomm').exitOverride();
    registerAnalyseCommand(program);
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const f = writeTmp('cmd.csv', 'w,s,c,y,g\n1,a,1,3,x\n2,a,2,4,y\n1,b,3,5,x\n3,b,4,2,y\n');
    await program.parseAsync(
      [
        'analyse',
        f,
        '--weight',
        'w',
        '--strata',
        's',
        '--cluster',
        'c',
        '--mean',
        'y',
        '--total',
        'y',
        '--prop',
        'g=x',
        '--by',
        'g',
        '--level',
        '0.9',
        '--min-n',
        '2',
        '--json',
      ],
      { from: 'user' },
    );
    const out = JSON.parse(written.join(''));
    expect(out.n).toBe(4);
    expect(out.degf).toBe(2);
    expect(out.estimates).toHaveLength(9);
    // --min-n 2: exactly the estimates resting on fewer than 2 answers are flagged.
    for (const e of out.estimates as { n: number; small_cell: boolean }[]) expect(e.small_cell).toBe(e.n < 2);
    expect(Object.keys(out.estimates[6])).toEqual([
      'statistic',
      'variable',
      'values',
      'domain',
      'estimate',
      'se',
      'ci_low',
      'ci_high',
      'n',
      'deff',
      'n_eff',
      'small_cell',
    ]);
    expect(Object.keys(out.estimates[0])).toEqual([
      'statistic',
      'variable',
      'domain',
      'estimate',
      'se',
      'ci_low',
      'ci_high',
      'n',
      'deff',
      'n_eff',
      'small_cell',
    ]);
    const help = program.commands.find((c) => c.name() === 'analyse')?.helpInformation() ?? '';
    for (const o of [
      '--weight',
      '--strata',
      '--cluster',
      '--fpc',
      '--nest',
      '--codebook',
      '--rake',
      '--poststratify',
      '--mean',
      '--total',
      '--prop',
      '--by',
      '--level',
      '--min-n',
      '--json',
    ]) {
      expect(help).toContain(o);
    }
  });
});
