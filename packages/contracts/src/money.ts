/**
 * Money is integer cents everywhere (database, JSON, arithmetic); euros with a comma appear only on the
 * screen and in documents. Sums run in BigInt and are checked to stay exact as JavaScript numbers.
 */
import { z } from 'zod';

/** An amount in whole cents: a non-negative safe integer (no floats, no fractions of a cent). */
export const centAmount = (field = 'Betrag') =>
  z
    .number({ error: `${field}: bitte einen Betrag in Cent als ganze Zahl angeben.` })
    .int({ error: `${field}: Beträge werden in ganzen Cent angegeben.` })
    .min(0, { error: `${field}: Der Betrag darf nicht negativ sein.` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${field}: Der Betrag ist zu groß.` });

/** Exact sum of cent amounts; throws when the sum leaves the range of exact JavaScript integers. */
export function sumCent(amounts: Iterable<number>): number {
  let total = 0n;
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Kein ganzzahliger Centbetrag: ${amount}`);
    total += BigInt(amount);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError('Die Summe ist zu groß, um sie exakt darzustellen.');
  return Number(total);
}

/** "21.150,00 €" for 2115000 cents (German grouping, always two decimals, minus sign in front). */
export function formatEuro(cent: number): string {
  if (!Number.isSafeInteger(cent)) throw new RangeError(`Kein ganzzahliger Centbetrag: ${cent}`);
  const negative = cent < 0;
  const abs = BigInt(Math.abs(cent));
  const euros = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '−' : ''}${euros},${cents} €`;
}

/**
 * Parses what people type into a euro field ("21.150", "21150,5", "21.150,00 €") into cents; null when
 * it is not an amount. Digits are read as text, never through a float.
 */
export function parseEuro(input: string): number | null {
  const s = input.replace(/\s|€/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s);
  if (!match) return null;
  const euros = BigInt(match[1]!.replaceAll('.', ''));
  const cents = BigInt((match[2] ?? '0').padEnd(2, '0'));
  const total = euros * 100n + cents;
  return total > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(total);
}

/**
 * Percentage with two decimals for display ("9,99 %"), rounded down from integer parts, so a share just
 * under a limit never shows as the limit itself.
 */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '–';
  const hundredths = (BigInt(part) * 10_000n) / BigInt(whole);
  return `${hundredths / 100n},${(hundredths % 100n).toString().padStart(2, '0')} %`;
}
