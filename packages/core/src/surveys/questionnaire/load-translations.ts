/**
 * Translation files: every `i18n/<locale>.json` next to this module is a language. Adding a language means
 * adding one JSON file (flat map text key → text, see text-keys.ts); no code changes. The files are read
 * once, synchronously, on first use (they ship with the package).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../errors.ts';
import type { Translations } from './codebook-types.ts';

const I18N_DIR = fileURLToPath(new URL('./i18n/', import.meta.url));
const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Reads all translation files of a directory (default: the shipped ./i18n). Throws on malformed files. */
export function loadTranslations(dir: string = I18N_DIR): Map<string, Translations> {
  const result = new Map<string, Translations>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const locale = file.slice(0, -'.json'.length);
    if (!LOCALE_PATTERN.test(locale)) throw new Error(`Übersetzungsdatei „${file}“: ungültiger Sprachcode`);
    const parsed: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`Übersetzungsdatei „${file}“: erwartet wird ein JSON-Objekt`);
    }
    const texts: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') throw new Error(`Übersetzungsdatei „${file}“: „${key}“ ist kein Text`);
      texts[key] = value;
    }
    result.set(locale, Object.freeze(texts));
  }
  return result;
}

let shipped: Map<string, Translations> | undefined;

function shippedTranslations(): Map<string, Translations> {
  shipped ??= loadTranslations();
  return shipped;
}

/** Locale codes of the shipped translation files, e.g. `['de', 'en']`. */
export function availableLocales(): string[] {
  return [...shippedTranslations().keys()];
}

/** The shipped translations of one locale. Throws for an unknown locale. */
export function getTranslations(locale: string): Translations {
  const texts = shippedTranslations().get(locale);
  if (texts === undefined) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Sprache „${locale}“ ist nicht verfügbar (vorhanden: ${availableLocales().join(', ')})`,
      fields: { locale: 'Unbekannte Sprache' },
    });
  }
  return texts;
}
