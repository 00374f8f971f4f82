// @asskomm/importers: pure file → { rows, warnings, errors } functions (DESIGN.md, "Architecture").
// Reference-data readers live at the subpath "@asskomm/importers/reference".

export { areaKindOf, normalizeAgs } from './pks/ags';
export { BKA_KREISE_COLUMNS, BKA_KREISE_STANDARD_KEYS, importBkaKreise } from './pks/bka-kreise';
export {
  DISTRICT_TABLE_EXTRA_KEYS,
  type KeyCatalogueEntry,
  keyCatalogueMap,
  parseKeyCatalogue,
} from './pks/catalogue';
export { columnsToRows, rowsToColumns } from './pks/columns';
export { detectPksFormat } from './pks/detect';
export { parseGemeindeCsv, parseGemeindeCsvChunks } from './pks/gemeinde/gemeinde-csv';
export { GemeindeCsvParser, type GemeindeParseOptions } from './pks/gemeinde/gemeinde-parser';
export { cellText, parseGemeindeXlsx } from './pks/gemeinde/gemeinde-xlsx';
export {
  GEMEINDE_TEMPLATE_COLUMNS,
  normalizeHeader,
  type TemplateColumn,
} from './pks/gemeinde/template-columns';
export { importGemeinde, importPks } from './pks/import-pks';
export { ISSUE_CODES, type IssueCode } from './pks/issues';
export { ancestorsOf } from './pks/key-hierarchy';
export {
  classifyKey,
  isValidKeySyntax,
  type KeyClass,
  MAIN_GROUP_LABELS,
  type MainGroupCode,
  normalizeKey,
  TOTAL_KEY,
} from './pks/keys';
export { importKreiseCsv, KREISE_CSV_COLUMNS } from './pks/kreise-csv';
export { MAIN_OFFENCE_GROUPS, MAIN_OFFENCE_KEYS, type MainOffenceGroup } from './pks/main-groups';
export { PKS_SERIES_BREAKS, type SeriesBreak } from './pks/series-breaks';
export * from './pks/types';
export { yearFromFilename } from './pks/year-from-filename';
export {
  importPopulation,
  type PopulationImportOptions,
  type PopulationRow,
} from './population/import-population';
export {
  GEMEINDE_BENCH_HEADER,
  type GenerateGemeindeOptions,
  generateGemeindePksCsv,
} from './synthetic/gemeinde-csv';
export {
  generateMusterstadtPks,
  type MusterstadtData,
  type MusterstadtOptions,
} from './synthetic/musterstadt';
export { mulberry32, type Rng } from './synthetic/prng';
export { binomial, poisson } from './synthetic/sampling';
