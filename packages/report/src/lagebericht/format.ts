/** German number formatting for the report: "4.325,6", "22,1 %", intervals with an en dash. */
import type { EstimateInput } from './input-types.ts';

const formats = new Map<number, Intl.NumberFormat>();
function nf(decimals: number): Intl.NumberFormat {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, f);
  }
  return f;
}

const minus = (s: string): string => s.replace(/^-/, '−');

export function num(value: number | null | undefined, decimals = 0): string {
  return value == null || !Number.isFinite(value) ? '–' : minus(nf(decimals).format(value));
}

/** Share 0…1 as percent: 0.221 → "22,1 %". */
export function pct(share: number | null | undefined, decimals = 1): string {
  return share == null ? '–' : `${num(share * 100, decimals)} %`;
}

/** Interval of shares: "19,8–24,5 %". */
export function pctRange(low: number | null, high: number | null, decimals = 1): string {
  if (low == null || high == null) return '–';
  return `${num(low * 100, decimals)}–${num(high * 100, decimals)} %`;
}

/** "22,1 % (95-%-KI 19,8–24,5 %)", in brackets when few cases, "–" when withheld. */
export function estimateText(e: EstimateInput, decimals = 1): string {
  if (e.suppressed || e.estimate == null) return `– (zu wenige Antworten, n = ${e.n})`;
  const core = `${pct(e.estimate, decimals)} (95-%-KI ${pctRange(e.ciLow, e.ciHigh, decimals)})`;
  return e.small ? `(${core})` : core;
}

/** Short cell text: "22,1" or "(22,1)" for small cells, "–" when withheld. */
export function shareCell(e: EstimateInput, decimals = 1): string {
  if (e.suppressed || e.estimate == null) return '–';
  const s = num(e.estimate * 100, decimals);
  return e.small ? `(${s})` : s;
}

export function rangeCell(e: EstimateInput, decimals = 1): string {
  if (e.suppressed || e.ciLow == null || e.ciHigh == null) return '–';
  return `${num(e.ciLow * 100, decimals)}–${num(e.ciHigh * 100, decimals)}`;
}

/** Percentage points with sign: 0.032 → "+3,2 Prozentpunkte". */
export function pp(diff: number, decimals = 1): string {
  const v = diff * 100;
  return `${v > 0 ? '+' : ''}${num(v, decimals)} Prozentpunkte`;
}

/** "2026-05-04" → "4. Mai 2026". */
export function germanDate(iso: string | null): string {
  if (!iso) return '–';
  const d = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}
