// TypeScript types of the API, inferred from the schemas (z.output: what the server sends or accepts after
// parsing; z.input for request bodies a client builds). The web app imports these, never copies of them.
import type { z } from 'zod';
import type { ZSessionResponse, ZSessionUser } from './auth.ts';
import type {
  ZContact,
  ZMunicipalityDetail,
  ZMunicipalityList,
  ZMunicipalityListItem,
  ZMunicipalityListQuery,
} from './municipalities.ts';
import type {
  ZChange,
  ZComparison,
  ZImportIssue,
  ZImportListResponse,
  ZImportResponse,
  ZImportSummary,
  ZKeysResponse,
  ZMapResponse,
  ZPksSource,
  ZPreviewResponse,
  ZProfilePoint,
  ZProfileResponse,
  ZReferencePoint,
} from './pks.ts';
import type { ZApiError, ZDistrict, ZHealth, ZReferenceStatus, ZSourceNote } from './reference.ts';
import type {
  BREAKDOWNS,
  ZCategory,
  ZCodebookResponse,
  ZEstimate,
  ZExportQuery,
  ZFreeTextsResponse,
  ZItemResult,
  ZMonitoringResponse,
  ZResultsResponse,
  ZWaveSummary,
} from './survey-results.ts';
import type {
  surveyConfigSchema,
  ZLetterPreview,
  ZMargin,
  ZMarginsTemplate,
  ZSampleResponse,
  ZSampleRun,
  ZWaveCreate,
  ZWaveDetail,
  ZWaveListItem,
  ZWaveUpdate,
} from './surveys.ts';
import type { ZCreatedUser, ZPasswordReset, ZUserCreate, ZUserListItem } from './users.ts';

// Accounts
export type User = z.output<typeof ZSessionUser>;
export type SessionResponse = z.output<typeof ZSessionResponse>;
export type ApiErrorBody = z.output<typeof ZApiError>;

export type UserListItem = z.output<typeof ZUserListItem>;
export type UserCreate = z.input<typeof ZUserCreate>;
export type CreatedUser = z.output<typeof ZCreatedUser>;
export type PasswordReset = z.output<typeof ZPasswordReset>;

// Municipalities and reference data
export type MunicipalityListItem = z.output<typeof ZMunicipalityListItem>;
export type MunicipalityList = z.output<typeof ZMunicipalityList>;
export type MunicipalityQuery = Partial<z.output<typeof ZMunicipalityListQuery>>;
export type Contact = z.output<typeof ZContact>;
export type MunicipalityDetail = z.output<typeof ZMunicipalityDetail>;
export type District = z.output<typeof ZDistrict>;
export type ReferenceStatus = z.output<typeof ZReferenceStatus>;
export type Attribution = z.output<typeof ZSourceNote>;
export type Health = z.output<typeof ZHealth>;

// PKS
export type Change = z.output<typeof ZChange>;
export type Comparison = z.output<typeof ZComparison>;
export type RateRatio = Omit<Comparison, 'referenceHz' | 'referenceCases' | 'referencePopulation'>;
export type ProfilePoint = z.output<typeof ZProfilePoint>;
export type ReferencePoint = z.output<typeof ZReferencePoint>;
export type PksProfile = z.output<typeof ZProfileResponse>;
export type ProfileSeries = PksProfile['series'][number];
export type SeriesBreak = ProfileSeries['breaks'][number];
export type AttributionItem = z.output<typeof ZPksSource>;
export type PksMap = z.output<typeof ZMapResponse>;
export type MapItem = PksMap['items'][number];
export type KeyList = z.output<typeof ZKeysResponse>;
export type KeyInfo = KeyList['items'][number];
export type MainGroup = KeyList['mainGroups'][number];
export type ImportIssue = z.output<typeof ZImportIssue>;
export type ImportSummary = z.output<typeof ZImportSummary>;
export type ImportPreview = z.output<typeof ZPreviewResponse>;
export type ImportResult = z.output<typeof ZImportResponse>;
export type ImportLogEntry = z.output<typeof ZImportListResponse>['items'][number];

// Survey waves
export type WaveListItem = z.output<typeof ZWaveListItem>;
export type WaveCounts = Pick<WaveListItem, 'codes' | 'responses'>;
export type WaveDetail = z.output<typeof ZWaveDetail>;
export type SurveyConfig = z.output<typeof surveyConfigSchema>;
export type Margin = z.output<typeof ZMargin>;
export type SampleRun = z.output<typeof ZSampleRun>;
export type SampleResponse = z.output<typeof ZSampleResponse>;
export type LetterPreview = z.output<typeof ZLetterPreview>;
/** The letterhead as printed (municipality record, overlaid by the wave's sender). */
export type LetterSender = LetterPreview['sender'];
export type MarginsTemplate = z.output<typeof ZMarginsTemplate>;
/** What the web sends to create (with ags) or change (without) a wave. */
export type WaveInput = z.input<typeof ZWaveUpdate> & Partial<Pick<z.input<typeof ZWaveCreate>, 'ags'>>;

// Survey results
export type WaveSummary = z.output<typeof ZWaveSummary>;
export type Monitoring = z.output<typeof ZMonitoringResponse>;
export type BatchMonitoring = Monitoring['batches'][number];
export type Estimate = z.output<typeof ZEstimate>;
export type Category = z.output<typeof ZCategory>;
export type ItemResult = z.output<typeof ZItemResult>;
export type DomainResult = NonNullable<ItemResult['domains']>[number];
export type Results = z.output<typeof ZResultsResponse>;
export type Weighting = Results['weighting'];
export type WeightingStatus = Weighting['status'];
export type Breakdown = (typeof BREAKDOWNS)[number];
export type FreeTexts = z.output<typeof ZFreeTextsResponse>;
export type WaveCodebook = z.output<typeof ZCodebookResponse>;
export type CodebookItem = WaveCodebook['items'][number];
export type ExportFormat = z.output<typeof ZExportQuery>['format'];
