/**
 * Writes the municipality template in both forms from one definition (GEMEINDE_TEMPLATE_COLUMNS):
 *   templates/pks-gemeinde-vorlage.csv   UTF-8 with BOM (Excel then opens umlauts correctly), `;`
 *   templates/pks-gemeinde-vorlage.xlsx  sheet 1 = data (AGS and key columns formatted as text so
 *                                        Excel keeps leading zeros), sheet 2 = explanations
 * Example rows: Musterstadt (Demodaten), 2024, from the seeded generator. Key labels come from the
 * BKA district table 2022 and the key catalogue shipped in data/reference.
 *
 *   npx tsx packages/importers/scripts/make-template.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import {
  BKA_KREISE_STANDARD_KEYS,
  GEMEINDE_TEMPLATE_COLUMNS,
  generateMusterstadtPks,
  importBkaKreise,
  MAIN_OFFENCE_KEYS,
  parseKeyCatalogue,
} from '../src/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.resolve(here, '../../../data/reference');
const out = path.resolve(here, '../templates');

const labels = new Map<string, string>();
for (const e of parseKeyCatalogue(
  readFileSync(path.join(data, 'pks_straftatenschluessel_bka_zeitreihe_2023.csv')),
).rows) {
  labels.set(e.key, e.label);
}
const bka = importBkaKreise(
  readFileSync(path.join(data, 'pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv')),
  { year: 2022 },
);
for (const r of bka.rows) if (r.label) labels.set(r.key, r.label);

const demo = generateMusterstadtPks({ seed: 2026 });
const examples = demo.facts
  .filter((f) => f.areaKind === 'gemeinde' && f.year === 2024 && MAIN_OFFENCE_KEYS.includes(f.key))
  .map((f) => ({
    ags: f.ags,
    gemeinde: demo.name,
    jahr: f.year,
    schluessel: f.key,
    straftat: labels.get(f.key) ?? '',
    erfasste_faelle: f.cases,
    versuche: f.attempts ?? '',
    aufgeklaerte_faelle: f.cleared ?? '',
    tatverdaechtige: f.suspects ?? '',
    tatverdaechtige_maennlich: '',
    tatverdaechtige_weiblich: '',
    tatverdaechtige_nichtdeutsch: '',
  }));
const names = GEMEINDE_TEMPLATE_COLUMNS.map((c) => c.name);

// CSV
const cell = (v: unknown) => {
  const s = String(v);
  return /[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csv = [
  names.join(';'),
  ...examples.map((e) => names.map((n) => cell(e[n as keyof typeof e])).join(';')),
].join('\r\n');
writeFileSync(path.join(out, 'pks-gemeinde-vorlage.csv'), `\uFEFF${csv}\r\n`);

// XLSX
const wb = new ExcelJS.Workbook();
wb.creator = 'ASSKomm';
wb.created = new Date('2026-01-01T00:00:00Z');
wb.modified = wb.created;
const sheet = wb.addWorksheet('PKS-Gemeinde', { views: [{ state: 'frozen', ySplit: 1 }] });
sheet.columns = GEMEINDE_TEMPLATE_COLUMNS.map((c) => ({
  header: c.name,
  key: c.name,
  width: Math.max(12, c.name.length + 2, c.name === 'straftat' ? 60 : c.name === 'gemeinde' ? 28 : 0),
  // '@' = text format: Excel must not turn 010000 into 10000 or 435*00 into anything else.
  style: c.name === 'ags' || c.name === 'schluessel' ? { numFmt: '@' } : {},
}));
sheet.getRow(1).font = { bold: true };
for (const e of examples) sheet.addRow(e);
// Format the empty rows below the examples as text too, where people will type.
for (let r = examples.length + 2; r <= 2000; r++) {
  sheet.getCell(r, 1).numFmt = '@';
  sheet.getCell(r, 4).numFmt = '@';
}

const help = wb.addWorksheet('Erläuterungen');
help.columns = [
  { header: 'Spalte / Schlüssel', key: 'a', width: 30 },
  { header: 'Bedeutung', key: 'b', width: 100 },
  { header: 'Pflicht', key: 'c', width: 10 },
];
help.getRow(1).font = { bold: true };
for (const c of GEMEINDE_TEMPLATE_COLUMNS)
  help.addRow({ a: c.name, b: c.description, c: c.required ? 'ja' : 'nein' });
help.addRow({});
help.addRow({ a: 'Schlüssel (Auswahl)', b: 'Bezeichnung laut BKA' }).font = { bold: true };
const keys = [...new Set([...MAIN_OFFENCE_KEYS, ...BKA_KREISE_STANDARD_KEYS])];
for (const k of keys) help.addRow({ a: k, b: labels.get(k) ?? '' });
help.getColumn(1).numFmt = '@';
help.addRow({});
help.addRow({
  a: 'Hinweis',
  b: 'Die Importfunktion liest nur das erste Tabellenblatt. Vollständige Beschreibung: pks-gemeinde-vorlage.md',
});

await wb.xlsx.writeFile(path.join(out, 'pks-gemeinde-vorlage.xlsx'));
console.log(
  `Vorlage geschrieben: ${examples.length} Beispielzeilen, ${keys.length} Schlüssel in den Erläuterungen → ${out}`,
);
