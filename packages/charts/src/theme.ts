/**
 * Shared look of all charts: the project's shipped sans font (Fira Sans, matching KERN) and a palette
 * that stays distinguishable in greyscale print. Option builders only produce plain ECharts options, so
 * the same code runs in the browser (canvas) and on the server (SVG for PDF, DOCX and HTML).
 */
export const CHART_FONT = 'Fira Sans';

/** Municipality, district, Saxony, further series. */
export const PALETTE = ['#004b87', '#d9822b', '#6b7b8c', '#2e8b57', '#8e44ad', '#b03a2e'] as const;

export const BASE_TEXT = { fontFamily: CHART_FONT, fontSize: 11, color: '#1b1b1b' } as const;

/** German number format with a fixed number of decimals ("4.325,6"). */
export function formatNumber(value: number, decimals = 0): string {
  return new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** Common option parts: no animation (server rendering), the font, a legend at the bottom. */
export function baseOption(): Record<string, unknown> {
  return {
    animation: false,
    textStyle: { ...BASE_TEXT },
    color: [...PALETTE],
  };
}
