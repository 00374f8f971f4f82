/**
 * An analyst's wording replaces the generated text of single findings and recommendations; everything
 * else still comes from the data. Pure: the same model and edits give the same model, so a published
 * version (input + edits) regenerates byte-identically.
 */
import type { Block, FindingBlock, RecommendationBlock, ReportModel } from './model-types.ts';

export interface ReportEdits {
  /** Finding id (as built by its section, e.g. "pks-hz") → the analyst's text. */
  findings: Readonly<Record<string, string>>;
  /** Recommendation id (e.g. "empfehlung-situativ") → the analyst's text. */
  recommendations: Readonly<Record<string, string>>;
}

export const NO_EDITS: ReportEdits = { findings: {}, recommendations: {} };

/** The summary repeats findings as "summary-<id>": one edit covers the finding wherever it appears. */
export const findingKey = (id: string): string => id.replace(/^summary-/, '');

export interface EditableItems {
  findings: { id: string; text: string }[];
  recommendations: { id: string; field: string; text: string }[];
}

/** Every finding and recommendation that can be edited, with its generated text (ids without "summary-"). */
export function editableItems(model: ReportModel): EditableItems {
  const findings = new Map<string, string>();
  const recommendations: EditableItems['recommendations'] = [];
  for (const section of model.sections)
    for (const b of section.blocks) {
      if (b.kind === 'finding' && !findings.has(findingKey(b.id))) findings.set(findingKey(b.id), b.text);
      if (b.kind === 'recommendation') recommendations.push({ id: b.id, field: b.field, text: b.text });
    }
  return { findings: [...findings].map(([id, text]) => ({ id, text })), recommendations };
}

function edit(b: Block, edits: ReportEdits): Block {
  if (b.kind === 'finding') {
    const text = edits.findings[findingKey(b.id)];
    return text === undefined ? b : ({ ...b, text } satisfies FindingBlock);
  }
  if (b.kind === 'recommendation') {
    const text = edits.recommendations[b.id];
    const basedOnText = edits.findings[findingKey(b.basedOn.id)];
    if (text === undefined && basedOnText === undefined) return b;
    return {
      ...b,
      text: text ?? b.text,
      basedOn: { id: b.basedOn.id, text: basedOnText ?? b.basedOn.text },
    } satisfies RecommendationBlock;
  }
  return b;
}

/** The model with the analyst's texts in place of the generated ones (ids the model lacks are ignored). */
export function applyReportEdits(model: ReportModel, edits: ReportEdits): ReportModel {
  if (!Object.keys(edits.findings).length && !Object.keys(edits.recommendations).length) return model;
  return {
    ...model,
    sections: model.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => edit(b, edits)) })),
  };
}
