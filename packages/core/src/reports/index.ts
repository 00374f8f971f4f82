// Lagebericht (issue 11): gathers the inputs from PKS, survey and reference data; the model and the
// renderers live in @asskomm/report.
export * from './create-lagebericht.ts';
export * from './free-text-themes.ts';
export { type GatherOptions, gatherReportInput, OFFENCE_LINKS } from './gather-report-input.ts';
export * from './list-report-municipalities.ts';
export * from './report-indicators.ts';
export * from './workflow/index.ts';
