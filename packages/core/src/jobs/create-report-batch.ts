/**
 * A report batch: the Lagebericht of each chosen municipality (or of all with data of their own) in
 * each chosen format, as one ZIP. Admins only (report:batch). One job item per report, so several
 * workers share a batch; a last step packs the ZIP.
 */
import { jobItems, jobs, municipalities } from '@asskomm/db';
import { inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { assertCan } from '../auth/authorize.ts';
import type { Actor, CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { listReportMunicipalities } from '../reports/list-report-municipalities.ts';

export const BATCH_FORMATS = ['pdf', 'docx', 'html', 'xlsx'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export interface ReportBatchInput {
  /** AGS list, or 'alle' for every municipality with data of its own. */
  ags: string[] | 'alle';
  formats: BatchFormat[];
  /** Date printed in the reports (YYYY-MM-DD); default today. */
  reportDate?: string;
}

/** Largest batch (reports = municipalities × formats): all of Saxony in two formats. */
export const MAX_BATCH_REPORTS = 1000;

export async function createReportBatch(
  ctx: CoreContext,
  actor: Actor | string,
  input: ReportBatchInput,
): Promise<{ id: number }> {
  if (typeof actor !== 'string') assertCan(actor, 'report:batch');
  const formats = [...new Set(input.formats)];
  if (formats.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Bitte mindestens ein Format wählen (PDF, DOCX, HTML oder XLSX).',
      fields: { formats: 'Kein Format gewählt.' },
    });
  }
  let agsList: string[];
  if (input.ags === 'alle') {
    agsList = (await listReportMunicipalities(ctx)).map((m) => m.ags);
    if (agsList.length === 0) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage:
          'Keine Kommune hat eigene Daten (PKS oder ausgewertete Befragung) für einen Lagebericht.',
      });
    }
  } else {
    agsList = [...new Set(input.ags)];
    if (agsList.length === 0) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage: 'Bitte mindestens eine Kommune wählen.',
        fields: { ags: 'Keine Kommune gewählt.' },
      });
    }
    const known = new Set(
      (
        await ctx.db
          .select({ ags: municipalities.ags })
          .from(municipalities)
          .where(inArray(municipalities.ags, agsList))
      ).map((m) => m.ags),
    );
    const unknown = agsList.filter((a) => !known.has(a));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Unbekannter Gemeindeschlüssel: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (und ${unknown.length - 5} weitere)` : ''}.`,
        fields: { ags: `Unbekannt: ${unknown.slice(0, 5).join(', ')}` },
      });
    }
  }
  const reports = agsList.flatMap((ags) => formats.map((format) => ({ ags, format })));
  if (reports.length > MAX_BATCH_REPORTS) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Ein Auftrag kann höchstens ${MAX_BATCH_REPORTS} Berichte umfassen (gewählt: ${reports.length}).`,
    });
  }
  return ctx.db.transaction(async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({
        kind: 'report_batch',
        params: {
          ags: input.ags === 'alle' ? 'alle' : agsList,
          formats,
          reportDate: input.reportDate ?? null,
        },
        createdBy: typeof actor === 'string' ? null : actor.id,
        total: reports.length,
      })
      .returning({ id: jobs.id });
    await tx.insert(jobItems).values([
      ...reports.map((r, i) => ({
        jobId: job!.id,
        seq: i,
        kind: 'report',
        params: { ...r, ...(input.reportDate ? { reportDate: input.reportDate } : {}) },
      })),
      { jobId: job!.id, seq: reports.length, kind: 'pack', params: {}, status: 'warten' },
    ]);
    await recordAudit(tx, actor, {
      action: 'create_report_batch',
      entity: 'job',
      entityId: job!.id,
      detail: { reports: reports.length, formats },
    });
    return { id: job!.id };
  });
}
