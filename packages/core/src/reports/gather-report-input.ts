/**
 * Gathers everything the Lagebericht needs for one municipality from the existing core functions:
 * reference data (GV100AD, boundaries), the PKS profile (or the district's when the municipality has no
 * own rows), the survey analysis of the latest evaluated wave and an earlier one, and other
 * municipalities' ranges. Returns the report input with its provenance (data hash, PKS years, waves,
 * software version, report date), from which the model and every rendering follow deterministically.
 */
import { createHash } from 'node:crypto';
import { districts, municipalities, surveyResponses, surveyWaves } from '@asskomm/db';
import { MAIN_OFFENCE_KEYS } from '@asskomm/importers';
import type {
  PeerComparisonInput,
  PerceptionInput,
  PksInput,
  ReportInput,
  UnreportedEstimateInput,
} from '@asskomm/report/lagebericht';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Actor, CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { getBoundaries } from '../municipalities/list-districts.ts';
import type { RateRatioEstimate } from '../pks/analysis/rates.ts';
import type { Assessment } from '../pks/analysis/wording.ts';
import { getPksProfile, type PksProfile } from '../pks/profile/get-pks-profile.ts';
import { VERSION } from '../platform/version.ts';
import { ATTRIBUTIONS } from '../reference/attributions.ts';
import { todayInGermany } from '../surveys/monitoring/get-survey-monitoring.ts';
import { loadMargins } from '../surveys/results/load-responses.ts';
import { countReportRemarks } from './count-report-remarks.ts';
import {
  analyseWave,
  indicatorShare,
  surveyForReport,
  toEstimate,
  type WaveAnalysis,
} from './survey-for-report.ts';

export interface GatherOptions {
  ags: string;
  /** Survey wave to report; default the latest evaluated wave of the municipality. */
  waveId?: number;
  /** Date the report states (YYYY-MM-DD); default today in Germany. Recorded for regeneration. */
  reportDate?: string;
}

/** Raub is not a main group of the profile but needed for the perception comparison. */
const REPORT_KEYS = [...MAIN_OFFENCE_KEYS, '210000'];

/** Survey offence → PKS key, for the unreported-crime estimate and the perception comparison. */
export const OFFENCE_LINKS = [
  { vik: 'VIK_01', aff: 'AFF_05', kog: 'KOG_05', key: '****00', offence: 'Diebstahl' },
  { vik: 'VIK_02', aff: 'AFF_02', kog: 'KOG_02', key: '435*00', offence: 'Wohnungseinbruch' },
  { vik: 'VIK_03', aff: 'AFF_03', kog: 'KOG_03', key: '210000', offence: 'Raub' },
  { vik: 'VIK_04', aff: 'AFF_01', kog: 'KOG_01', key: '220000', offence: 'Körperverletzung' },
  { vik: 'VIK_06', aff: null, kog: null, key: '674000', offence: 'Sachbeschädigung' },
] as const;

const WAVE_WITH_DATA = sql`exists (select 1 from ${surveyResponses} r where r.wave_id = ${surveyWaves.id})`;

async function wavesOf(ctx: CoreContext, ags: string) {
  return ctx.db
    .select({ id: surveyWaves.id, title: surveyWaves.title, fieldStart: surveyWaves.fieldStart })
    .from(surveyWaves)
    .where(and(eq(surveyWaves.ags, ags), eq(surveyWaves.status, 'ausgewertet'), WAVE_WITH_DATA))
    .orderBy(desc(surveyWaves.fieldStart), desc(surveyWaves.id));
}

