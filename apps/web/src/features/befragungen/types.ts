// Types of the survey API (/api/surveys…) as the admin module "Befragungen" uses them.

export type WaveStatus = 'entwurf' | 'feldphase' | 'abgeschlossen' | 'ausgewertet';

export interface WaveCounts {
  codes: { total: number; used: number };
  responses: number;
}

export interface WaveListItem extends WaveCounts {
  id: number;
  ags: string;
  municipalityName: string;
  title: string;
  status: WaveStatus;
  fieldStart: string | null;
  fieldEnd: string | null;
  sampleSize: number | null;
  isDemo: boolean;
}

export interface SurveyConfig {
  districts: string[];
  localPlaces: string[];
  enabledOptionalBlocks: string[];
}

export interface Margin {
  variable: string;
  level: string;
  count: number;
}

export interface SampleRun {
  id: number;
  seed: number;
  registerRows: number;
  eligibleRows: number;
  sampleSize: number;
  allocation: unknown;
  createdAt: string;
  lettersAvailable: boolean;
  voidedAt: string | null;
  codesVoided: number;
}

export interface LetterSender {
  municipalityName: string;
  department?: string;
  street: string;
  postalCode: string;
  city: string;
  contactPerson?: string;
  phone?: string;
  email?: string;
  signatoryName: string;
  signatoryRole: string;
}

export interface LetterPreview {
  sender: LetterSender;
  waveSender: Partial<LetterSender>;
  surveyAddress: string | null;
  publicUrl: string | null;
  publicUrlSource: 'einstellung' | 'umgebung' | null;
  senderMissing: string[];
  ready: boolean;
}

export interface BatchMonitoring {
  id: number | null;
  createdAt: string | null;
  letters: number;
  codes: number;
  used: number;
  onlineRate: number | null;
  voidedAt: string | null;
  codesVoided: number;
}

export interface MarginsTemplate {
  variables: { variable: string; label: string; levels: { level: string; label: string }[] }[];
}

export interface WaveDetail extends WaveListItem {
  config: SurveyConfig;
  questionnaireVersion: string | null;
  margins: Margin[];
  sampleRuns: SampleRun[];
}

export interface WaveInput {
  ags?: string;
  title?: string;
  fieldStart?: string | null;
  fieldEnd?: string | null;
  sampleSize?: number | null;
  config?: SurveyConfig;
  sender?: Partial<LetterSender>;
}

export interface SampleResponse {
  sampleRun: SampleRun;
  codesCreated: number;
  invitationsPdf: string;
  remindersPdf: string;
}

export interface WaveSummary {
  id: number;
  ags: string;
  municipalityName: string;
  title: string;
  status: WaveStatus;
  isDemo: boolean;
  fieldStart: string | null;
  fieldEnd: string | null;
}

export interface Monitoring {
  wave: WaveSummary & { sampleSize: number | null };
  batches: BatchMonitoring[];
  invited: number;
  codes: { total: number; used: number };
  responses: { total: number; online: number; paper: number };
  rate: number | null;
  byDistrict: {
    district: string | null;
    invited: number;
    online: number;
    paper: number;
    rate: number | null;
  }[];
  paperWithoutDistrict: number;
  perDay: { date: string; online: number; paper: number; cumulative: number }[];
}

export interface Estimate {
  estimate: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  small: boolean;
  suppressed: boolean;
}

export interface Category {
  code: number;
  label: string;
  count: number;
  share: Estimate;
}

export interface DomainResult {
  code: number;
  label: string;
  valid: number;
  categories: Category[];
  mean: Estimate | null;
}

export interface ItemResult {
  code: string;
  text: string;
  type: 'single' | 'multi';
  block: string;
  page: string;
  pageTitle: string;
  group: string | null;
  groupTitle: string | null;
  scale: boolean;
  scaleEnds: { low: string; high: string } | null;
  answered: number;
  valid: number;
  noAnswer: number;
  categories: Category[];
  nonSubstantive: Category[];
  mean: Estimate | null;
  domains?: DomainResult[];
}

export type WeightingStatus =
  | 'raked'
  | 'no-margins'
  | 'invalid-margins'
  | 'unweighted-requested'
  | 'too-few-responses';

export interface Weighting {
  status: WeightingStatus;
  applied: boolean;
  message: string | null;
  warnings: string[];
  variables: { variable: string; label: string }[];
  analysed: number;
  excluded: number;
  excludedBy: { variable: string; label: string; count: number }[];
  kish: { effect: number; nEff: number } | null;
  weightRange: { min: number; max: number } | null;
  comparison: {
    variable: string;
    label: string;
    levels: {
      level: string;
      label: string;
      population: number;
      populationShare: number;
      sampleCount: number;
      sampleShare: number;
      weightedShare: number | null;
    }[];
  }[];
}

export type Breakdown = 'SD_ALTER' | 'SD_GESCHLECHT' | 'SD_ORTSTEIL';

export interface Results {
  wave: WaveSummary;
  responses: number;
  minN: number;
  suppressBelow: number;
  level: number;
  weighting: Weighting;
  by: {
    variable: string;
    label: string;
    levels: { code: number; label: string; n: number }[];
    missing: number;
  } | null;
  items: ItemResult[];
}

export interface FreeTexts {
  wave: WaveSummary;
  items: { code: string; text: string; pageTitle: string; answers: { text: string; masked: boolean }[] }[];
}

export interface CodebookItem {
  code: string;
  text: string;
  type: 'single' | 'multi' | 'text';
  page: string;
  pageTitle: string;
  groupTitle: string | null;
  values: { code: number; label: string; missing: boolean; exclusive: boolean }[];
  maxSelected: number | null;
  maxLength: number | null;
  showIf: { item: string; equals: number } | null;
}

export interface WaveCodebook {
  wave: WaveSummary;
  questionnaireVersion: string | null;
  items: CodebookItem[];
}

export type ExportFormat = 'csv' | 'xlsx' | 'spss' | 'r';
