// @asskomm/report: documents rendered from data. Today: survey letters and the printed questionnaire
// (Typst); the Lagebericht model and renderers come here next.

export * from './certificates/render-certificate.ts';
// The Lagebericht (model and renderers, with echarts, docx, exceljs) is its own entry point,
// `@asskomm/report/lagebericht`, so importing the letters does not load them.
export * from './fonts/font-files.ts';
export * from './letters/index.ts';
