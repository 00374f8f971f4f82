// Shapes of the PKS API (apps/server/src/routes/pks/pks.schema.ts).

export interface RateRatio {
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  notable: boolean;
  direction: 'hoeher' | 'niedriger' | 'gleich';
  text: string;
}

export interface Change extends RateRatio {
  baseYears: number[];
  breaks: string[];
}

export interface Comparison extends RateRatio {
  referenceHz: number;
  referenceCases: number;
  referencePopulation: number;
}

export interface ProfilePoint {
  year: number;
  cases: number;
  attempts: number | null;
  cleared: number | null;
  suspects: number | null;
  population: number | null;
  populationDerived: boolean;
  lowerBound?: boolean;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  clearanceRate: number | null;
  changeVsPrevious: Change | null;
  changeVsFiveYearMean: Change | null;
  vsDistrict: Comparison | null;
  vsSaxony: Comparison | null;
}

export interface ReferencePoint {
  year: number;
  cases: number;
  population: number | null;
  populationDerived: boolean;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  clearanceRate: number | null;
  lowerBound: boolean;
}

export interface SeriesBreak {
  year: number;
  affects: 'cases' | 'hz';
  label: string;
  source: string;
}

export interface ProfileSeries {
  key: string;
  label: string;
  sumOf?: string[];
  groupId: string | null;
  parentGroupId: string | null;
  note: string | null;
  breaks: SeriesBreak[];
  points: ProfilePoint[];
  district: ReferencePoint[] | null;
  saxony: ReferencePoint[] | null;
}

export interface AttributionItem {
  id: string;
  title: string;
  text: string;
  url: string | null;
}

export interface PksProfile {
  ags: string;
  name: string;
  kind: 'gemeinde' | 'kreis' | 'land';
  isDemo: boolean;
  district: { ags: string; name: string } | null;
  series: ProfileSeries[];
  denominator: string;
  notes: string[];
  attributions: AttributionItem[];
}

export interface MapItem {
  ags: string;
  name: string;
  kreisTyp: string | null;
  cases: number;
  population: number | null;
  populationDerived: boolean;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  hzPublished: number | null;
  clearanceRate: number | null;
  vsSaxony: Comparison | null;
}

export interface PksMap {
  key: string;
  label: string;
  year: number | null;
  years: number[];
  items: MapItem[];
  saxony: {
    cases: number;
    population: number | null;
    hz: number | null;
    hzCiLow: number | null;
    hzCiHigh: number | null;
  } | null;
  attributions: AttributionItem[];
}

export interface KeyInfo {
  key: string;
  label: string;
  mainGroup: string;
  mainGroupLabel: string;
  isSummary: boolean;
  isWildcard: boolean;
  isTotal: boolean;
  firstYear: number;
  lastYear: number;
  districtYears: number[];
}

export interface MainGroup {
  id: string;
  label: string;
  key: string;
  parentId?: string;
  fallbackSumKeys?: string[];
  note?: string;
}

export interface KeyList {
  items: KeyInfo[];
  mainGroups: MainGroup[];
  districtYears: number[];
}

export interface ImportIssue {
  code: string;
  line?: number;
  column?: string;
  value?: string;
  otherLine?: number;
  message: string;
  omitted?: number;
}

export interface ImportSummary {
  format: 'bka-kreise' | 'kreise-csv' | 'gemeinde' | 'bevoelkerung';
  formatLabel: string;
  source: string;
  filename: string | null;
  areaKind: 'gemeinde' | 'kreis' | 'land' | 'gemischt';
  years: number[];
  rowCount: number;
  areaCount: number;
  keyCount: number;
  encoding: string | null;
  totals: { year: number; cases: number; areas: number }[];
  errorCount: number;
  warningCount: number;
}

export interface ImportPreview {
  ok: boolean;
  summary: ImportSummary;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  replacesRows: number;
  sample: { columns: string[]; rows: (string | number | null)[][] };
}

export interface ImportResult {
  importId: number;
  summary: ImportSummary;
  warnings: ImportIssue[];
  replacedRows: number;
  durationMs: number;
}

export interface ImportLogEntry {
  id: number;
  source: string;
  format: string;
  areaKind: string;
  filename: string | null;
  years: number[];
  rowCount: number;
  replacedRows: number;
  areaCount: number;
  areas: string[];
  warningCount: number;
  warnings: ImportIssue[];
  importedBy: string;
  importedAt: string;
  durationMs: number | null;
}
