/**
 * Fieldwork monitoring of a wave: response rate overall and by district, returns per day by mode.
 *
 * - Invited = access codes issued for the wave (each sampled person gets one; codes printed separately
 *   count too). Without codes the wave's planned sample size is used.
 * - Once fieldwork has ended the per-code rows are gone; their counts by district (survey_code_counts)
 *   take their place.
 * - Online returns by district come from the used codes: the district is that of the register extract
 *   the sample was drawn from. Paper returns carry no code; they are attributed to the district the
 *   respondent stated (SD_ORTSTEIL), and counted apart when none was stated.
 * - Returns per day: the day of the response (survey_responses.submitted_on, never a time), by mode,
 *   with every day from the start of the field period to its end (or today) and the running total.
 */
import {
  surveyAccessCodes,
  surveyCodeCounts,
  surveyResponseInbox,
  surveyResponses,
  surveySampleRuns,
} from '@asskomm/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import { type WaveSummary, waveSummary } from '../results/get-survey-results.ts';
import { type AnyActor, loadAnalysisWave } from '../results/load-analysis-wave.ts';

export interface DistrictMonitoring {
  /** District name, null for codes without a district (e.g. printed separately). */
  readonly district: string | null;
  readonly invited: number;
  /** Online returns (codes used). */
  readonly online: number;
  /** Paper returns with this district stated in the questionnaire. */
  readonly paper: number;
  /** (online + paper) / invited, null without invitations. */
  readonly rate: number | null;
}

export interface DayMonitoring {
  readonly date: string;
  readonly online: number;
  readonly paper: number;
  readonly cumulative: number;
}

/** One letter batch (sample run), or the codes made without a sample (id null). */
export interface BatchMonitoring {
  readonly id: number | null;
  readonly createdAt: string | null;
  /** Letters printed (the run's sample size; for codes without a sample: the codes made). */
  readonly letters: number;
  /** Codes still valid, and how many of them were used online. */
  readonly codes: number;
  readonly used: number;
  /** Online returns / letters. Paper returns carry no code and cannot be told apart by batch. */
  readonly onlineRate: number | null;
  readonly voidedAt: string | null;
  readonly codesVoided: number;
}

export interface SurveyMonitoring {
  readonly wave: WaveSummary & { readonly sampleSize: number | null };
  readonly invited: number;
  readonly codes: { readonly total: number; readonly used: number };
  readonly responses: { readonly total: number; readonly online: number; readonly paper: number };
  readonly rate: number | null;
  readonly byDistrict: readonly DistrictMonitoring[];
  /** Paper returns without a stated district. */
  readonly paperWithoutDistrict: number;
  readonly perDay: readonly DayMonitoring[];
  /** Each letter batch separately (issue 9: a second draw must not hide in the totals). */
  readonly batches: readonly BatchMonitoring[];
}

const MAX_DAYS = 400;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in Germany, YYYY-MM-DD. */
export function todayInGermany(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(now);
}

const norm = (s: string) => s.trim().toLocaleLowerCase('de');

export interface MonitoringInput {
  readonly districts: readonly string[];
  readonly fieldStart: string | null;
  readonly fieldEnd: string | null;
  readonly sampleSize: number | null;
  readonly codes: readonly { district: string | null; total: number; used: number }[];
  readonly paperByDistrict: readonly { code: number | null; count: number }[];
  readonly perDayMode: readonly { date: string; mode: 'online' | 'papier'; count: number }[];
  readonly today: string;
}

/** The monitoring figures from the grouped counts (pure; see the file comment). */
export function computeMonitoring(input: MonitoringInput): Omit<SurveyMonitoring, 'wave' | 'batches'> {
  const codesTotal = input.codes.reduce((s, c) => s + c.total, 0);
  const codesUsed = input.codes.reduce((s, c) => s + c.used, 0);
  const online = input.perDayMode.filter((d) => d.mode === 'online').reduce((s, d) => s + d.count, 0);
  const paper = input.perDayMode.filter((d) => d.mode === 'papier').reduce((s, d) => s + d.count, 0);
  const invited = codesTotal > 0 ? codesTotal : (input.sampleSize ?? 0);

  // Districts: the configured ones in order, then any other name found on codes, then "no district".
  const rows = new Map<string, { district: string | null; invited: number; online: number; paper: number }>();
  const keyOf = (name: string | null) => (name === null ? '\u0000' : norm(name));
  for (const name of input.districts)
    rows.set(keyOf(name), { district: name, invited: 0, online: 0, paper: 0 });
  for (const c of input.codes) {
    const key = keyOf(c.district);
    const row = rows.get(key) ?? { district: c.district, invited: 0, online: 0, paper: 0 };
    row.invited += c.total;
    row.online += c.used;
    rows.set(key, row);
  }
  let paperWithoutDistrict = 0;
  for (const p of input.paperByDistrict) {
    const name = p.code !== null && p.code >= 1 ? input.districts[p.code - 1] : undefined;
    if (name === undefined) {
      paperWithoutDistrict += p.count;
      continue;
    }
    rows.get(keyOf(name))!.paper += p.count;
  }
  const byDistrict = [...rows.values()]
    .sort((a, b) => (a.district === null ? 1 : b.district === null ? -1 : 0))
    .map((r) => ({ ...r, rate: r.invited > 0 ? (r.online + r.paper) / r.invited : null }));

  // Days: field start (or first return) to field end or today, whichever comes first (or last return).
  const dates = input.perDayMode.map((d) => d.date).sort();
  const perDay: DayMonitoring[] = [];
  const first = [input.fieldStart, dates[0]].filter((d): d is string => !!d).sort()[0];
  if (first) {
    // The field period's end, unless it is still to come; and the last return, if later.
    const periodEnd = input.fieldEnd && input.fieldEnd <= input.today ? input.fieldEnd : input.today;
    const endCandidates = [dates[dates.length - 1], periodEnd];
    const last =
      endCandidates
        .filter((d): d is string => !!d && d >= first)
        .sort()
        .pop() ?? first;
    const counts = new Map<string, { online: number; paper: number }>();
    for (const d of input.perDayMode) {
      const c = counts.get(d.date) ?? { online: 0, paper: 0 };
      if (d.mode === 'online') c.online += d.count;
      else c.paper += d.count;
      counts.set(d.date, c);
    }
    let cumulative = 0;
    for (let day = first, i = 0; day <= last && i < MAX_DAYS; day = addDays(day, 1), i++) {
      const c = counts.get(day) ?? { online: 0, paper: 0 };
      cumulative += c.online + c.paper;
      perDay.push({ date: day, online: c.online, paper: c.paper, cumulative });
    }
  }
  return {
    invited,
    codes: { total: codesTotal, used: codesUsed },
    responses: { total: online + paper, online, paper },
    rate: invited > 0 ? (online + paper) / invited : null,
    byDistrict,
    paperWithoutDistrict,
    perDay,
  };
}

