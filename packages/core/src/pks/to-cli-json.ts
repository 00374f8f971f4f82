import type { PksProfile } from './profile/get-pks-profile';

/** One entry of `asskomm pks profile --json` (issue 4; the shape is a stable interface). */
export interface PksCliSeriesEntry {
  key: string;
  year: number;
  cases: number;
  population: number | null;
  hz: number | null;
  hz_ci_low: number | null;
  hz_ci_high: number | null;
  clearance_rate: number | null;
  change_vs_previous: { rate_ratio: number; ci_low: number; ci_high: number; p_value: number } | null;
}

export interface PksCliProfile {
  ags: string;
  name: string;
  series: PksCliSeriesEntry[];
}

/**
 * The profile in the documented JSON shape: exactly `{ags, name, series: [{key, year, cases,
 * population, hz, hz_ci_low, hz_ci_high, clearance_rate, change_vs_previous}]}`. Series that are only
 * a lower bound from sub-keys (Körperverletzung in district tables) are left out: the shape has no
 * field to say so.
 */
export function toCliJson(profile: PksProfile): PksCliProfile {
  const series: PksCliSeriesEntry[] = [];
  for (const s of profile.series) {
    if (s.sumOf) continue;
    for (const p of s.points) {
      series.push({
        key: s.key,
        year: p.year,
        cases: p.cases,
        population: p.population,
        hz: p.hz,
        hz_ci_low: p.hzCiLow,
        hz_ci_high: p.hzCiHigh,
        clearance_rate: p.clearanceRate,
        change_vs_previous: p.changeVsPrevious
          ? {
              rate_ratio: p.changeVsPrevious.rateRatio,
              ci_low: p.changeVsPrevious.ciLow,
              ci_high: p.changeVsPrevious.ciHigh,
              p_value: p.changeVsPrevious.pValue,
            }
          : null,
      });
    }
  }
  return { ags: profile.ags, name: profile.name, series };
}
