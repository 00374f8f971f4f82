// Renderers of the Lagebericht: tagged PDF/UA-1 checked with poppler (pages, tags, figures, header
// cells, embedded fonts, section titles), byte-identical regeneration, snapshots of the normalised
// Typst data and of the HTML, the XLSX data appendix read back with exceljs, and the DOCX (opened in
// LibreOffice when it is installed).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildReportModel,
  chartBlocks,
  LAGEBERICHT_TEMPLATE,
  type ReportInput,
  renderLageberichtDocx,
  renderLageberichtHtml,
  renderLageberichtPdf,
  renderLageberichtXlsx,
  reportTables,
  SECTION_TITLES,
  typstData,
} from '../../src/lagebericht/index.ts';

const load = (name: string): ReportInput =>
  JSON.parse(readFileSync(new URL(`./fixtures/input-${name}.json`, import.meta.url), 'utf8'));
const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const HAS_POPPLER = has('pdfinfo') && has('pdffonts') && has('pdftotext');
const HAS_SOFFICE = has('soffice');
if (!HAS_POPPLER)
  console.warn('poppler-utils (pdfinfo, pdffonts, pdftotext) not installed: PDF structure checks skipped');
if (!HAS_SOFFICE) console.warn('LibreOffice (soffice) not installed: DOCX conversion check skipped');

const dir = mkdtempSync(join(tmpdir(), 'lagebericht-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model = buildReportModel(load('musterstadt'));
const pdf = renderLageberichtPdf(model);
const pdfPath = join(dir, 'bericht.pdf');
writeFileSync(pdfPath, pdf);
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });

describe('Lagebericht PDF (Typst, PDF/UA-1)', () => {
  it('regenerates byte-identically from the same model', () => {
    expect(
      Buffer.from(renderLageberichtPdf(buildReportModel(load('musterstadt')))).equals(Buffer.from(pdf)),
    ).toBe(true);
  });

  it.skipIf(!HAS_POPPLER)(
    'is tagged, has ≥ 15 pages, a Figure per chart, TH cells and only embedded fonts',
    () => {
      const info = run('pdfinfo', [pdfPath]);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(15);
      const struct = run('pdfinfo', ['-struct', pdfPath]);
      expect(struct.match(/^\s*Figure\b/gm)?.length).toBe(chartBlocks(model).length);
      expect(struct.match(/^\s*TH\b/gm)?.length ?? 0).toBeGreaterThanOrEqual(reportTables(model).length);
      const fonts = run('pdffonts', [pdfPath]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) {
        expect(line).toMatch(/FiraSans/);
        expect(line.split(/\s+/).at(-5)).toBe('yes');
      }
      const text = run('pdftotext', [pdfPath, '-']);
      for (const title of Object.values(SECTION_TITLES)) expect(text).toContain(title);
    },
  );

  it('matches the snapshot of the normalised Typst input (template and data, charts as ids)', async () => {
    const svgs = Object.fromEntries(chartBlocks(model).map((c) => [c.id, `<svg id="${c.id}"/>`]));
    await expect(
      `${LAGEBERICHT_TEMPLATE}\n// data\n${JSON.stringify(typstData(model, svgs), null, 1)}`,
    ).toMatchFileSnapshot('__snapshots__/typst-musterstadt.typ.txt');
  });
});

describe('Lagebericht HTML', () => {
  it('matches the snapshot (charts as placeholders) and escapes data', async () => {
    const html = renderLageberichtHtml(model, { charts: false });
    await expect(html).toMatchFileSnapshot('__snapshots__/musterstadt.html');
    const evil = structuredClone(load('grossenhain'));
    evil.municipality.name = '<script>alert(1)</script>';
    expect(renderLageberichtHtml(buildReportModel(evil), { charts: false })).not.toContain('<script>alert');
  });

  it('inlines each chart as SVG with its message as text', () => {
    const html = renderLageberichtHtml(model);
    expect(html.match(/<figure class="abbildung"/g)?.length).toBe(chartBlocks(model).length);
    expect(html.match(/<svg aria-hidden="true" focusable="false"/g)?.length).toBe(chartBlocks(model).length);
    expect(html).toContain('<th scope="col"');
  });
});

describe('byte-identical regeneration of DOCX, XLSX and HTML', () => {
  it('gives the same bytes however many charts and documents were made before, and later', async () => {
    const docx = Buffer.from(await renderLageberichtDocx(model));
    const xlsx = Buffer.from(await renderLageberichtXlsx(model));
    const html = renderLageberichtHtml(model);
    // Other documents in between advance the libraries' per-process counters (chart classes, bookmarks).
    await renderLageberichtDocx(buildReportModel(load('grossenhain')));
    await new Promise((r) => setTimeout(r, 1100)); // ZIP entry times have 2-second resolution
    const again = buildReportModel(load('musterstadt'));
    expect(Buffer.from(await renderLageberichtDocx(again)).equals(docx)).toBe(true);
    expect(Buffer.from(await renderLageberichtXlsx(again)).equals(xlsx)).toBe(true);
    expect(renderLageberichtHtml(again)).toBe(html);
    // The document's own dates are the report date, not the clock.
    const core = await (await JSZip.loadAsync(docx)).file('docProps/core.xml')!.async('string');
    expect(core).toContain(`>${model.provenance.reportDate}T00:00:00Z</dcterms:created>`);
  });
});

describe('Lagebericht XLSX data appendix', () => {
  it('has every table of the report as a sheet, numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderLageberichtXlsx(model)).buffer as ArrayBuffer);
    const tables = reportTables(model);
    expect(wb.worksheets.length).toBe(tables.length + 1);
    const hz = tables.findIndex((t) => t.id === 'tab-hz-verlauf');
    const sheet = wb.worksheets[hz + 1]!;
    expect(sheet.getCell('A2').value).toBe('Jahr');
    const firstRow = tables[hz]!.rows[0]!;
    expect(sheet.getCell('B3').value).toBe(firstRow[1]!.value);
    expect(typeof sheet.getCell('C3').value).toBe('number');
  });
});

describe('Lagebericht DOCX', () => {
  const docxPath = join(dir, 'bericht.docx');
  it('contains each chart as SVG with a PNG fallback, and the tables', async () => {
    const bytes = await renderLageberichtDocx(model);
    writeFileSync(docxPath, bytes);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    const charts = chartBlocks(model).length;
    expect(media.filter((f) => f.endsWith('.svg')).length).toBe(charts);
    expect(media.filter((f) => f.endsWith('.png')).length).toBe(charts);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tbl>/g)?.length).toBe(reportTables(model).length);
    expect(xml).toContain('Handlungsfelder und Empfehlungen');
  });

  it.skipIf(!HAS_SOFFICE)(
    'opens in LibreOffice (converted to PDF with the charts as images)',
    () => {
      const out = join(dir, 'lo');
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docxPath], {
        stdio: 'ignore',
        timeout: 180_000,
      });
      const pdfFile = join(out, readdirSync(out).find((f) => f.endsWith('.pdf'))!);
      if (HAS_POPPLER) {
        const images = run('pdfimages', ['-list', pdfFile]).split('\n').slice(2).filter(Boolean);
        expect(images.length).toBeGreaterThanOrEqual(chartBlocks(model).length);
      } else expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
    },
    200_000,
  );
});
