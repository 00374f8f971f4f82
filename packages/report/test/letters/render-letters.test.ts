import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTypstPdf, createTypstCompiler } from '../../src/letters/compile-typst-pdf.ts';
import { formatGermanDate } from '../../src/letters/format-german-date.ts';
import type { LetterBatch } from '../../src/letters/letter-types.ts';
import { renderLetters, surveyLink } from '../../src/letters/render-letters.ts';

const hasPoppler =
  spawnSync('which', ['pdftotext']).status === 0 && spawnSync('which', ['pdftoppm']).status === 0;
if (!hasPoppler)
  console.warn('pdftotext/pdftoppm (poppler-utils) nicht gefunden: PDF-Inhalt wird nicht geprüft.');

/** Where the tests leave PDFs and PNGs for a look (git-ignored var/). */
const OUT = join(import.meta.dirname, '../../../../var/test-output/letters');

export const batch: LetterBatch = {
  kind: 'invitation',
  sender: {
    municipalityName: 'Stadt Musterstadt',
    department: 'Ordnungsamt – Kommunale Prävention',
    street: 'Markt 1',
    postalCode: '01234',
    city: 'Musterstadt',
    contactPerson: 'Frau Beispiel',
    phone: '030 23125 000',
    email: 'befragung@example.org',
    signatoryName: 'Erika Mustermann',
    signatoryRole: 'Oberbürgermeisterin',
  },
  placeName: 'Musterstadt',
  publicUrl: 'https://sicherheit.musterstadt.example/',
  letterDate: '2026-05-04',
  fieldEnd: '2026-06-12',
  recipients: [
    {
      name: 'Jürgen Weiß-Müller',
      strasse: 'Hauptstraße',
      hausnummer: '12a',
      plz: '01234',
      ort: 'Musterstadt',
      accessCode: 'ABCD-EFGH-JKMN',
    },
    {
      name: '#eval("1") <b>Test</b> Ärger',
      strasse: 'Am Bahnhof',
      hausnummer: '3',
      plz: '01234',
      ort: 'Musterstadt',
      accessCode: 'PQRS-TUVW-XYZ2',
    },
  ],
};

function pdfText(pdf: Uint8Array, name: string): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, pdf);
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
}

describe('letters', () => {
  it('formats German dates and survey links', () => {
    expect(formatGermanDate('2026-06-12')).toBe('12. Juni 2026');
    expect(formatGermanDate('2026-03-01')).toBe('1. März 2026');
    expect(() => formatGermanDate('12.06.2026')).toThrow(/JJJJ-MM-TT/);
    expect(surveyLink('https://x.example//', 'ABCD-EFGH-JKMN')).toBe(
      'https://x.example/befragung?code=ABCD-EFGH-JKMN',
    );
  });

  it('renders one page per recipient as PDF', async () => {
    const pdf = await renderLetters(batch);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const pages = new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(2);
  });

  it.runIf(hasPoppler)(
    'shows names, addresses, codes, URL and the notes on anonymity and paper',
    async () => {
      const text = pdfText(await renderLetters(batch), 'einladung.pdf');
      for (const s of [
        'Jürgen Weiß-Müller',
        'Hauptstraße 12a',
        'ABCD-EFGH-JKMN',
        'PQRS-TUVW-XYZ2',
        '#eval("1") <b>Test</b> Ärger',
        'sicherheit.musterstadt.example/befragung',
        '12. Juni 2026',
        'Ihre Antworten bleiben anonym.',
        'Lieber auf Papier?',
        'Erika Mustermann',
      ]) {
        expect(text).toContain(s);
      }
      // Each letter stays on one page.
      expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(2);
    },
  );

  it.runIf(hasPoppler)('renders reminders with the same code and a thank-you', async () => {
    const text = pdfText(await renderLetters({ ...batch, kind: 'reminder' }), 'erinnerung.pdf');
    expect(text).toContain('Erinnerung: Bürgerbefragung zur Sicherheit in Musterstadt');
    expect(text).toContain('herzlichen Dank!');
    expect(text).toContain('ABCD-EFGH-JKMN');
  });

  it.runIf(hasPoppler)('rasterises page 1 for a visual check', async () => {
    const pdf = await renderLetters(batch);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'einladung.pdf'), pdf);
    const r = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(OUT, 'einladung.pdf'),
      join(OUT, 'einladung-seite1'),
    ]);
    expect(r.status).toBe(0);
  });

  it('prints the coat of arms when given', async () => {
    const arms =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 24"><path d="M0 0h20v14c0 6-10 10-10 10S0 20 0 14z" fill="#1a5fb4"/></svg>';
    const pdf = await renderLetters({ ...batch, sender: { ...batch.sender, coatOfArmsSvg: arms } });
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('renders without the Liberation fonts (embedded Typst fonts as fallback)', () => {
    const typst = createTypstCompiler('/gibt/es/nicht');
    const pdf = compileTypstPdf(
      '#let d = json(bytes(sys.inputs.data))\n#set text(font: ("Liberation Sans", "DejaVu Sans", "Libertinus Serif"))\n#d.code',
      { code: 'ABCD-EFGH-JKMN' },
      typst,
    );
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('reports Typst errors with their message', () => {
    expect(() => compileTypstPdf('#let x = ', {})).toThrow(/Typst-Fehler/);
  });

  it('refuses an empty batch', async () => {
    await expect(renderLetters({ ...batch, recipients: [] })).rejects.toThrow(/Keine Empfänger/);
  });
});
