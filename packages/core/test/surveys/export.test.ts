import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportResponses } from '../../src/surveys/export/export-responses.ts';
import type { SurveyResponse } from '../../src/surveys/export/response-types.ts';
import { csvField, defuseFormula } from '../../src/surveys/export/write-csv.ts';
import { rString } from '../../src/surveys/export/write-r.ts';
import { spssString } from '../../src/surveys/export/write-spss.ts';
import { resolveCodebook } from '../../src/surveys/questionnaire/resolve-codebook.ts';
import { parseCsv } from '../../src/surveys/sample/parse-csv.ts';
import { generateDemoWave } from '../../src/surveys/synthetic/generate-demo-wave.ts';

const wave = generateDemoWave();
const codebook = resolveCodebook({ locale: 'de', ...wave.config });
const tricky: SurveyResponse = {
  responseId: 'tricky-1',
  mode: 'online',
  date: '2026-05-20',
  values: {
    SF01: 4,
    ANG_ORTE: [2, 97],
    ANG_TEXT: 'Zeile 1, mit Komma; Semikolon und "Zitat"\nZeile 2 <script>alert(1)</script>',
    MAS_TEXT: '=HYPERLINK("http://example.org")',
    SD_ALTER: -1,
  },
};
const responses = [...wave.responses.slice(0, 60), tricky];
const weights = Object.fromEntries(responses.map((r, i) => [r.responseId, 0.5 + (i % 7) / 4]));
const input = { codebook, responses, weights, baseName: 'musterstadt 2026' };
// ignoreBOM keeps a byte-order mark in the decoded text, so the tests can see it.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function writeAll(files: readonly { name: string; bytes: Uint8Array }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-export-'));
  dirs.push(dir);
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  return dir;
}

describe('string helpers', () => {
  it('quote CSV fields, defuse formulas, escape R and SPSS strings', () => {
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('say "x"', ';')).toBe('"say ""x"""');
    expect(csvField('x\ny', ',')).toBe('"x\ny"');
    expect(defuseFormula('=1+1')).toBe("'=1+1");
    expect(defuseFormula('-5 Grad')).toBe("'-5 Grad");
    expect(defuseFormula('Gut')).toBe('Gut');
    expect(rString('Weiß "nicht"\\\n')).toBe('"Wei\\u00df \\"nicht\\"\\\\\\n"');
    expect(rString('😀')).toBe('"\\U{1f600}"');
    expect(spssString("It's", 255)).toBe("'It''s'");
    const long = spssString('ä'.repeat(100), 255);
    expect(long.split('\n')).toHaveLength(2); // 200 bytes in chunks of ≤ 120 bytes
  });
});

