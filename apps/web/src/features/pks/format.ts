import { formatDecimal, formatInteger } from '../../lib/format.ts';

export { formatDecimal, formatInteger };

const ratio = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** HZ with one decimal: 4.913,3 */
export function formatHz(value: number | null | undefined): string {
  return formatDecimal(value ?? null);
}

/** "4.642,2 – 5.196,1" */
export function formatCi(low: number | null | undefined, high: number | null | undefined): string {
  if (low == null || high == null) return '–';
  return `${formatDecimal(low)} – ${formatDecimal(high)}`;
}

export function formatRatio(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '–' : ratio.format(value);
}

/** Rate ratio as a signed percentage: +12 %, −8 %, 0 %. */
export function formatPercentChange(rateRatio: number | null | undefined): string {
  if (rateRatio == null || !Number.isFinite(rateRatio)) return '–';
  const percent = Math.round((rateRatio - 1) * 100);
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${formatInteger(Math.abs(percent))} %`;
}

export function areaKindLabel(kind: 'gemeinde' | 'kreis' | 'land'): string {
  return kind === 'gemeinde' ? 'Kommune' : kind === 'kreis' ? 'Kreis' : 'Land';
}
