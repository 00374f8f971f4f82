/**
 * Binary indicators the Lagebericht reports, each derived from one questionnaire item by the answer
 * codes it counts (e.g. SF01 3–4 = "ziemlich oder sehr unsicher"). They are added to the wave's
 * codebook as extra single-choice items, so the existing survey analysis (raking, logit intervals,
 * domains, small cells) computes their weighted shares; "weiß nicht" and "nutze ich nicht" stay out.
 */
import type { SurveyResponse } from '../surveys/export/response-types.ts';
import type { ResolvedCodebook, ResolvedItem } from '../surveys/questionnaire/codebook-types.ts';

export interface IndicatorDefinition {
  item: string;
  codes: readonly number[];
  meaning: string;
}

const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

export const INDICATORS: readonly IndicatorDefinition[] = [
  { item: 'SF01', codes: [3, 4], meaning: 'ziemlich oder sehr unsicher' },
  ...range('ORT_', 6).map((item) => ({ item, codes: [4, 5], meaning: 'eher oder sehr unsicher' })),
  ...range('AFF_', 5).map((item) => ({
    item,
    codes: [3, 4],
    meaning: 'ziemlich oder sehr stark beunruhigt',
  })),
  ...range('KOG_', 5).map((item) => ({ item, codes: [4, 5], meaning: 'Risiko hoch oder sehr hoch' })),
  { item: 'KON_01', codes: [1], meaning: 'ja' },
  { item: 'KON_02', codes: [1], meaning: 'ja' },
  ...['KON_03', 'KON_04', 'KON_05', 'KON_06', 'KON_07'].map((item) => ({
    item,
    codes: [4, 5],
    meaning: 'oft oder immer',
  })),
  ...range('INC_', 9).map((item) => ({ item, codes: [3, 4], meaning: 'ziemliches oder großes Problem' })),
  ...range('VIK_', 7).map((item) => ({ item, codes: [1], meaning: 'in den letzten 12 Monaten betroffen' })),
  ...range('VIK_', 7).map((i) => ({ item: `${i}_POL`, codes: [1], meaning: 'angezeigt' })),
  { item: 'VER_POL', codes: [1, 2], meaning: 'großes oder sehr großes Vertrauen' },
  { item: 'VER_OA', codes: [1, 2], meaning: 'großes oder sehr großes Vertrauen' },
];

/** Code of the derived item in the augmented codebook. */
export const derivedCode = (item: string) => `R__${item}`;

/** The codebook with one derived yes/no item per indicator whose source item the wave has. */
export function withIndicators(codebook: ResolvedCodebook): {
  codebook: ResolvedCodebook;
  defs: IndicatorDefinition[];
} {
  const defs = INDICATORS.filter((d) => codebook.items.some((i) => i.code === d.item));
  const items: ResolvedItem[] = defs.map((d) => {
    const source = codebook.items.find((i) => i.code === d.item)!;
    return {
      code: derivedCode(d.item),
      block: source.block,
      page: source.page,
      type: 'single',
      control: 'radiogroup',
      text: source.text,
      values: [
        { code: 1, label: d.meaning, missing: false, exclusive: false },
        { code: 2, label: 'übrige Antworten', missing: false, exclusive: false },
      ],
      missingCodes: [],
      source: source.source,
    } satisfies ResolvedItem;
  });
  return { codebook: { ...codebook, items: [...codebook.items, ...items] }, defs };
}

/** Adds the derived values: 1 when the answer is one of the counted codes, 2 for other substantive answers. */
export function deriveValues(
  responses: readonly SurveyResponse[],
  codebook: ResolvedCodebook,
  defs: readonly IndicatorDefinition[],
): SurveyResponse[] {
  const missing = new Map(codebook.items.map((i) => [i.code, new Set(i.missingCodes)]));
  return responses.map((r) => {
    const values: Record<string, SurveyResponse['values'][string]> = { ...r.values };
    for (const d of defs) {
      const raw = r.values[d.item];
      if (typeof raw !== 'number' || missing.get(d.item)?.has(raw)) continue;
      values[derivedCode(d.item)] = d.codes.includes(raw) ? 1 : 2;
    }
    return { ...r, values };
  });
}
