/**
 * The survey part of the Lagebericht input: weighted indicator shares overall and by sex, age group
 * and district (core's computeResults on the codebook with derived indicators), the standard item's
 * distribution, Angsträume and measures, free texts counted by theme, and the change against an
 * earlier wave (stats.independentDifference). No statistics are computed in the report package.
 */
import type {
  DistributionInput,
  EstimateInput,
  IndicatorInput,
  SurveyInput,
} from '@asskomm/report/lagebericht';
import { independentDifference } from '@asskomm/stats';
import type { CoreContext } from '../context.ts';
import { getSurveyMonitoring } from '../surveys/monitoring/get-survey-monitoring.ts';
import { computeResults } from '../surveys/results/compute-results.ts';
import { type AnyActor, loadAnalysisWave, waveCodebook } from '../surveys/results/load-analysis-wave.ts';
import { loadMargins, loadResponses } from '../surveys/results/load-responses.ts';
import type { ItemResult, ResultEstimate, SurveyResults } from '../surveys/results/results-types.ts';
import { countFreeTextThemes } from './free-text-themes.ts';
import { derivedCode, deriveValues, withIndicators } from './report-indicators.ts';

const BREAKDOWNS = { sex: 'SD_GESCHLECHT', age: 'SD_ALTER', district: 'SD_ORTSTEIL' } as const;

export const toEstimate = (e: ResultEstimate | null | undefined): EstimateInput =>
  e
    ? {
        estimate: e.estimate,
        ciLow: e.ciLow,
        ciHigh: e.ciHigh,
        n: e.n,
        small: e.small,
        suppressed: e.suppressed,
      }
    : { estimate: null, ciLow: null, ciHigh: null, n: 0, small: true, suppressed: true };

/** Share of code 1 of a derived item. */
const yes = (item: ItemResult | undefined) => item?.categories.find((c) => c.code === 1)?.share;

export interface WaveAnalysis {
  waveId: number;
  title: string;
  overall: SurveyResults;
  by: Record<keyof typeof BREAKDOWNS, SurveyResults>;
  codebookItems: ReturnType<typeof withIndicators>['codebook']['items'];
  defs: ReturnType<typeof withIndicators>['defs'];
  responses: Awaited<ReturnType<typeof loadResponses>>;
  wave: Awaited<ReturnType<typeof loadAnalysisWave>>;
}

/** Runs the survey analysis for a wave: overall and by each breakdown, on the derived indicators. */
export async function analyseWave(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
  withBreakdowns = true,
): Promise<WaveAnalysis> {
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:read');
  const [raw, margins] = await Promise.all([loadResponses(ctx, waveId), loadMargins(ctx, waveId)]);
  const { codebook, defs } = withIndicators(waveCodebook(wave));
  const responses = deriveValues(raw, codebook, defs);
  const derived = defs.map((d) => derivedCode(d.item));
  const extra = ['SF01', 'ANG_ORTE', 'MAS_WAHL'].filter((c) => codebook.items.some((i) => i.code === c));
  const run = (by: string | null, items: string[]) =>
    computeResults({ codebook, responses, margins, options: { by, items } });
  const overall = run(null, [...derived, ...extra]);
  const by = withBreakdowns
    ? {
        sex: run(BREAKDOWNS.sex, [...derived, 'SF01']),
        age: run(BREAKDOWNS.age, [...derived, 'SF01']),
        district: run(BREAKDOWNS.district, [...derived, 'SF01']),
      }
    : { sex: overall, age: overall, district: overall };
  return {
    waveId,
    title: wave.title,
    overall,
    by,
    codebookItems: codebook.items,
    defs,
    responses: raw,
    wave,
  };
}

/** Weighted share "code 1" of an indicator in an analysis, overall. */
export function indicatorShare(a: WaveAnalysis, item: string): ResultEstimate | undefined {
  return yes(a.overall.items.find((i) => i.code === derivedCode(item)));
}

function groups(results: SurveyResults, item: string) {
  const r = results.items.find((i) => i.code === derivedCode(item));
  return (r?.domains ?? []).map((d) => ({
    label: d.label,
    estimate: toEstimate(d.categories.find((c) => c.code === 1)?.share),
  }));
}

function shortLabel(text: string): string {
  return text
    .replace(/^…\s*/, '')
    .replace(/\s*\?$/, '')
    .replace(/\.$/, '');
}

