/**
 * Calendar dates in Europe/Berlin (YYYY-MM-DD). The field period, the submission date of an answer and
 * the age limit of the sample are all German calendar days, whatever the server's time zone.
 */
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today (or the day of `now`) in Berlin, e.g. `2026-11-24`. */
export function berlinDate(now: Date = new Date()): string {
  return FORMAT.format(now);
}

/** `date` plus `days` calendar days (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The place name for texts: "Großenhain, Stadt" → "Großenhain". */
export function placeName(municipalityName: string): string {
  return municipalityName.replace(/,.*$/, '').trim() || municipalityName;
}
