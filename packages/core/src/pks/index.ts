// PKS (Polizeiliche Kriminalstatistik): import into the database, reference loader, demo seed,
// analysis (pure) and the profile/map services.

export * from './analysis/build-profile';
export * from './analysis/rates';
export * from './analysis/series-breaks';
export * from './analysis/wording';
export * from './constants';
export { seedMusterstadtPks } from './demo/seed-musterstadt-pks';
export type { ImportLookups } from './import/import-lookups';
export * from './import/import-pks-file';
export type { PksImportSummary, PksSample } from './import/import-summary';
export * from './import/list-pks-imports';
export { FORMAT_LABELS, PKS_IMPORT_FORMATS, type PksImportFormat } from './import/resolve-format';
export * from './profile/get-pks-map';
export * from './profile/get-pks-profile';
export * from './profile/list-pks-keys';
export { type PksArea, type PksAreaKind, resolvePksArea } from './profile/resolve-area';
export { derivePopulationFromHz } from './reference/derive-population';
export { loadPksReference, PKS_REFERENCE_FILES } from './reference/load-pks-reference';
export * from './to-cli-json';
