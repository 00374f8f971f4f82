/**
 * The evaluation of a project (Beccaria step 6, Überprüfung der Zielerreichung): for each linked survey
 * indicator, its weighted share in the wave before and the wave after, and the change with its 95 %
 * interval. The numbers come from the same analysis as the Lagebericht (analyseWave → computeResults,
 * and stats.independentDifference for the change of two independent waves); nothing is re-estimated here.
 */
import { independentDifference } from '@asskomm/stats';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { INDICATORS } from '../reports/report-indicators';
import { analyseWave, indicatorShare, toEstimate } from '../reports/survey-for-report';
import { loadProject } from './project-row';

export interface EvaluationEstimate {
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  small: boolean;
  suppressed: boolean;
}

export interface EvaluationRow {
  item: string;
  meaning: string | null;
  before: EvaluationEstimate | null;
  after: EvaluationEstimate | null;
  change: { difference: number; ciLow: number; ciHigh: number; notable: boolean } | null;
  /** Why there is no change (German), e.g. the item is no indicator or a share is withheld. */
  note: string | null;
}

export interface ProjectEvaluationResult {
  projectId: number;
  waveBefore: { id: number; title: string } | null;
  waveAfter: { id: number; title: string } | null;
  rows: EvaluationRow[];
}

export async function getProjectEvaluation(
  ctx: CoreContext,
  actor: Actor,
  projectId: number,
): Promise<ProjectEvaluationResult> {
  const project = await loadProject(ctx, projectId);
  assertCan(actor, 'project:read', project.ags);
  const { waveBefore, waveAfter, items } = project.evaluation;
  if (waveBefore == null || waveAfter == null || items.length === 0)
    return { projectId, waveBefore: null, waveAfter: null, rows: [] };
  const [before, after] = await Promise.all([
    analyseWave(ctx, actor, waveBefore, false),
    analyseWave(ctx, actor, waveAfter, false),
  ]);
  for (const a of [before, after])
    if (a.wave.ags !== project.ags)
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Die Befragung ${a.waveId} gehört nicht zur Kommune des Projekts (${project.ags}).`,
      });
  const rows = items.map((item): EvaluationRow => {
    const def = INDICATORS.find((d) => d.item === item);
    if (!def)
      return {
        item,
        meaning: null,
        before: null,
        after: null,
        change: null,
        note: `${item} ist kein Kennwert des Lageberichts.`,
      };
    const b = indicatorShare(before, item);
    const a = indicatorShare(after, item);
    const row: EvaluationRow = {
      item,
      meaning: def.meaning,
      before: b ? toEstimate(b) : null,
      after: a ? toEstimate(a) : null,
      change: null,
      note: null,
    };
    if (a?.estimate != null && a.se != null && b?.estimate != null && b.se != null) {
      const d = independentDifference(a.estimate, a.se, b.estimate, b.se);
      row.change = {
        difference: d.difference,
        ciLow: d.ciLow,
        ciHigh: d.ciHigh,
        notable: d.ciLow > 0 || d.ciHigh < 0,
      };
    } else {
      row.note =
        'Kein Vergleich: In einer der Befragungen fehlt der Wert oder er ist wegen kleiner Fallzahl ausgeblendet.';
    }
    return row;
  });
  return {
    projectId,
    waveBefore: { id: before.waveId, title: before.title },
    waveAfter: { id: after.waveId, title: after.title },
    rows,
  };
}
