import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ApplicationFormData, renderApplicationFormPdf } from '../../src/funding/index.ts';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const HAS_POPPLER = has('pdfinfo') && has('pdffonts') && has('pdftotext');
if (!HAS_POPPLER) console.warn('poppler-utils not installed: application form PDF checks skipped');

const dir = mkdtempSync(join(tmpdir(), 'foerderantrag-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

const STEP_LABELS = [
  'Problembeschreibung',
  'Analyse der Entstehungsbedingungen',
  'Ziele und Zielgruppen',
  'Maßnahmen',
  'Konzeption und Durchführung',
  'Überprüfung der Zielerreichung',
  'Schlussfolgerungen und Dokumentation',
];

const data: ApplicationFormData = {
  title: 'Antrag auf Gewährung einer Zuwendung nach der RL KommPräv',
  subtitle: '„Bürger für unsere saubere Stadt“ – Förderjahr 2021',
  date: '2020-10-01',
  fundingYear: 2021,
  isDemo: true,
  municipality: { name: 'Großenhain, Stadt', ags: '14627060' },
  facts: [{ label: 'Antragstellerin', value: 'Großenhain, Stadt (AGS 14627060)' }],
  steps: STEP_LABELS.map((label, i) => ({
    number: i + 1,
    label,
    hint: 'Hinweis',
    // Typst markup in user text must print as text, never run.
    text: i === 0 ? 'Vermüllung am Bahnhof #set text(red) *fett*' : i === 6 ? '' : `Text ${i + 1}`,
  })),
  items: [
    { description: 'Plakate und Flyer', category: 'Druck und Öffentlichkeitsarbeit', amount: '23.500,00 €' },
  ],
  totalCost: '23.500,00 €',
  financing: [
    { label: 'Eigenanteil: Geld', amount: '2.350,00 €', share: '10,00 %' },
    { label: 'Beantragte Zuwendung', amount: '21.150,00 €', share: '90,00 %' },
  ],
  totalFinancing: '23.500,00 €',
  checks: [],
  note: 'Erstellt mit ASSKomm.',
};

describe('RL KommPräv application form (Typst, PDF/UA-1)', () => {
  const pdf = renderApplicationFormPdf(data);
  const path = join(dir, 'antrag.pdf');
  writeFileSync(path, pdf);

  it('is the same bytes for the same data', () => {
    expect(Buffer.from(renderApplicationFormPdf(data)).equals(Buffer.from(pdf))).toBe(true);
  });

  it.skipIf(!HAS_POPPLER)('is tagged PDF/UA with table headers and embedded Fira Sans', () => {
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Antrag auf Gewährung einer Zuwendung nach der RL KommPräv/);
    expect(run('pdfinfo', ['-meta', path])).toMatch(/pdfuaid:part[^0-9]*1/);
    const struct = run('pdfinfo', ['-struct', path]);
    expect(struct.match(/^\s*TH\b/gm)?.length ?? 0).toBeGreaterThanOrEqual(3 + 3 + 2);
    for (const line of run('pdffonts', [path]).split('\n').slice(2).filter(Boolean))
      expect(line).toMatch(/FiraSans/);
  });

  it.skipIf(!HAS_POPPLER)('prints the Beccaria steps, the plan in euros and user text as text', () => {
    const text = run('pdftotext', [path, '-']).replace(/\s+/g, ' ');
    for (const label of STEP_LABELS) expect(text).toContain(label);
    expect(text).toContain('21.150,00 €');
    expect(text).toContain('23.500,00 €');
    expect(text).toContain('Beispiel mit Demodaten');
    expect(text).toContain('#set text(red) *fett*');
    expect(text).toContain('Noch nicht beschrieben');
  });
});
