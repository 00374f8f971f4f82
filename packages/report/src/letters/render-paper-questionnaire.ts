/**
 * Printable questionnaire (PDF) from the same SurveyJS JSON as the online form: same pages, same items,
 * same order, same answer codes, so paper returns can be typed in and merged with online answers.
 * Questions are numbered continuously; matrix rows that appear online only after a condition (e.g. the
 * police follow-up) are all printed, and the question's description tells whom they are for.
 * Template: paper-questionnaire.typ.
 */
import { readFileSync } from 'node:fs';
import { compileTypstPdf } from './compile-typst-pdf.ts';
import { paperStrings } from './paper-strings.ts';
import type {
  LocalizedText,
  PaperChoice,
  PaperQuestionnaireOptions,
  PaperRow,
  PaperSurveyElement,
  PaperSurveyJson,
} from './paper-survey-types.ts';

const TEMPLATE = readFileSync(new URL('./paper-questionnaire.typ', import.meta.url), 'utf8');

interface Choice {
  readonly code: string;
  readonly label: string;
  readonly missing: boolean;
}

function localized(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.default ?? Object.values(text)[0] ?? '';
}

function choice(c: PaperChoice, locale: string): Choice {
  if (typeof c === 'number' || typeof c === 'string')
    return { code: String(c), label: String(c), missing: Number(c) < 0 };
  const label = localized(c.text, locale);
  return {
    code: String(c.value),
    label: label === '' ? String(c.value) : label,
    missing: Number(c.value) < 0,
  };
}

function row(r: PaperRow, locale: string): { code: string; label: string } {
  if (typeof r === 'string') return { code: r, label: r };
  const label = localized(r.text, locale);
  return { code: r.value, label: label === '' ? r.value : label };
}

function question(
  element: PaperSurveyElement,
  number: number,
  locale: string,
  hint: (e: PaperSurveyElement) => string,
) {
  const base = {
    number,
    name: element.name,
    title: localized(element.title, locale) || element.name,
    description: localized(element.description, locale),
    hint: hint(element),
  };
  switch (element.type) {
    case 'radiogroup':
    case 'dropdown':
      return { ...base, kind: 'single', choices: (element.choices ?? []).map((c) => choice(c, locale)) };
    case 'checkbox':
      return { ...base, kind: 'multi', choices: (element.choices ?? []).map((c) => choice(c, locale)) };
    case 'matrix':
      return {
        ...base,
        kind: 'matrix',
        columns: (element.columns ?? []).map((c) => choice(c, locale)),
        rows: (Array.isArray(element.rows) ? element.rows : []).map((r) => row(r, locale)),
      };
    case 'comment':
      return { ...base, kind: 'text' };
    default:
      throw new Error(`Fragetyp „${element.type}“ (${element.name}) kann nicht gedruckt werden`);
  }
}

/** Renders the questionnaire as PDF (A4). */
export function renderPaperQuestionnaire(
  survey: PaperSurveyJson,
  locale = 'de',
  options: PaperQuestionnaireOptions = {},
): Uint8Array {
  const strings = paperStrings(locale);
  // A checkbox question gets a hint ("Mehrere Antworten möglich.") unless it has its own description.
  const hint = (e: PaperSurveyElement): string =>
    e.type !== 'checkbox' || localized(e.description, locale) !== ''
      ? ''
      : e.maxSelectedChoices !== undefined && e.maxSelectedChoices > 0
        ? `${strings.multi} ${strings.maxSelected.replace('{n}', String(e.maxSelectedChoices))}`
        : strings.multi;
  let number = 0;
  const pages = survey.pages.map((page) => ({
    title: localized(page.title, locale) || page.name,
    description: localized(page.description, locale),
    questions: page.elements.map((e) => question(e, ++number, locale, hint)),
  }));
  return compileTypstPdf(TEMPLATE, {
    lang: locale.split('-')[0],
    strings,
    title: localized(survey.title, locale),
    description: localized(survey.description, locale),
    version: options.version ?? '',
    returnAddress: options.returnAddress ?? '',
    pages,
  });
}