function distribution(a: WaveAnalysis): DistributionInput | null {
  const item = a.overall.items.find((i) => i.code === 'SF01');
  if (!item) return null;
  const categories = item.categories.map((c) => c.label);
  const row = (label: string, n: number, cats: ItemResult['categories']) => ({
    label,
    n,
    shares: cats.map((c) => c.share.estimate),
  });
  const rows = [row('Insgesamt', item.valid, item.categories)];
  for (const key of ['sex', 'age'] as const) {
    const byItem = a.by[key].items.find((i) => i.code === 'SF01');
    for (const d of byItem?.domains ?? [])
      if (d.valid >= a.overall.suppressBelow) rows.push(row(d.label, d.valid, d.categories));
  }
  return { item: 'SF01', text: item.text, categories, rows };
}

export async function surveyForReport(
  ctx: CoreContext,
  actor: AnyActor,
  current: WaveAnalysis,
  earlier: WaveAnalysis | null,
): Promise<Omit<SurveyInput, 'unreported' | 'perception' | 'peers'>> {
  const a = current;
  const monitoring = await getSurveyMonitoring(ctx, actor, a.waveId);
  const indicators: IndicatorInput[] = a.defs.map((d) => {
    const source = a.codebookItems.find((i) => i.code === d.item)!;
    const overall = indicatorShare(a, d.item);
    const before = earlier ? indicatorShare(earlier, d.item) : undefined;
    let change: IndicatorInput['change'] = null;
    if (
      earlier &&
      overall?.estimate != null &&
      overall.se != null &&
      before?.estimate != null &&
      before.se != null
    ) {
      const diff = independentDifference(overall.estimate, overall.se, before.estimate, before.se);
      change = {
        earlierWaveTitle: earlier.title,
        earlier: toEstimate(before),
        difference: diff.difference,
        ciLow: diff.ciLow,
        ciHigh: diff.ciHigh,
        notable: diff.ciLow > 0 || diff.ciHigh < 0,
      };
    }
    return {
      id: d.item,
      item: d.item,
      label: shortLabel(source.text),
      meaning: d.meaning,
      overall: toEstimate(overall),
      bySex: groups(a.by.sex, d.item).filter((g) => !/divers/i.test(g.label)),
      byAge: groups(a.by.age, d.item),
      byDistrict: groups(a.by.district, d.item),
      change,
    };
  });
  const multi = (code: string, skip: readonly number[]) =>
    (a.overall.items.find((i) => i.code === code)?.categories ?? [])
      .filter((c) => !skip.includes(c.code))
      .map((c) => ({ label: c.label, estimate: toEstimate(c.share) }));
  const texts = a.responses.flatMap((r) =>
    ['ANG_TEXT', 'MAS_TEXT']
      .map((k) => r.values[k])
      .filter((x): x is string => typeof x === 'string' && x.trim() !== ''),
  );
  const w = a.overall.weighting;
  return {
    waveId: a.waveId,
    title: a.title,
    fieldStart: a.wave.fieldStart,
    fieldEnd: a.wave.fieldEnd,
    invited: monitoring.invited || a.wave.sampleSize,
    responses: monitoring.responses.total,
    online: monitoring.responses.online,
    paper: monitoring.responses.paper,
    responseRate: monitoring.rate,
    weighting: {
      applied: w.applied,
      message: w.message,
      variables: w.variables.map((x) => x.label),
      analysed: w.analysed,
      excluded: w.excluded,
      kishEffect: w.kish?.effect ?? null,
      nEff: w.kish?.nEff ?? null,
      weightMin: w.weightRange?.min ?? null,
      weightMax: w.weightRange?.max ?? null,
      comparison: w.comparison.map((c) => ({
        label: c.label,
        levels: c.levels.map((l) => ({
          label: l.label,
          populationShare: l.populationShare,
          sampleShare: l.sampleShare,
        })),
      })),
    },
    minN: a.overall.minN,
    suppressBelow: a.overall.suppressBelow,
    indicators,
    standardItem: distribution(a),
    // 0 = "Nein, solche Orte gibt es nicht", 97 = "Andere Orte" (counted in the free-text themes).
    places: multi('ANG_ORTE', [0, 97]),
    measures: multi('MAS_WAHL', [0]),
    freeTextThemes: countFreeTextThemes(texts),
    freeTextCount: texts.length,
    earlierWave: earlier
      ? { id: earlier.waveId, title: earlier.title, fieldStart: earlier.wave.fieldStart }
      : null,
  };
}
