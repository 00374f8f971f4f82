/**
 * Consistency checks of a codebook and its translation files. Returns a list of problems (German, one per
 * line); an empty list means the codebook is usable. Run by the test suite for the shipped codebook.
 */
import type { Codebook, Translations } from './codebook-types.ts';
import { pageIdOf, requiredTextKeys } from './text-keys.ts';

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,29}$/;

function duplicates(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  const dup = new Set<string | number>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Checks that consecutive-ness holds: every value occupies one contiguous run in the list. */
function nonContiguous(values: readonly string[]): string[] {
  const closed = new Set<string>();
  const bad = new Set<string>();
  values.forEach((v, i) => {
    if (i > 0 && values[i - 1] !== v) closed.add(values[i - 1]!);
    if (closed.has(v)) bad.add(v);
  });
  return [...bad];
}

function checkStructure(codebook: Codebook): string[] {
  const problems: string[] = [];
  const codes = codebook.items.map((i) => i.code);
  for (const d of duplicates(codes)) problems.push(`Variablenname „${d}“ kommt mehrfach vor`);
  for (const c of codes) if (!CODE_PATTERN.test(c)) problems.push(`Variablenname „${c}“ ist ungültig`);
  for (const d of duplicates(codebook.blocks.map((b) => b.id))) problems.push(`Block „${d}“ doppelt`);
  for (const d of duplicates(codebook.valueSets.map((s) => s.id))) problems.push(`Wertemenge „${d}“ doppelt`);

  const groups = codebook.items.flatMap((i) => (i.group !== undefined ? [i.group] : []));
  for (const g of new Set(groups)) {
    if (codes.includes(g)) problems.push(`Gruppe „${g}“ hat denselben Namen wie eine Variable`);
    const members = codebook.items.filter((i) => i.group === g);
    if (new Set(members.map((m) => `${m.valueSet}|${pageIdOf(m)}|${m.type}`)).size !== 1) {
      problems.push(`Gruppe „${g}“: alle Zeilen brauchen dieselbe Skala, Seite und den Typ „single“`);
    }
    if (members.some((m) => m.type !== 'single')) problems.push(`Gruppe „${g}“ enthält Nicht-Einfachauswahl`);
  }
  for (const g of nonContiguous(codebook.items.map((i) => i.group ?? `#${i.code}`))) {
    problems.push(`Gruppe „${g}“ ist nicht zusammenhängend`);
  }
  for (const p of nonContiguous(codebook.items.map(pageIdOf)))
    problems.push(`Seite „${p}“ ist nicht zusammenhängend`);
  for (const g of codebook.groupsWithDescription) {
    if (!groups.includes(g)) problems.push(`Beschreibung für unbekannte Gruppe „${g}“`);
  }

  for (const set of codebook.valueSets) {
    const labels = 'values' in set ? set.values : set.extra;
    for (const d of duplicates(labels.map((l) => l.code)))
      problems.push(`Wertemenge „${set.id}“: Code ${d} doppelt`);
    for (const d of duplicates(labels.map((l) => l.key)))
      problems.push(`Wertemenge „${set.id}“: Label „${d}“ doppelt`);
    for (const l of labels) {
      if (!Number.isInteger(l.code))
        problems.push(`Wertemenge „${set.id}“: Code ${l.code} ist keine ganze Zahl`);
      if (l.missing === true && l.code >= 0)
        problems.push(`Wertemenge „${set.id}“: fehlender Wert ${l.code} ≥ 0`);
      if (l.missing !== true && l.code < 0)
        problems.push(`Wertemenge „${set.id}“: Code ${l.code} < 0 ohne missing`);
    }
  }

  codebook.items.forEach((item, index) => {
    const where = `Variable „${item.code}“`;
    if (!codebook.blocks.some((b) => b.id === item.block))
      problems.push(`${where}: Block „${item.block}“ fehlt`);
    const set = codebook.valueSets.find((s) => s.id === item.valueSet);
    if (item.type === 'text' && item.valueSet !== undefined)
      problems.push(`${where}: Freitext mit Wertemenge`);
    if (item.type !== 'text' && set === undefined)
      problems.push(`${where}: Wertemenge „${item.valueSet}“ fehlt`);
    if (item.type === 'single' && set !== undefined) {
      const labels = 'values' in set ? set.values : set.extra;
      if (labels.some((l) => l.exclusive === true))
        problems.push(`${where}: exklusive Werte nur bei Mehrfachauswahl`);
    }
    if (item.maxSelected !== undefined && (item.type !== 'multi' || item.maxSelected < 1)) {
      problems.push(`${where}: maxSelected nur bei Mehrfachauswahl und ≥ 1`);
    }
    if (item.showIf !== undefined) {
      const target = codebook.items.findIndex((i) => i.code === item.showIf?.item);
      const targetItem = codebook.items[target];
      if (target < 0 || target >= index || targetItem?.type !== 'single') {
        problems.push(`${where}: Bedingung muss auf eine frühere Einfachauswahl verweisen`);
      } else {
        const targetSet = codebook.valueSets.find((s) => s.id === targetItem.valueSet);
        const labels =
          targetSet === undefined ? [] : 'values' in targetSet ? targetSet.values : targetSet.extra;
        if (!labels.some((l) => l.code === item.showIf?.equals))
          problems.push(`${where}: Bedingungswert fehlt`);
      }
    }
  });
  return problems;
}

function checkTranslations(codebook: Codebook, translations: ReadonlyMap<string, Translations>): string[] {
  const problems: string[] = [];
  const required = requiredTextKeys(codebook);
  const requiredSet = new Set(required);
  if (translations.size === 0) problems.push('Keine Übersetzungsdatei vorhanden');
  for (const [locale, texts] of translations) {
    for (const key of required) {
      const value = texts[key];
      if (value === undefined) problems.push(`${locale}: Text „${key}“ fehlt`);
      else if (value.trim() === '') problems.push(`${locale}: Text „${key}“ ist leer`);
    }
    for (const key of Object.keys(texts)) {
      // `form.*`: the online form's frame texts, independent of the codebook (see online-form/form-texts.ts).
      if (!requiredSet.has(key) && !key.startsWith('form.'))
        problems.push(`${locale}: Text „${key}“ wird nicht verwendet`);
    }
    if (!(texts['survey.title_municipality'] ?? '').includes('{municipality}')) {
      problems.push(`${locale}: „survey.title_municipality“ ohne Platzhalter {municipality}`);
    }
  }
  return problems;
}

/** All problems of the codebook and of every translation file (empty when consistent). */
export function validateCodebook(
  codebook: Codebook,
  translations: ReadonlyMap<string, Translations>,
): string[] {
  return [...checkStructure(codebook), ...checkTranslations(codebook, translations)];
}
