/**
 * Eligibility for the sample: residents aged 16 and over at the start of fieldwork (LKA Niedersachsen,
 * SKiD; domain.md 5).
 *
 * The register extract has the year of birth only. A person born in year Y is certainly at least `minAge`
 * on every day of year Y + minAge + 1, but only possibly in year Y + minAge (depending on the birthday).
 * We count only those who are certainly old enough: born in or before (start year − minAge − 1). This
 * leaves out part of one birth cohort of 15/16-year-olds, and never contacts a 15-year-old.
 */
export const MIN_AGE = 16;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year of an ISO date `YYYY-MM-DD`; throws for anything else. */
export function yearOfIsoDate(date: string): number {
  const m = DATE.exec(date);
  if (m === null) throw new Error(`„${date}“ ist kein Datum im Format JJJJ-MM-TT`);
  return Number(m[1]);
}

/** True if a person born in `birthYear` is certainly `minAge` or older on `fieldStart` (YYYY-MM-DD). */
export function isEligible(
  person: { readonly birthYear: number },
  fieldStart: string,
  minAge = MIN_AGE,
): boolean {
  return person.birthYear <= yearOfIsoDate(fieldStart) - minAge - 1;
}
