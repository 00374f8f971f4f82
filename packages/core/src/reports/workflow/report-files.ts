/** A draft or a published version as a file (PDF/UA, DOCX, HTML, XLSX), with its name and type. */
import type { ReportFileFormat } from '@asskomm/contracts';
import { type ReportModel, renderLagebericht } from '@asskomm/report/lagebericht';
import { assertCan } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { loadDraft, loadVersion } from './load-report-rows.ts';
import { draftModel } from './report-drafts.ts';
import { versionModel } from './report-versions.ts';

export const REPORT_CONTENT_TYPES: Record<ReportFileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ReportFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** "Musterstadt (Demodaten)" → "musterstadt-demodaten" (ASCII, for Content-Disposition). */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'kommune'
  );
}

async function file(model: ReportModel, format: ReportFileFormat, suffix: string): Promise<ReportFile> {
  return {
    name: `lagebericht-${slug(model.municipality.name)}-${suffix}.${format}`,
    contentType: REPORT_CONTENT_TYPES[format],
    bytes: await renderLagebericht(model, format),
  };
}

export async function renderReportVersionFile(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  id: number,
  format: ReportFileFormat,
): Promise<ReportFile> {
  assertCan(actor, 'report:read', ags);
  const row = await loadVersion(ctx, ags, id);
  return file(versionModel(row), format, `version-${row.number}`);
}

export async function renderReportDraftFile(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  id: number,
  format: ReportFileFormat,
): Promise<ReportFile> {
  assertCan(actor, 'report:draft', ags);
  const draft = await loadDraft(ctx, ags, id);
  return file((await draftModel(ctx, actor, draft)).model, format, `entwurf-${draft.id}`);
}
