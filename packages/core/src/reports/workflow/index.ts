// Lagebericht workflow (drafts, published versions, files); the demo's published version.
export * from './load-report-rows.ts';
export * from './publish-report-draft.ts';
export * from './report-drafts.ts';
export * from './report-edits.ts';
export * from './report-files.ts';
export * from './report-versions.ts';
export * from './report-view.ts';
export * from './seed-demo-report.ts';
