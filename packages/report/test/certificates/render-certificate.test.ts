// The training certificate: a tagged PDF (PDF/UA-1) with the shipped Fira Sans, names shown as plain text
// (never evaluated as Typst markup), and the same bytes for the same data.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CertificateData, renderCertificatePdf } from '../../src/index.ts';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const HAS_POPPLER = has('pdfinfo') && has('pdftotext') && has('pdffonts');
if (!HAS_POPPLER)
  console.warn('poppler-utils (pdftotext, pdfinfo) not installed: certificate PDF checks skipped');
const dir = mkdtempSync(join(tmpdir(), 'zertifikat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATA: CertificateData = {
  number: '3-17',
  name: 'Anna #strong[Mark] *Beispiel* (fiktiv)',
  courseTitle: 'Fachkraft für Kriminalprävention (Beccaria-Qualifizierung)',
  cohortTitle: 'Durchgang 2027',
  place: 'Dresden',
  qualification: 'Fachkraft für Kriminalprävention',
  modules: [
    { position: 1, title: 'Kriminologie', date: '15. März 2027' },
    { position: 2, title: 'Kriminalprävention', date: '14. Juni 2027' },
    { position: 3, title: 'Projektmanagement', date: '13. September 2027' },
    { position: 4, title: 'Projektbegleitung', date: '15. November 2027' },
  ],
  completedOn: '15. November 2027',
  issuedOn: '20. November 2027',
  issuer: 'Landespräventionsrat Sachsen',
};

describe('training certificate (Typst, PDF/UA-1)', () => {
  const pdf = renderCertificatePdf(DATA);
  const file = join(dir, 'zertifikat.pdf');
  writeFileSync(file, pdf);

  it('regenerates byte-identically from the same data', () => {
    expect(Buffer.from(renderCertificatePdf(DATA)).equals(Buffer.from(pdf))).toBe(true);
  });

  it.skipIf(!HAS_POPPLER)('is tagged, embeds only Fira Sans and shows the name literally', () => {
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/FiraSans/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Anna #strong[Mark] *Beispiel* (fiktiv)');
    for (const m of DATA.modules) expect(text).toContain(m.title);
    expect(text).toContain('Zertifikat Nr. 3-17');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'alle Module besucht und ist Fachkraft für Kriminalprävention.',
    );
  });
});
