import {
  buildReportModel,
  type ReportFormat,
  type ReportInput,
  type ReportModel,
  renderLagebericht,
} from '@asskomm/report/lagebericht';
import type { Actor, CoreContext } from '../context.ts';
import { type GatherOptions, gatherReportInput } from './gather-report-input.ts';

export interface Lagebericht {
  input: ReportInput;
  model: ReportModel;
}

/** The report model of a municipality (gathered inputs → pure model). */
export async function createLagebericht(
  ctx: CoreContext,
  actor: Actor | string,
  options: GatherOptions,
): Promise<Lagebericht> {
  const input = await gatherReportInput(ctx, actor, options);
  return { input, model: buildReportModel(input) };
}

/** The report as a file in one format. */
export async function renderLageberichtFile(
  ctx: CoreContext,
  actor: Actor | string,
  options: GatherOptions & { format: ReportFormat },
): Promise<{ bytes: Uint8Array; model: ReportModel }> {
  const { model } = await createLagebericht(ctx, actor, options);
  return { bytes: await renderLagebericht(model, options.format), model };
}