/** Display name and German phrases of a district: "Landkreis Meißen", "im Landkreis Meißen", "des Landkreises Meißen". */
export function districtNames(name: string, kreisTyp: string | null) {
  const clean = name.replace(/, Stadt$/, '');
  if (kreisTyp === 'Kreisfreie Stadt')
    return { label: `Stadt ${clean}`, where: `in der Stadt ${clean}`, of: `der Stadt ${clean}` };
  if (/kreis/i.test(clean))
    return { label: clean, where: `im ${clean}`, of: `des ${/kreis$/.test(clean) ? `${clean}es` : clean}` };
  return { label: `Landkreis ${clean}`, where: `im Landkreis ${clean}`, of: `des Landkreises ${clean}` };
}

/** "Großenhain, Stadt" → "Großenhain". */
export const shortMunicipalityName = (name: string) => name.replace(/, (Stadt|Gemeinde)$/, '');

function toPksInput(
  profile: PksProfile,
  scope: PksInput['scope'],
  names: { label: string; where: string; of: string },
  districtName: string | null,
): PksInput {
  type Ratio = Pick<RateRatioEstimate, 'rateRatio' | 'ciLow' | 'ciHigh' | 'pValue'> & Assessment;
  const ratio = (r: Ratio | null) =>
    r
      ? {
          rateRatio: r.rateRatio,
          ciLow: r.ciLow,
          ciHigh: r.ciHigh,
          pValue: r.pValue,
          notable: r.notable,
          direction: r.direction,
          text: r.text,
        }
      : null;
  return {
    scope,
    areaName: names.label,
    areaWhere: names.where,
    areaOf: names.of,
    districtName,
    series: profile.series.map((s) => ({
      key: s.key,
      label: s.label,
      groupId: s.groupId,
      parentGroupId: s.parentGroupId,
      note: s.note,
      breaks: s.breaks.map((b) => ({ label: (b as { label?: string }).label ?? String(b) })),
      points: s.points.map((p) => ({
        year: p.year,
        cases: p.cases,
        population: p.population,
        hz: p.hz,
        hzCiLow: p.hzCiLow,
        hzCiHigh: p.hzCiHigh,
        clearanceRate: p.clearanceRate,
        changeVsPrevious: ratio(p.changeVsPrevious),
        changeVsFiveYearMean: ratio(p.changeVsFiveYearMean),
        vsDistrict: ratio(p.vsDistrict),
        vsSaxony: ratio(p.vsSaxony),
      })),
      district:
        s.district?.map((p) => ({
          year: p.year,
          cases: p.cases,
          hz: p.hz,
          hzCiLow: p.hzCiLow,
          hzCiHigh: p.hzCiHigh,
        })) ?? null,
      saxony:
        s.saxony?.map((p) => ({
          year: p.year,
          cases: p.cases,
          hz: p.hz,
          hzCiLow: p.hzCiLow,
          hzCiHigh: p.hzCiHigh,
        })) ?? null,
    })),
    denominator: profile.denominator,
    notes: profile.notes.filter((n) => !/keine PKS-Daten importiert/.test(n)),
  };
}

async function peerRanges(
  ctx: CoreContext,
  actor: Actor | string,
  ags: string,
  isDemo: boolean,
): Promise<PeerComparisonInput[]> {
  // Latest evaluated wave of every other municipality (demo waves only compare with demo waves).
  const rows = await ctx.db
    .select({ id: surveyWaves.id, ags: surveyWaves.ags })
    .from(surveyWaves)
    .where(
      and(
        ne(surveyWaves.ags, ags),
        eq(surveyWaves.status, 'ausgewertet'),
        eq(surveyWaves.isDemo, isDemo),
        WAVE_WITH_DATA,
      ),
    )
    .orderBy(desc(surveyWaves.fieldStart));
  const latest = [...new Map(rows.reverse().map((r) => [r.ags, r.id])).values()];
  if (latest.length < 3) return [];
  const analyses: WaveAnalysis[] = [];
  for (const id of latest) analyses.push(await analyseWave(ctx, actor, id, false));
  const out: PeerComparisonInput[] = [];
  for (const indicator of ['SF01', 'KON_03', 'VIK_01']) {
    const values = analyses
      .map((a) => indicatorShare(a, indicator)?.estimate)
      .filter((x): x is number => x != null)
      .sort((a, b) => a - b);
    if (values.length < 3) continue;
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    out.push({ count: values.length, indicator, median, min: values[0]!, max: values.at(-1)! });
  }
  return out;
}

