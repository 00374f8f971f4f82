/**
 * Data export of a wave (UI button and `asskomm survey export`): responses + codebook → CSV, XLSX, SPSS or
 * R files (export/export-responses.ts). A format that yields several files can be bundled as one ZIP.
 *
 * Weights: when the wave's margins allow raking, the column `gewicht` holds the raking weight normalised
 * to mean 1 over the weighted responses (so weighted counts stay near the number of respondents, as SPSS
 * users expect). Responses that cannot be weighted (a weighting characteristic missing or without a
 * population count) get the neutral weight 1; the platform's own results leave them out (see
 * weight-responses.ts). Beside it, `gewicht_hochrechnung` holds the raking weight itself (the number of
 * inhabitants a response stands for; the column sums to the population), empty for responses that
 * cannot be weighted: design effects need this scale, and `asskomm analyse` uses it by default, so that it
 * reproduces the results page. Without usable margins there is neither column.
 *
 * Access: `survey:export` (admin, the assigned coach, the municipality itself; never a council member).
 * Free texts pass through the same masking as the Freitexte page (maskPersonalData). Only an admin may
 * ask for them unmasked, and every such export is written to the audit log.
 */
import { recordAudit } from '../../audit/record-audit.ts';
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { type ExportFormat, exportResponses } from '../export/export-responses.ts';
import type { ExportFile, SurveyResponse } from '../export/response-types.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';
import { type AnyActor, loadAnalysisWave, waveCodebook } from './load-analysis-wave.ts';
import { loadMargins, loadResponses } from './load-responses.ts';
import { weightResponses } from './weight-responses.ts';

export interface WaveExport {
  readonly format: ExportFormat;
  /** File name stem, e.g. `befragung_14999999_3`. */
  readonly baseName: string;
  readonly files: readonly ExportFile[];
  readonly responses: number;
  readonly weighted: boolean;
  readonly freeTexts: FreeTextMode;
}

/** 'masked' (default): as on the Freitexte page; 'unmasked': as typed, admin only, audited. */
export type FreeTextMode = 'masked' | 'unmasked';
export { FREE_TEXT_MODES } from '@asskomm/contracts/domain';

export async function exportWave(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
  format: ExportFormat,
  options: { freeTexts?: FreeTextMode } = {},
): Promise<WaveExport> {
  const freeTexts = options.freeTexts ?? 'masked';
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:export');
  // The CLI (SYSTEM_ACTOR, a string) runs with the operator's access to the database itself.
  if (freeTexts === 'unmasked' && typeof actor !== 'string' && actor.role !== 'admin') {
    throw new AppError('FORBIDDEN', {
      userMessage: 'Freitexte ohne Maskierung darf nur die Administration exportieren.',
    });
  }
  const codebook = waveCodebook(wave);
  const [loaded, margins] = await Promise.all([loadResponses(ctx, waveId), loadMargins(ctx, waveId)]);
  const textItems = codebook.items.filter((i) => i.type === 'text').map((i) => i.code);
  const responses = freeTexts === 'masked' ? loaded.map((r) => maskFreeTexts(r, textItems)) : loaded;
  if (freeTexts === 'unmasked') {
    await recordAudit(ctx.db, actor, {
      action: 'export-unmasked',
      entity: 'survey_wave',
      entityId: wave.id,
      ags: wave.ags,
      detail: { format, responses: responses.length },
    });
  }
  const outcome = weightResponses(responses, codebook, margins);
  let weights: Record<string, number> | undefined;
  let populationWeights: Record<string, number> | undefined;
  if (outcome.summary.applied && outcome.design) {
    const w = outcome.design.weights;
    const mean = w.reduce((s, x) => s + x, 0) / w.length;
    weights = Object.fromEntries(responses.map((r) => [r.responseId, 1]));
    populationWeights = {};
    outcome.rows.forEach((ri, j) => {
      weights![responses[ri]!.responseId] = w[j]! / mean;
      populationWeights![responses[ri]!.responseId] = w[j]!;
    });
  }
  const baseName = `befragung_${wave.ags}_${wave.id}`;
  const result = await exportResponses(format, {
    codebook,
    responses,
    baseName,
    ...(weights ? { weights } : {}),
    ...(populationWeights ? { populationWeights } : {}),
  });
  return {
    format,
    baseName,
    files: result.files,
    responses: responses.length,
    weighted: weights !== undefined,
    freeTexts,
  };
}

function maskFreeTexts(response: SurveyResponse, textItems: readonly string[]): SurveyResponse {
  const values = { ...response.values };
  for (const code of textItems) {
    const value = values[code];
    if (typeof value === 'string') values[code] = maskPersonalData(value);
  }
  return { ...response, values };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sps: 'text/plain; charset=utf-8',
  r: 'text/plain; charset=utf-8',
  zip: 'application/zip',
};

export function contentTypeOf(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** One download: the single file of the export, or a ZIP of all its files. */
export async function exportDownload(exported: WaveExport): Promise<ExportFile & { contentType: string }> {
  if (exported.files.length === 1) {
    const file = exported.files[0]!;
    return { ...file, contentType: contentTypeOf(file.name) };
  }
  return { ...(await exportZip(exported)), contentType: CONTENT_TYPES.zip! };
}

/** All files of an export in one ZIP archive (`<base>_<format>.zip`). */
export async function exportZip(exported: WaveExport): Promise<ExportFile> {
  // Loaded on first use, so the server starts without it.
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  // A fixed date keeps the archive reproducible.
  const date = new Date(Date.UTC(2026, 0, 1));
  for (const file of exported.files) zip.file(file.name, file.bytes, { date });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { name: `${exported.baseName}_${exported.format}.zip`, bytes };
}