describe('exportResponses', () => {
  it('csv: codes, labels (Excel) and codebook', async () => {
    const { files } = await exportResponses('csv', input);
    expect(files.map((f) => f.name)).toEqual([
      'musterstadt_2026_codes.csv',
      'musterstadt_2026_labels.csv',
      'musterstadt_2026_codebuch.csv',
    ]);
    const codes = text(files[0]!.bytes);
    const header = codes.split('\r\n')[0]!.split(',');
    expect(header.slice(0, 5)).toEqual(['response_id', 'modus', 'datum', 'gewicht', 'WG01']);
    expect(header).toContain('ANG_ORTE_1');
    expect(header).toContain('ANG_ORTE_97');
    expect(header).toContain('ANG_ORTE_0');
    expect(header).not.toContain('ANG_ORTE');
    expect(codes).toContain(
      '"Zeile 1, mit Komma; Semikolon und ""Zitat""\nZeile 2 <script>alert(1)</script>"',
    );
    expect(codes.charCodeAt(0)).not.toBe(0xfeff);
    const labels = text(files[1]!.bytes);
    expect(labels.startsWith('\uFEFFresponse_id;modus;datum;gewicht;WG01')).toBe(true);
    expect(labels).toContain('Sehr unsicher');
    expect(labels).toContain(`'=HYPERLINK(""http://example.org"")`);
    expect(labels).toMatch(/;0,5;|;0,75;|;1,25;/);
    expect(text(files[2]!.bytes)).toContain('SF01;Wie sicher fühlen Sie sich');
  });

  it('csv: multi answers become 0/1 columns, skipped questions stay empty', async () => {
    const { files } = await exportResponses('csv', { codebook, responses: [tricky] });
    const parsed = parseCsv(text(files[0]!.bytes), ',');
    const [head, row] = parsed.ok ? parsed.records.map((r) => r.fields) : [];
    const cells = Object.fromEntries(head!.map((h, i) => [h, row![i]]));
    expect(cells).toMatchObject({
      ANG_ORTE_1: '0',
      ANG_ORTE_2: '1',
      ANG_ORTE_97: '1',
      ANG_ORTE_0: '0',
      MAS_WAHL_1: '',
    });
    expect(cells.SF01).toBe('4');
    expect(cells.SD_ALTER).toBe('-1');
    expect(cells.WG01).toBe('');
  });

  it('csv: population-scale weights beside gewicht, empty where a response was not weighted', async () => {
    const populationWeights = Object.fromEntries(responses.slice(1).map((r, i) => [r.responseId, 40 + i]));
    const { files } = await exportResponses('csv', { ...input, populationWeights });
    const lines = text(files[0]!.bytes).split('\r\n');
    const header = lines[0]!.split(',');
    const at = header.indexOf('gewicht_hochrechnung');
    expect(at).toBe(header.indexOf('gewicht') + 1);
    expect(lines[1]!.split(',')[at]).toBe('');
    expect(lines[2]!.split(',')[at]).toBe('40');
    expect(text(files[2]!.bytes)).toContain('gewicht_hochrechnung;Hochrechnungsgewicht');
  });
  it('refuses missing weights', async () => {
    await expect(exportResponses('csv', { ...input, weights: { x: 1 } })).rejects.toThrow(
      /fehlt ein gültiges Gewicht/,
    );
  });

  it('xlsx: data and codebook sheets that Excel readers can open', async () => {
    const { files } = await exportResponses('xlsx', input);
    expect(files[0]?.name).toBe('musterstadt_2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files[0]!.bytes) as never);
    const data = book.getWorksheet('Daten')!;
    expect(data.rowCount).toBe(responses.length + 1);
    expect(data.getRow(1).getCell(1).value).toBe('response_id');
    const last = data.getRow(responses.length + 1);
    const header = (data.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => last.getCell(header.indexOf(name) + 1).value;
    expect(cell('MAS_TEXT')).toBe('=HYPERLINK("http://example.org")'); // a string cell, not a formula
    expect(cell('SF01')).toBe(4);
    expect(cell('datum')).toEqual(new Date(Date.UTC(2026, 4, 20)));
    const codebookSheet = book.getWorksheet('Codebuch')!;
    expect(codebookSheet.getRow(1).values).toEqual([
      undefined,
      'Variable',
      'Variablenlabel',
      'Wert',
      'Wertelabel',
      'Fehlend',
    ]);
    expect(codebookSheet.rowCount).toBeGreaterThan(200);
  });

  it('spss: syntax with GET DATA, labels and missing values; data without line breaks in texts', async () => {
    const { files } = await exportResponses('spss', input);
    expect(files.map((f) => f.name)).toEqual(['musterstadt_2026.sps', 'musterstadt_2026_spss.csv']);
    const sps = text(files[0]!.bytes);
    expect(sps.startsWith('* Encoding: UTF-8.')).toBe(true);
    expect(sps).toContain("/FILE='musterstadt_2026_spss.csv'");
    expect(sps).toContain('    SF01 F3.0');
    expect(sps).toContain('    ANG_TEXT A6000');
    expect(sps).toContain('    datum SDATE10');
    expect(sps).toMatch(/VALUE LABELS[\s\S]*SF01[\s\S]*4 'Sehr unsicher'/);
    expect(sps).toMatch(/MISSING VALUES[\s\S]*WG02[\s\S]*\(-1\)/);
    expect(sps).toMatch(/ORT_01 ORT_02 ORT_03 ORT_04 ORT_05 ORT_06 KON_01 KON_02 \(-2\)/);
    expect(sps).toContain('WEIGHT BY gewicht.');
    for (const line of sps.split('\n')) expect(new TextEncoder().encode(line).length).toBeLessThan(256);
    const data = text(files[1]!.bytes);
    expect(data.split('\r\n')).toHaveLength(responses.length + 2);
    expect(data).toContain('Zeile 1, mit Komma; Semikolon und ""Zitat"" / Zeile 2');
  });

  const rscript = spawnSync('which', ['Rscript']).status === 0;
  if (!rscript) console.warn('Rscript nicht gefunden: R-Export wird nur als Text geprüft.');

  it('r: ASCII script with factor labels', async () => {
    const { files } = await exportResponses('r', input);
    expect(files.map((f) => f.name)).toEqual(['musterstadt_2026.R', 'musterstadt_2026.csv']);
    const script = text(files[0]!.bytes);
    expect([...script].every((ch) => ch === '\n' || (ch >= ' ' && ch <= '~'))).toBe(true);
    expect(script).toContain('"Sehr unsicher"');
    expect(script).toContain('"Wei\\u00df nicht / keine Angabe"');
  });

  it.runIf(rscript)('r: the script runs in Rscript and yields labelled factors', async () => {
    const dir = writeAll((await exportResponses('r', input)).files);
    const check = `
      source("musterstadt_2026.R")
      stopifnot(nrow(daten) == ${responses.length})
      stopifnot(is.factor(daten$SF01), identical(levels(daten$SF01), c("Sehr sicher", "Ziemlich sicher", "Ziemlich unsicher", "Sehr unsicher")))
      stopifnot(identical(attr(daten$SF01, "label"), "${codebook.items.find((i) => i.code === 'SF01')!.text.replace(/"/g, '\\"')}"))
      stopifnot(inherits(daten$datum, "Date"), is.numeric(daten$gewicht))
      t <- daten[daten$response_id == "tricky-1", ]
      stopifnot(as.character(t$SF01) == "Sehr unsicher", as.character(t$SD_ALTER) == "Keine Angabe")
      stopifnot(as.character(t$ANG_ORTE_97) == "Genannt", is.na(t$WG01))
      stopifnot(grepl("<script>", t$ANG_TEXT, fixed = TRUE), grepl("\\n", t$ANG_TEXT, fixed = TRUE))
      stopifnot(sum(is.na(ohne_fehlende(daten$WG02))) >= sum(is.na(daten$WG02)))
      cat(format(table(daten$SF01)), sep = "|")
    `;
    writeFileSync(join(dir, 'check.R'), check);
    const out = execFileSync('Rscript', ['--vanilla', 'check.R'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    const expected = [1, 2, 3, 4].map((code) =>
      String(responses.filter((r) => r.values.SF01 === code).length),
    );
    expect(out.split('|').map((s) => s.trim())).toEqual(expected);
  });
});
