/**
 * Builds the SurveyJS JSON of the questionnaire for one municipality and locale: one topic per page,
 * matrices for item batteries, texts in the requested locale (plain strings, SurveyJS `locale` set so its
 * own UI strings such as "Weiter" match).
 */
import type { ResolvedCodebook, ResolvedItem, ResolvedValue } from './codebook-types.ts';
import { type ResolveCodebookOptions, resolveCodebook } from './resolve-codebook.ts';
import type { SurveyJson, SurveyJsonChoice, SurveyJsonElement, SurveyJsonPage } from './survey-json-types.ts';

export type BuildSurveyJsonOptions = ResolveCodebookOptions;

const choice = (v: ResolvedValue): SurveyJsonChoice =>
  v.exclusive ? { value: v.code, text: v.label, isExclusive: true } : { value: v.code, text: v.label };

/** SurveyJS reads `{matrix.row}` for a matrix cell and `{question}` for a plain question. */
function conditionOf(item: ResolvedItem, codebook: ResolvedCodebook): string | undefined {
  if (item.showIf === undefined) return undefined;
  const target = codebook.items.find((i) => i.code === item.showIf?.item);
  if (target === undefined) return undefined;
  const ref = target.group !== undefined ? `${target.group}.${target.code}` : target.code;
  return `{${ref}} = ${item.showIf.equals}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function elementsOf(pageItems: readonly ResolvedItem[], codebook: ResolvedCodebook): SurveyJsonElement[] {
  const elements: SurveyJsonElement[] = [];
  for (let i = 0; i < pageItems.length; i++) {
    const item = pageItems[i]!;
    const description = item.description !== undefined ? { description: item.description } : {};
    if (item.group !== undefined) {
      const group = codebook.groups[item.group]!;
      const rows: ResolvedItem[] = [];
      while (i < pageItems.length && pageItems[i]!.group === item.group) rows.push(pageItems[i++]!);
      i--;
      const conditional = rows.some((r) => r.showIf !== undefined);
      elements.push({
        type: 'matrix',
        name: group.id,
        title: group.title,
        ...(group.description !== undefined ? { description: group.description } : {}),
        columns: item.values.map(choice),
        rows: rows.map((r) => {
          const visibleIf = conditionOf(r, codebook);
          return visibleIf === undefined
            ? { value: r.code, text: r.text }
            : { value: r.code, text: r.text, visibleIf };
        }),
        ...(conditional ? { hideIfRowsEmpty: true as const } : {}),
      });
      continue;
    }
    const base = { name: item.code, title: item.text, ...description };
    switch (item.control) {
      case 'radiogroup':
        elements.push({ type: 'radiogroup', ...base, choices: item.values.map(choice), colCount: 1 });
        break;
      case 'dropdown':
        elements.push({ type: 'dropdown', ...base, choices: item.values.map(choice) });
        break;
      case 'checkbox':
        elements.push({
          type: 'checkbox',
          ...base,
          choices: item.values.map(choice),
          colCount: 1,
          ...(item.maxSelected !== undefined ? { maxSelectedChoices: item.maxSelected } : {}),
        });
        break;
      case 'comment':
        elements.push({ type: 'comment', ...base, maxLength: item.maxLength ?? 2000, rows: 5 });
        break;
      case 'matrix':
        throw new Error(`Matrixfrage „${item.code}“ ohne Gruppe`);
    }
  }
  return elements;
}

/** SurveyJS JSON for an already resolved codebook (see {@link buildSurveyJson}). */
export function surveyJsonFromCodebook(codebook: ResolvedCodebook): SurveyJson {
  const pages: SurveyJsonPage[] = codebook.pages.map((page) => ({
    name: page.id,
    title: page.title,
    description: page.description,
    elements: elementsOf(
      codebook.items.filter((i) => i.page === page.id),
      codebook,
    ),
  }));
  return {
    locale: codebook.locale,
    title: codebook.title,
    description: codebook.description,
    completedHtml: `<p>${escapeHtml(codebook.completedText)}</p>`,
    showProgressBar: true,
    progressBarLocation: 'top',
    progressBarType: 'pages',
    showQuestionNumbers: 'on',
    checkErrorsMode: 'onNextPage',
    clearInvisibleValues: 'onHidden',
    pages,
  };
}

/**
 * The questionnaire as SurveyJS JSON.
 * @example buildSurveyJson({ locale: 'de', districts: ['Altstadt'], localPlaces: ['Bahnhof'],
 *   enabledOptionalBlocks: DEFAULT_OPTIONAL_BLOCKS, municipalityName: 'Musterstadt' })
 */
export function buildSurveyJson(options: BuildSurveyJsonOptions): SurveyJson {
  return surveyJsonFromCodebook(resolveCodebook(options));
}
