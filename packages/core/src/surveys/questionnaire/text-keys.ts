/**
 * The text keys a translation file must contain for a codebook. Keys are flat so that a translation is a
 * plain JSON object (one file per language in ./i18n) that any translation tool can edit.
 */
import type { Codebook } from './codebook-types.ts';

/** Fixed keys of the survey frame. `survey.title_municipality` contains the placeholder `{municipality}`. */
export const FRAME_TEXT_KEYS = [
  'survey.title',
  'survey.title_municipality',
  'survey.description',
  'survey.completed',
] as const;

export const pageIdOf = (item: { readonly page?: string; readonly block: string }): string =>
  item.page ?? item.block;

/** Every key the codebook needs, in a stable order. */
export function requiredTextKeys(codebook: Codebook): string[] {
  const keys = new Set<string>(FRAME_TEXT_KEYS);
  for (const item of codebook.items) {
    const page = pageIdOf(item);
    keys.add(`page.${page}`);
    keys.add(`page.${page}.description`);
    if (item.group !== undefined) keys.add(`group.${item.group}`);
    keys.add(`item.${item.code}`);
    if (item.hasDescription === true) keys.add(`item.${item.code}.description`);
  }
  for (const group of codebook.groupsWithDescription) keys.add(`group.${group}.description`);
  for (const set of codebook.valueSets) {
    const labels = 'values' in set ? set.values : set.extra;
    for (const label of labels) keys.add(`value.${label.key}`);
  }
  return [...keys];
}
