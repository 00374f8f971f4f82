// @asskomm/report: documents rendered from data. Today: survey letters and the printed questionnaire
// (Typst); the Lagebericht model and renderers come here next.

export * from './fonts/font-files.ts';
export * from './lagebericht/index.ts';
export * from './letters/index.ts';
