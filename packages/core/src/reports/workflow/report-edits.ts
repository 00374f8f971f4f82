import type { StoredReportEdits } from '@asskomm/db';
import { editableItems, findingKey, type ReportEdits, type ReportModel } from '@asskomm/report/lagebericht';
import { AppError } from '../../errors.ts';

export const editCount = (e: StoredReportEdits): number =>
  Object.keys(e.findings).length + Object.keys(e.recommendations).length;

export interface EditChange {
  kind: 'finding' | 'recommendation';
  id: string;
  text: string | null;
}

/**
 * Applies a patch to the stored edits. Each id must be a finding or recommendation of the draft's
 * current model (a typo would otherwise be stored and never shown); null restores the generated text.
 */
export function mergeEdits(
  current: StoredReportEdits,
  changes: readonly EditChange[],
  model: ReportModel,
): StoredReportEdits {
  const items = editableItems(model);
  const next: StoredReportEdits = {
    findings: { ...current.findings },
    recommendations: { ...current.recommendations },
  };
  changes.forEach((change, i) => {
    const list = change.kind === 'finding' ? items.findings : items.recommendations;
    const id = change.kind === 'finding' ? findingKey(change.id) : change.id;
    if (!list.some((item) => item.id === id)) {
      const what = change.kind === 'finding' ? 'keinen Befund' : 'keine Empfehlung';
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Der Bericht enthält ${what} mit der Kennung „${change.id}“.`,
        fields: { [`edits.${i}.id`]: `unbekannte Kennung „${change.id}“` },
      });
    }
    const target = change.kind === 'finding' ? next.findings : next.recommendations;
    if (change.text === null) delete target[id];
    else target[id] = change.text;
  });
  return next;
}

/** Edit keys the model no longer produces (data changed since the edit). */
export function orphanedEdits(edits: ReportEdits, model: ReportModel): string[] {
  const items = editableItems(model);
  return [
    ...Object.keys(edits.findings).filter((id) => !items.findings.some((f) => f.id === id)),
    ...Object.keys(edits.recommendations).filter((id) => !items.recommendations.some((r) => r.id === id)),
  ];
}
