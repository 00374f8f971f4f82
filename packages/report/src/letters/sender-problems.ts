import type { LetterSender } from './letter-types.ts';

/**
 * What a letter's sender block lacks for a recipient to reach someone (issue 9: letters said "Kontakt
 * oben rechts" above a bare town name). Needed: a full postal address, a contact person and a phone
 * number or an e-mail address. Returns German names of the missing parts; empty when complete.
 */
export function senderProblems(sender: Partial<LetterSender>): string[] {
  const blank = (v: string | undefined) => !v || v.trim() === '';
  const missing: string[] = [];
  if (blank(sender.street)) missing.push('Straße und Hausnummer');
  if (blank(sender.postalCode)) missing.push('Postleitzahl');
  if (blank(sender.city)) missing.push('Ort');
  if (blank(sender.contactPerson)) missing.push('Ansprechperson');
  if (blank(sender.phone) && blank(sender.email)) missing.push('Telefon oder E-Mail');
  return missing;
}
