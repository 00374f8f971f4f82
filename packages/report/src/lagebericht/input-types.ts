/**
 * What the Lagebericht is built from. The core assembler (core/src/reports) fills this from the PKS
 * profile, the survey results and the reference data; every statistic (HZ with CI, rate tests, weighted
 * shares with CIs, differences between waves) is computed there by the existing core and stats
 * functions. The report layer only selects, orders and words them. Plain data: JSON-serialisable, so a
 * published version can store it and regenerate the same bytes.
 */

/** A rate ratio with its exact interval and test, and whether it is beyond random variation. */
export interface RatioInput {
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  notable: boolean;
  direction: 'hoeher' | 'niedriger' | 'gleich';
  /** German sentence from core's wording rules (pks/analysis/wording.ts). */
  text: string;
}

export interface PksPointInput {
  year: number;
  cases: number;
  population: number | null;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  clearanceRate: number | null;
  changeVsPrevious: RatioInput | null;
  changeVsFiveYearMean: RatioInput | null;
  vsDistrict: RatioInput | null;
  vsSaxony: RatioInput | null;
}

export interface PksReferencePointInput {
  year: number;
  cases: number;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
}

export interface PksSeriesInput {
  key: string;
  label: string;
  groupId: string | null;
  parentGroupId: string | null;
  note: string | null;
  breaks: readonly { label: string; year?: number }[];
  points: readonly PksPointInput[];
  district: readonly PksReferencePointInput[] | null;
  saxony: readonly PksReferencePointInput[] | null;
}

export interface PksInput {
  /** 'gemeinde': the municipality's own rows; 'kreis': its district stands in (no own rows). */
  scope: 'gemeinde' | 'kreis';
  /** Name of the area the figures describe (the municipality or its district): "Landkreis Meißen". */
  areaName: string;
  /** "in Großenhain" / "im Landkreis Meißen". */
  areaWhere: string;
  /** Genitive: "von Großenhain" / "des Landkreises Meißen". */
  areaOf: string;
  districtName: string | null;
  series: readonly PksSeriesInput[];
  denominator: string;
  notes: readonly string[];
}

/** A weighted estimate (share 0…1 or mean) with its 95 % interval and unweighted n. */
export interface EstimateInput {
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  small: boolean;
  suppressed: boolean;
}

/** A binary indicator derived from an item (e.g. "ziemlich/sehr unsicher" from SF01), overall and by group. */
export interface IndicatorInput {
  id: string;
  /** Item the indicator derives from and the answer codes it counts. */
  item: string;
  label: string;
  /** What the share counts, e.g. "ziemlich oder sehr unsicher". */
  meaning: string;
  overall: EstimateInput;
  bySex: readonly GroupEstimate[];
  byAge: readonly GroupEstimate[];
  byDistrict: readonly GroupEstimate[];
  /** Change against the earlier wave (percentage points), null without one. */
  change: DifferenceInput | null;
}

export interface GroupEstimate {
  label: string;
  estimate: EstimateInput;
}

/** Difference of two independent weighted shares (this wave − earlier wave) with its 95 % interval. */
export interface DifferenceInput {
  earlierWaveTitle: string;
  earlier: EstimateInput;
  difference: number;
  ciLow: number;
  ciHigh: number;
  /** The interval excludes 0. */
  notable: boolean;
}

/** The answer distribution of a rating item (valid percentages), overall and by group. */
export interface DistributionInput {
  item: string;
  text: string;
  categories: readonly string[];
  rows: readonly { label: string; n: number; shares: readonly (number | null)[] }[];
}

export interface UnreportedEstimateInput {
  offence: string;
  pksLabel: string;
  pksYear: number;
  recordedCases: number;
  prevalence: EstimateInput;
  population16: number;
  estimatedVictims: number;
  estimatedVictimsLow: number;
  estimatedVictimsHigh: number;
  /** Estimated victims per recorded case, with the interval from the prevalence interval. */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
  reportingRate: EstimateInput | null;
}