/** Stable JSON (sorted keys), so the data hash does not depend on property order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export async function gatherReportInput(
  ctx: CoreContext,
  actor: Actor | string,
  options: GatherOptions,
): Promise<ReportInput> {
  const [row] = await ctx.db
    .select({
      m: municipalities,
      kreisName: districts.name,
      kreisTyp: districts.kreisTyp,
      kreisPop: districts.population,
      kreisCount: districts.municipalityCount,
    })
    .from(municipalities)
    .innerJoin(districts, eq(districts.kreisSchluessel, municipalities.kreisSchluessel))
    .where(eq(municipalities.ags, options.ags));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${options.ags}.` });
  const m = row.m;
  const district = districtNames(row.kreisName, row.kreisTyp);
  const short = shortMunicipalityName(m.name);

  // PKS: own rows, else the district's published figures.
  let pks: PksInput | null = null;
  const own = await getPksProfile(ctx, actor, m.ags, { keys: REPORT_KEYS });
  if (own.series.some((s) => s.points.length > 0))
    pks = toPksInput(
      own,
      'gemeinde',
      { label: short, where: `in ${short}`, of: `von ${short}` },
      district.label,
    );
  else {
    const kreis = await getPksProfile(ctx, actor, m.kreisSchluessel, { keys: REPORT_KEYS });
    if (kreis.series.some((s) => s.points.length > 0))
      pks = toPksInput(kreis, 'kreis', district, district.label);
  }

  // Survey: the chosen (or latest) wave and the one before it.
  const waves = await wavesOf(ctx, m.ags);
  const currentId = options.waveId ?? waves[0]?.id ?? null;
  if (options.waveId != null && !waves.some((w) => w.id === options.waveId))
    throw new AppError('NOT_FOUND', {
      userMessage: `Die Befragung ${options.waveId} gehört nicht zu ${m.name} oder ist nicht ausgewertet.`,
    });
  let survey: ReportInput['survey'] = null;
  if (currentId != null) {
    const current = await analyseWave(ctx, actor, currentId);
    const idx = waves.findIndex((w) => w.id === currentId);
    const before = waves
      .slice(idx + 1)
      .find((w) => (w.fieldStart ?? '') < (current.wave.fieldStart ?? '\uffff'));
    const earlier = before ? await analyseWave(ctx, actor, before.id, false) : null;
    const base = await surveyForReport(ctx, actor, current, earlier);
    const margins = await loadMargins(ctx, currentId);
    const firstVar = margins[0]?.variable;
    const population16 =
      margins.filter((x) => x.variable === firstVar).reduce((s, x) => s + x.count, 0) || null;
    const latestPoint = (key: string, compared = false) => {
      const series = pks?.series.find((s) => s.key === key);
      const point = series
        ? [...series.points].reverse().find((p) => p.hz != null && (!compared || p.vsSaxony != null))
        : undefined;
      return series && point ? { series, point } : null;
    };
    const unreported: UnreportedEstimateInput[] = [];
    const perception: PerceptionInput[] = [];
    for (const link of OFFENCE_LINKS) {
      const pk = latestPoint(link.key);
      const prevalence = base.indicators.find((i) => i.id === link.vik)?.overall;
      // Dunkelfeld only with the municipality's own cases: district cases and a municipal survey do not match.
      if (
        pk &&
        pks?.scope === 'gemeinde' &&
        prevalence?.estimate != null &&
        population16 &&
        pk.point.cases > 0
      ) {
        const n = population16;
        const est = prevalence.estimate * n;
        unreported.push({
          offence: link.offence,
          pksLabel: pk.series.label,
          pksYear: pk.point.year,
          recordedCases: pk.point.cases,
          prevalence,
          population16: n,
          estimatedVictims: Math.round(est),
          estimatedVictimsLow: Math.round((prevalence.ciLow ?? 0) * n),
          estimatedVictimsHigh: Math.round((prevalence.ciHigh ?? 0) * n),
          ratio: est / pk.point.cases,
          ratioLow: ((prevalence.ciLow ?? 0) * n) / pk.point.cases,
          ratioHigh: ((prevalence.ciHigh ?? 0) * n) / pk.point.cases,
          reportingRate: base.indicators.find((i) => i.id === `${link.vik}_POL`)?.overall ?? null,
        });
      }
      // Perception: the latest year with a comparison against Saxony.
      const pc = latestPoint(link.key, true);
      if (pc && link.aff) {
        const worry = base.indicators.find((i) => i.id === link.aff)?.overall;
        if (worry)
          perception.push({
            domain: link.offence,
            worry,
            risk: base.indicators.find((i) => i.id === link.kog)?.overall ?? null,
            pksLabel: pc.series.label,
            pksYear: pc.point.year,
            vsSaxony: pc.point.vsSaxony,
            hz: pc.point.hz,
          });
      }
    }
    survey = { ...base, peers: await peerRanges(ctx, actor, m.ags, m.isDemo), unreported, perception };
  }

  // Locator map: the municipalities of the district.
  let map: ReportInput['map'] = null;
  if (!m.isDemo) {
    const all = await getBoundaries(ctx, 'gemeinde');
    const features = all.features.filter((f) => f.properties.kreis_schluessel === m.kreisSchluessel);
    if (features.some((f) => f.properties.ags === m.ags))
      map = {
        featureCollection: { type: 'FeatureCollection', features },
        areas: features.map((f) => ({
          id: f.properties.ags as string,
          label: (f.properties.name as string).replace(/, Stadt$/, ''),
          highlight: f.properties.ags === m.ags,
        })),
      };
  }

  const reportDate = options.reportDate ?? todayInGermany();
  const remarkCounts = await countReportRemarks(ctx, m.ags, reportDate);

  const attributionIds = ['gemeinden', 'grenzen', ...(pks ? ['pks-kreise', 'pks-schluessel'] : []), 'lizenz'];
  const body: Omit<ReportInput, 'provenance'> = {
    municipality: {
      ags: m.ags,
      name: short,
      gemeindetyp: m.gemeindetyp,
      districtName: district.label,
      districtWhere: district.where,
      districtOf: district.of,
      population: m.population,
      populationMale: m.populationMale,
      populationFemale: m.populationFemale,
      areaKm2: m.areaKm2,
      density: m.population != null && m.areaKm2 ? Math.round((m.population / m.areaKm2) * 10) / 10 : null,
      populationDate: m.populationDate,
      isDemo: m.isDemo,
      preventionCouncil: m.preventionCouncilName,
    },
    districtProfile: { municipalityCount: row.kreisCount ?? 0, population: row.kreisPop },
    map,
    pks,
    survey,
    remarks: remarkCounts,
    attributions: attributionIds
      .map((id) => ATTRIBUTIONS[id])
      .filter((a) => a !== undefined)
      .map((a) => ({ title: a.title, text: a.text, url: a.url })),
  };
  const dataHash = createHash('sha256').update(canonical(body)).digest('hex');
  return {
    ...body,
    provenance: {
      dataHash,
      pksYears: [...new Set(pks?.series.flatMap((s) => s.points.map((p) => p.year)) ?? [])].sort(
        (a, b) => a - b,
      ),
      waveId: survey?.waveId ?? null,
      earlierWaveId: survey?.earlierWave?.id ?? null,
      softwareVersion: VERSION,
      reportDate,
    },
  };
}

export { toEstimate };
