/**
 * Mail-merge PDF of invitation or reminder letters: one A4 page per recipient with address, letter text,
 * the access code in large monospaced type and a QR code linking to `${publicUrl}/befragung?code=…`.
 * Reminders carry the same code (a thank-you/reminder to the whole sample, as in the LKA Niedersachsen
 * design, domain.md 5), so no link between code and response is ever needed.
 * Template: letter.typ (editable without code changes).
 */
import { readFileSync } from 'node:fs';
import { compileTypstPdf } from './compile-typst-pdf.ts';
import { formatGermanDate } from './format-german-date.ts';
import type { LetterBatch } from './letter-types.ts';
import { qrCodeSvg } from './qr-code-svg.ts';
import { senderProblems } from './sender-problems.ts';

const TEMPLATE = readFileSync(new URL('./letter.typ', import.meta.url), 'utf8');

const DEFAULT_PAPER_NOTE =
  'Dann melden Sie sich bitte bei uns (Kontakt oben rechts). Wir schicken Ihnen gern einen Papierfragebogen ' +
  'mit einem portofreien Rückumschlag. Er enthält dieselben Fragen.';

/** Link in the QR code; the public form reads the `code` parameter. */
export const surveyLink = (publicUrl: string, accessCode: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/befragung?code=${encodeURIComponent(accessCode)}`;

export async function renderLetters(batch: LetterBatch): Promise<Uint8Array> {
  if (batch.recipients.length === 0) throw new Error('Keine Empfängerinnen und Empfänger für die Briefe');
  const missing = senderProblems(batch.sender);
  if (missing.length > 0) {
    throw new Error(`Briefe ohne Möglichkeit der Kontaktaufnahme: Es fehlt ${missing.join(', ')}.`);
  }
  if (!/^https?:\/\/./.test(batch.publicUrl))
    throw new Error('Briefe brauchen die öffentliche Adresse (https://…).');
  const base = batch.publicUrl.replace(/\/+$/, '');
  const recipients = await Promise.all(
    batch.recipients.map(async (r) => ({ ...r, qr: await qrCodeSvg(surveyLink(base, r.accessCode)) })),
  );
  return compileTypstPdf(TEMPLATE, {
    kind: batch.kind,
    sender: { ...batch.sender, coatOfArmsSvg: undefined },
    coatOfArms: batch.sender.coatOfArmsSvg ?? null,
    placeName: batch.placeName,
    surveyUrl: `${base.replace(/^https?:\/\//, '')}/befragung`,
    letterDate: formatGermanDate(batch.letterDate),
    fieldEnd: formatGermanDate(batch.fieldEnd),
    paperNote: batch.paperNote ?? DEFAULT_PAPER_NOTE,
    recipients,
  });
}
