// @asskomm/charts: ECharts option builders shared by the server renderers (SVG for PDF, DOCX, HTML) and,
// later, the web pages. Browser-safe: no Node APIs, no echarts import (callers bring echarts).
export * from './bar-option.ts';
export * from './error-bars.ts';
export * from './map-option.ts';
export * from './quadrant-option.ts';
export * from './stacked-option.ts';
export * from './theme.ts';
export * from './trend-option.ts';