export interface PerceptionInput {
  domain: string;
  worry: EstimateInput;
  risk: EstimateInput | null;
  pksLabel: string;
  pksYear: number;
  /** HZ of the area relative to Saxony's (rate ratio with exact CI). */
  vsSaxony: RatioInput | null;
  hz: number | null;
}

export interface PeerComparisonInput {
  /** Number of other municipalities with a wave (their names are never shown). */
  count: number;
  indicator: string;
  median: number;
  min: number;
  max: number;
}

export interface SurveyInput {
  waveId: number;
  title: string;
  fieldStart: string | null;
  fieldEnd: string | null;
  invited: number | null;
  responses: number;
  online: number;
  paper: number;
  responseRate: number | null;
  weighting: {
    applied: boolean;
    message: string | null;
    variables: readonly string[];
    analysed: number;
    excluded: number;
    kishEffect: number | null;
    nEff: number | null;
    weightMin: number | null;
    weightMax: number | null;
    comparison: readonly {
      label: string;
      levels: readonly { label: string; populationShare: number; sampleShare: number }[];
    }[];
  };
  minN: number;
  suppressBelow: number;
  /** Standard item, places, affective/cognitive/conative, incivilities, victimisation, reporting, trust. */
  indicators: readonly IndicatorInput[];
  standardItem: DistributionInput | null;
  /** Angsträume: multiple-choice places with shares. */
  places: readonly { label: string; estimate: EstimateInput }[];
  measures: readonly { label: string; estimate: EstimateInput }[];
  /** Free texts counted by theme (never quoted). */
  freeTextThemes: readonly { theme: string; count: number }[];
  freeTextCount: number;
  earlierWave: { id: number; title: string; fieldStart: string | null } | null;
  peers: readonly PeerComparisonInput[];
  unreported: readonly UnreportedEstimateInput[];
  perception: readonly PerceptionInput[];
}

/**
 * Remarks (Hinweise) of the network module for the municipality in the report period, counted by
 * category. Only counts: no texts, places or reporters.
 */
export interface RemarkCountsInput {
  /** First and last day of the period (YYYY-MM-DD). */
  from: string;
  to: string;
  total: number;
  byCategory: readonly { category: string; count: number }[];
}

export interface MapInput {
  /** GeoJSON FeatureCollection of the district's municipalities, property `ags` identifies each. */
  featureCollection: unknown;
  areas: readonly { id: string; label: string; highlight: boolean }[];
}

export interface AttributionInput {
  title: string;
  text: string;
  url: string | null;
}

export interface ReportInput {
  municipality: {
    ags: string;
    name: string;
    gemeindetyp: string;
    /** "Landkreis Meißen", "Erzgebirgskreis", "Stadt Leipzig". */
    districtName: string;
    /** "im Landkreis Meißen". */
    districtWhere: string;
    /** "des Landkreises Meißen". */
    districtOf: string;
    population: number | null;
    populationMale: number | null;
    populationFemale: number | null;
    areaKm2: number | null;
    density: number | null;
    populationDate: string | null;
    isDemo: boolean;
    preventionCouncil: string | null;
  };
  /** Municipalities in the district and their population, for the Gebietsprofil. */
  districtProfile: { municipalityCount: number; population: number | null } | null;
  map: MapInput | null;
  pks: PksInput | null;
  survey: SurveyInput | null;
  /** Absent in inputs recorded before remarks were counted (they render without the remarks table). */
  remarks?: RemarkCountsInput | null;
  attributions: readonly AttributionInput[];
  /** Recorded in every version so it can be regenerated byte-identically. */
  provenance: ReportProvenance;
}

export interface ReportProvenance {
  /** SHA-256 of the canonical JSON of everything above (computed by the assembler). */
  dataHash: string;
  pksYears: readonly number[];
  waveId: number | null;
  earlierWaveId: number | null;
  softwareVersion: string;
  /** Date the report states as its date (YYYY-MM-DD): an input, never the clock, for reproducibility. */
  reportDate: string;
}
