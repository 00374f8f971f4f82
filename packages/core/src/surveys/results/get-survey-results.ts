import type { CoreContext } from '../../context.ts';
import { type ComputeResultsOptions, computeResults } from './compute-results.ts';
import { type AnalysisWave, type AnyActor, loadAnalysisWave, waveCodebook } from './load-analysis-wave.ts';
import { loadMargins, loadResponses } from './load-responses.ts';
import type { SurveyResults } from './results-types.ts';

export interface WaveSummary {
  readonly id: number;
  readonly ags: string;
  readonly municipalityName: string;
  readonly title: string;
  readonly status: AnalysisWave['status'];
  readonly isDemo: boolean;
  readonly fieldStart: string | null;
  readonly fieldEnd: string | null;
}

export function waveSummary(wave: AnalysisWave): WaveSummary {
  return {
    id: wave.id,
    ags: wave.ags,
    municipalityName: wave.municipalityName,
    title: wave.title,
    status: wave.status,
    isDemo: wave.isDemo,
    fieldStart: wave.fieldStart,
    fieldEnd: wave.fieldEnd,
  };
}

/** Rounds non-integer numbers to 6 decimals (0.0001 percentage points), keeping the JSON small. */
export function roundNumbers<T>(value: T): T {
  if (typeof value === 'number')
    return (Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6) as T;
  if (Array.isArray(value)) return value.map(roundNumbers) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)])) as T;
  }
  return value;
}

export type SurveyResultsResponse = SurveyResults & { readonly wave: WaveSummary };

/** Weighted results of a wave for an account with survey:read for its municipality. */
export async function getSurveyResults(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
  options: ComputeResultsOptions = {},
): Promise<SurveyResultsResponse> {
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:read');
  const [responses, margins] = await Promise.all([loadResponses(ctx, waveId), loadMargins(ctx, waveId)]);
  const { weightingOutcome: _, ...results } = computeResults({
    codebook: waveCodebook(wave),
    responses,
    margins,
    options,
  });
  return { wave: waveSummary(wave), ...roundNumbers(results) };
}
