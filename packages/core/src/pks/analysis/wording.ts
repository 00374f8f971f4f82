import { isNotable, type RateRatioEstimate } from './rates';

/**
 * Plain German sentences for changes and comparisons. Whether something is called a change rests on
 * the exact test (p-value and 95 % interval), never on the size of the percentage: in a small town
 * +40 % can be noise, in Leipzig +3 % can be real. Every sentence states the interval, so readers see
 * how uncertain the figure is.
 */

export type Direction = 'hoeher' | 'niedriger' | 'gleich';

export interface Assessment {
  /** Beyond random variation (p < 0.05 and the 95 % interval excludes 1). */
  notable: boolean;
  direction: Direction;
  /** One or two German sentences for reports and pages. */
  text: string;
}

/** Below this many cases (in either compared figure) the text warns that small counts fluctuate. */
export const SMALL_COUNT = 20;

const pct = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const pctAbs = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pFmt3 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

const minus = (s: string) => s.replace(/-/g, '−');

/** Rate ratio as a signed percentage change: 1.18 → "+18 %", 0.9 → "−10 %". */
export function percentChange(rr: number): string {
  if (!Number.isFinite(rr)) return 'unbegrenzt';
  return `${minus(pct.format((rr - 1) * 100))} %`;
}

export function formatRatio(rr: number): string {
  return Number.isFinite(rr) ? ratio.format(rr) : 'unbegrenzt';
}

export function formatPValue(p: number): string {
  return p < 0.001 ? 'p < 0,001' : `p = ${pFmt3.format(p)}`;
}

function direction(r: RateRatioEstimate): Direction {
  if (r.rateRatio > 1) return 'hoeher';
  if (r.rateRatio < 1) return 'niedriger';
  return 'gleich';
}

function caveats(smallCount: boolean, breaks: readonly string[]): string {
  let text = '';
  if (smallCount) text += ' Bei so wenigen Fällen schwanken die Zahlen schon zufällig stark.';
  for (const b of breaks)
    text += ` Achtung, Bruch in der Reihe: ${b}. Der Vergleich ist nur eingeschränkt aussagekräftig.`;
  return text;
}

export interface ChangeContext {
  /** 'vorjahr': against year − 1; 'fuenfjahresmittel': against the pooled rate of the five years before. */
  basis: 'vorjahr' | 'fuenfjahresmittel';
  year: number;
  /** For 'vorjahr': the year compared with, the last earlier one present (default year − 1). */
  baseYear?: number;
  /** Smallest case count among the compared figures. */
  minCases: number;
  /** Labels of series breaks between the compared years. */
  breaks?: readonly string[];
}

/** "Deutlich gestiegen …" or "… im Rahmen zufälliger Schwankung". */
export function describeChange(r: RateRatioEstimate, c: ChangeContext): Assessment {
  const notable = isNotable(r);
  const dir = direction(r);
  const baseYear = c.baseYear ?? c.year - 1;
  const basis =
    c.basis === 'fuenfjahresmittel'
      ? `dem Mittel der Jahre ${c.year - 5}–${c.year - 1}`
      : baseYear === c.year - 1
        ? `dem Vorjahr ${baseYear}`
        : `${baseYear}, dem letzten Jahr davor mit Daten`;
  const ci = `95-%-Konfidenzintervall ${percentChange(r.ciLow)} bis ${percentChange(r.ciHigh)}`;
  let text: string;
  if (notable) {
    const change = pctAbs.format(Math.abs(r.rateRatio - 1) * 100);
    text =
      dir === 'hoeher'
        ? `Deutlich gestiegen: Die Häufigkeitszahl ${c.year} liegt ${change} % über ${basis} (${ci}). Das ist mehr, als zufällige Schwankung erwarten lässt (${formatPValue(r.pValue)}).`
        : `Deutlich gesunken: Die Häufigkeitszahl ${c.year} liegt ${change} % unter ${basis} (${ci}). Das ist mehr, als zufällige Schwankung erwarten lässt (${formatPValue(r.pValue)}).`;
  } else {
    text = `Gegenüber ${basis} ${percentChange(r.rateRatio)} (${ci}): im Rahmen zufälliger Schwankung, keine belastbare Veränderung (${formatPValue(r.pValue)}).`;
  }
  return { notable, direction: dir, text: text + caveats(c.minCases < SMALL_COUNT, c.breaks ?? []) };
}

/** How a text names the reference area: "im Landkreis Bautzen" / "zum Landkreis Bautzen". */
export interface AreaPhrases {
  where: string;
  to: string;
}

export const SAXONY_PHRASES: AreaPhrases = { where: 'in Sachsen', to: 'zu Sachsen' };

export interface ComparisonContext extends AreaPhrases {
  minCases: number;
}

/** "Deutlich höher als im Landkreis …" or "kein deutlicher Unterschied …". */
export function describeComparison(r: RateRatioEstimate, c: ComparisonContext): Assessment {
  const notable = isNotable(r);
  const dir = direction(r);
  const ci = `95-%-Konfidenzintervall ${formatRatio(r.ciLow)} bis ${formatRatio(r.ciHigh)}`;
  let text: string;
  if (notable) {
    text = `Deutlich ${dir === 'hoeher' ? 'höher' : 'niedriger'} als ${c.where}: Die Häufigkeitszahl ist ${formatRatio(r.rateRatio)}-mal so hoch (${ci}; ${formatPValue(r.pValue)}).`;
  } else {
    text = `Kein deutlicher Unterschied ${c.to}: Verhältnis ${formatRatio(r.rateRatio)} (${ci}), im Rahmen zufälliger Schwankung.`;
  }
  return { notable, direction: dir, text: text + caveats(c.minCases < SMALL_COUNT, []) };
}

/** "im Landkreis Bautzen" / "zum Landkreis Bautzen", "im Erzgebirgskreis", "in der Stadt Chemnitz". */
export function districtPhrases(name: string, kreisTyp: string | null): AreaPhrases {
  const clean = name.replace(/, Stadt$/, '');
  if (kreisTyp === 'Kreisfreie Stadt') return { where: `in der Stadt ${clean}`, to: `zur Stadt ${clean}` };
  if (/kreis/i.test(clean)) return { where: `im ${clean}`, to: `zum ${clean}` };
  return { where: `im Landkreis ${clean}`, to: `zum Landkreis ${clean}` };
}
