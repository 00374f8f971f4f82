import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaperSurveyJson } from '../../src/letters/paper-survey-types.ts';
import { renderPaperQuestionnaire } from '../../src/letters/render-paper-questionnaire.ts';

const hasPoppler =
  spawnSync('which', ['pdftotext']).status === 0 && spawnSync('which', ['pdftoppm']).status === 0;
if (!hasPoppler)
  console.warn('pdftotext/pdftoppm (poppler-utils) nicht gefunden: PDF-Inhalt wird nicht geprüft.');
const OUT = join(import.meta.dirname, '../../../../var/test-output/letters');

// A fixture in the shape core's buildSurveyJson produces (report does not depend on core).
const survey = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/survey-de.json'), 'utf8'),
) as PaperSurveyJson;

function pdfText(pdf: Uint8Array, name: string): string {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), pdf);
  return spawnSync('pdftotext', [join(OUT, name), '-'], { encoding: 'utf8' }).stdout;
}

const titles = (s: PaperSurveyJson) =>
  s.pages.flatMap((p) => p.elements.map((e) => (typeof e.title === 'string' ? e.title : '')));

describe('renderPaperQuestionnaire', () => {
  it('renders a PDF', () => {
    const pdf = renderPaperQuestionnaire(survey, 'de', { version: 'sha256:1234abcd' });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses question types it cannot print', () => {
    const bad: PaperSurveyJson = { pages: [{ name: 'x', elements: [{ type: 'file', name: 'UPLOAD' }] }] };
    expect(() => renderPaperQuestionnaire(bad)).toThrow(/Fragetyp „file“ \(UPLOAD\)/);
  });

  it.runIf(hasPoppler)('prints every question in the online order, numbered, with the item codes', () => {
    const text = pdfText(
      renderPaperQuestionnaire(survey, 'de', { version: 'sha256:1234abcd' }),
      'fragebogen.pdf',
    );
    const flat = text.replace(/\s+/g, ' ');
    // Item codes (printed beside each question) appear in the online order; every title appears.
    let last = -1;
    survey.pages
      .flatMap((p) => p.elements)
      .forEach((e, i) => {
        const at = flat.slice(last + 1).search(new RegExp(`(?<![A-Z_])${e.name}(?![A-Z0-9_])`));
        expect(at, `Frage ${i + 1}: ${e.name}`).toBeGreaterThanOrEqual(0);
        last += at + 1;
        const title = (typeof e.title === 'string' ? e.title : '').split(' ').slice(0, 4).join(' ');
        expect(flat).toContain(title);
        expect(flat).toContain(`${i + 1}.`);
      });
    expect(flat).toContain('Nutze ich nicht');
    expect(flat).toContain('Weiß nicht / keine Angabe');
    expect(flat).toContain('Altstadt');
    expect(flat).toContain('Bitte wählen Sie höchstens drei aus.');
    expect(flat).toContain('Fassung sha256:1234abcd');
    expect(flat).toContain('Vielen Dank für Ihre Teilnahme!');
    expect(titles(survey).length).toBeGreaterThan(15);
  });

  it.runIf(hasPoppler)('rasterises pages for a visual check', () => {
    const file = join(OUT, 'fragebogen.pdf');
    writeFileSync(file, renderPaperQuestionnaire(survey, 'de', { version: 'sha256:1234abcd' }));
    const r = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      file,
      join(OUT, 'fragebogen'),
    ]);
    expect(r.status).toBe(0);
  });

  it.runIf(hasPoppler)('uses English fixed texts for locale en', () => {
    const text = pdfText(renderPaperQuestionnaire(survey, 'en'), 'questionnaire-en.pdf');
    expect(text).toContain('How to fill in the questionnaire');
  });
});
