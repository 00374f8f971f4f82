/**
 * Resolves the codebook for one wave: keeps the enabled items, fills in the municipality's districts and
 * local places as value labels and looks up every text in one locale. The result drives the SurveyJS JSON,
 * answer validation, the exports and the paper questionnaire, so all of them agree.
 */
import { AppError } from '../../errors.ts';
import type {
  Codebook,
  CodebookItem,
  ResolvedCodebook,
  ResolvedGroup,
  ResolvedItem,
  ResolvedPage,
  ResolvedValue,
  SurveyConfig,
  Translations,
  ValueSetDefinition,
} from './codebook-types.ts';
import { DEFAULT_MAX_TEXT_LENGTH } from './codebook-types.ts';
import { getTranslations } from './load-translations.ts';
import { STANDARD_CODEBOOK } from './standard-codebook.ts';
import { parseSurveyConfig } from './survey-config-schema.ts';
import { pageIdOf } from './text-keys.ts';

export interface ResolveCodebookOptions extends SurveyConfig {
  readonly locale: string;
  /** Shown in the title (`survey.title_municipality`); without it the generic title is used. */
  readonly municipalityName?: string;
}

function text(translations: Translations, key: string, locale: string): string {
  const value = translations[key];
  if (value === undefined) throw new Error(`Text „${key}“ fehlt in der Übersetzung „${locale}“`);
  return value;
}

function resolveValues(
  set: ValueSetDefinition,
  config: SurveyConfig,
  t: (key: string) => string,
): ResolvedValue[] {
  const fixed = 'values' in set ? set.values : set.extra;
  const dynamic: ResolvedValue[] =
    'dynamic' in set
      ? (set.dynamic === 'districts' ? config.districts : config.localPlaces).map((label, i) => ({
          code: i + 1,
          label,
          missing: false,
          exclusive: false,
        }))
      : [];
  const labelled = fixed.map((v) => ({
    code: v.code,
    label: t(`value.${v.key}`),
    missing: v.missing === true,
    exclusive: v.exclusive === true,
  }));
  return [...dynamic, ...labelled];
}

function isEnabled(item: CodebookItem, codebook: Codebook, config: SurveyConfig): boolean {
  const block = codebook.blocks.find((b) => b.id === item.block);
  if (block === undefined) throw new Error(`Block „${item.block}“ von „${item.code}“ ist nicht definiert`);
  if (block.optional && !config.enabledOptionalBlocks.includes(block.id)) return false;
  // Without configured districts the district question would offer nothing to choose.
  const set = codebook.valueSets.find((s) => s.id === item.valueSet);
  if (set !== undefined && 'dynamic' in set && set.dynamic === 'districts' && config.districts.length === 0) {
    return false;
  }
  return true;
}

function controlOf(item: CodebookItem): ResolvedItem['control'] {
  if (item.type === 'multi') return 'checkbox';
  if (item.type === 'text') return 'comment';
  if (item.group !== undefined) return 'matrix';
  return item.control ?? 'radiogroup';
}

/** Resolves the (standard) codebook for a municipality's settings and a locale. Throws on bad settings. */
export function resolveCodebook(
  options: ResolveCodebookOptions,
  codebook: Codebook = STANDARD_CODEBOOK,
): ResolvedCodebook {
  const { locale, municipalityName, ...rest } = options;
  const config = parseSurveyConfig(rest);
  const optionalIds = new Set(codebook.blocks.filter((b) => b.optional).map((b) => b.id as string));
  for (const id of config.enabledOptionalBlocks) {
    if (!optionalIds.has(id)) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Unbekannter optionaler Block „${id}“ (möglich: ${[...optionalIds].join(', ')})`,
        fields: { enabledOptionalBlocks: `Unbekannter Block „${id}“` },
      });
    }
  }
  const translations = getTranslations(locale);
  const t = (key: string) => text(translations, key, locale);

  const items: ResolvedItem[] = [];
  const pages: ResolvedPage[] = [];
  const groups: Record<string, ResolvedGroup> = {};
  for (const item of codebook.items) {
    if (!isEnabled(item, codebook, config)) continue;
    const page = pageIdOf(item);
    if (!pages.some((p) => p.id === page)) {
      pages.push({
        id: page,
        block: item.block,
        title: t(`page.${page}`),
        description: t(`page.${page}.description`),
      });
    }
    if (item.group !== undefined && groups[item.group] === undefined) {
      const hasDescription = codebook.groupsWithDescription.includes(item.group);
      groups[item.group] = {
        id: item.group,
        title: t(`group.${item.group}`),
        ...(hasDescription ? { description: t(`group.${item.group}.description`) } : {}),
      };
    }
    const set = codebook.valueSets.find((s) => s.id === item.valueSet);
    if (item.type !== 'text' && set === undefined) {
      throw new Error(`Wertemenge „${item.valueSet ?? ''}“ von „${item.code}“ ist nicht definiert`);
    }
    const values = set === undefined ? [] : resolveValues(set, config, t);
    items.push({
      code: item.code,
      block: item.block,
      page,
      type: item.type,
      ...(item.group !== undefined ? { group: item.group } : {}),
      control: controlOf(item),
      ...(item.valueSet !== undefined ? { valueSet: item.valueSet } : {}),
      ...(item.showIf !== undefined ? { showIf: item.showIf } : {}),
      ...(item.maxSelected !== undefined ? { maxSelected: item.maxSelected } : {}),
      ...(item.type === 'text' ? { maxLength: item.maxLength ?? DEFAULT_MAX_TEXT_LENGTH } : {}),
      text: t(`item.${item.code}`),
      ...(item.hasDescription === true ? { description: t(`item.${item.code}.description`) } : {}),
      values,
      missingCodes: values.filter((v) => v.missing).map((v) => v.code),
      source: item.source,
    });
  }

  const title =
    municipalityName !== undefined && municipalityName.trim() !== ''
      ? t('survey.title_municipality').replace('{municipality}', municipalityName.trim())
      : t('survey.title');
  return {
    codebookId: codebook.id,
    locale,
    config,
    title,
    description: t('survey.description'),
    completedText: t('survey.completed'),
    pages,
    groups,
    items,
  };
}
