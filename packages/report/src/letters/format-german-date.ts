const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** `2026-06-12` → `12. Juni 2026` (DIN 5008 written-out date). Throws on other formats. */
export function formatGermanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m === null ? undefined : MONTHS[Number(m[2]) - 1];
  if (m === null || month === undefined) throw new Error(`„${iso}“ ist kein Datum im Format JJJJ-MM-TT`);
  return `${Number(m[3])}. ${month} ${m[1]}`;
}