export async function getSurveyMonitoring(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
  now = new Date(),
): Promise<SurveyMonitoring> {
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:read');
  // Per-code rows while the wave is prepared or in the field; their counts once fieldwork has ended.
  const codes = (
    (await ctx.db.execute(sql`
      select district, sum(total)::int as total, sum(used)::int as used from (
        select ${surveyAccessCodes.district} as district, count(*) as total,
               count(*) filter (where ${surveyAccessCodes.used}) as used
        from ${surveyAccessCodes} where ${surveyAccessCodes.waveId} = ${waveId}
        group by ${surveyAccessCodes.district}
        union all
        select district, issued, used from ${surveyCodeCounts} where wave_id = ${waveId}
      ) c group by district`)) as unknown as {
      rows: { district: string | null; total: number; used: number }[];
    }
  ).rows;
  const districtCode = sql<string | null>`${surveyResponses.values}->>'SD_ORTSTEIL'`;
  const paper = await ctx.db
    .select({ code: districtCode, count: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(sql`${surveyResponses.waveId} = ${waveId} and ${surveyResponses.mode} = 'papier'`)
    .groupBy(districtCode);
  // Stored answers and those still waiting in the inbox (public/response-inbox.ts).
  const perDay = (
    (await ctx.db.execute(sql`
      select submitted_on::text as date, mode, count(*)::int as count from (
        select submitted_on, mode from ${surveyResponses} where wave_id = ${waveId}
        union all
        select submitted_on, mode from ${surveyResponseInbox} where wave_id = ${waveId}
      ) r group by submitted_on, mode`)) as unknown as {
      rows: { date: string; mode: 'online' | 'papier'; count: number }[];
    }
  ).rows;
  const figures = computeMonitoring({
    districts: wave.config.districts,
    fieldStart: wave.fieldStart,
    fieldEnd: wave.fieldEnd,
    sampleSize: wave.sampleSize,
    codes: codes.map((c) => ({ district: c.district, total: Number(c.total), used: Number(c.used) })),
    paperByDistrict: paper.map((p) => ({
      code: p.code !== null && /^-?\d+$/.test(p.code) ? Number(p.code) : null,
      count: Number(p.count),
    })),
    perDayMode: perDay.map((d) => ({ date: String(d.date), mode: d.mode, count: Number(d.count) })),
    today: todayInGermany(now),
  });
  return {
    wave: { ...waveSummary(wave), sampleSize: wave.sampleSize },
    ...figures,
    batches: await batchMonitoring(ctx, waveId),
  };
}

async function batchMonitoring(ctx: CoreContext, waveId: number): Promise<BatchMonitoring[]> {
  const runs = await ctx.db
    .select()
    .from(surveySampleRuns)
    .where(eq(surveySampleRuns.waveId, waveId))
    .orderBy(asc(surveySampleRuns.id));
  // Live codes during fieldwork, their counts after it (unlink-closed-wave.ts).
  const counts = (
    (await ctx.db.execute(sql`
      select run, sum(total)::int as total, sum(used)::int as used from (
        select ${surveyAccessCodes.sampleRunId} as run, count(*) as total,
               count(*) filter (where ${surveyAccessCodes.used}) as used
        from ${surveyAccessCodes} where ${surveyAccessCodes.waveId} = ${waveId}
        group by ${surveyAccessCodes.sampleRunId}
        union all
        select sample_run_id, issued, used from ${surveyCodeCounts} where wave_id = ${waveId}
      ) c group by run`)) as unknown as { rows: { run: number | null; total: number; used: number }[] }
  ).rows;
  const byRun = new Map(counts.map((c) => [c.run, { total: Number(c.total), used: Number(c.used) }]));
  const batches: BatchMonitoring[] = runs.map((r) => {
    const c = byRun.get(r.id) ?? { total: 0, used: 0 };
    return {
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      letters: r.sampleSize,
      codes: c.total,
      used: c.used,
      onlineRate: r.sampleSize > 0 ? c.used / r.sampleSize : null,
      voidedAt: r.voidedAt ? r.voidedAt.toISOString() : null,
      codesVoided: r.codesVoided,
    };
  });
  const loose = byRun.get(null);
  if (loose && loose.total > 0) {
    batches.push({
      id: null,
      createdAt: null,
      letters: loose.total,
      codes: loose.total,
      used: loose.used,
      onlineRate: loose.used / loose.total,
      voidedAt: null,
      codesVoided: 0,
    });
  }
  return batches;
}
