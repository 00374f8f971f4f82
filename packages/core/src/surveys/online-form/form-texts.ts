/**
 * The texts of the online form's frame (buttons, hints, error messages, the end pages). They live in the
 * questionnaire's translation files under `form.*`, so adding a language stays one JSON file. Missing
 * keys of a new language fall back to German, so a half-done translation never shows raw keys.
 */
import { availableLocales, getTranslations } from '../questionnaire/load-translations.ts';

export const FORM_FALLBACK_LOCALE = 'de';

export interface FormTexts {
  readonly locale: string;
  /** The text of a key with `{name}` placeholders filled in (values are plain text, escaped on output). */
  t(key: string, values?: Readonly<Record<string, string | number>>): string;
}

/** The frame texts of one locale (an unknown locale gives German). */
export function formTexts(locale: string | undefined): FormTexts {
  const chosen = locale && availableLocales().includes(locale) ? locale : FORM_FALLBACK_LOCALE;
  const texts = getTranslations(chosen);
  const fallback = getTranslations(FORM_FALLBACK_LOCALE);
  return {
    locale: chosen,
    t(key, values = {}) {
      const template = texts[key] ?? fallback[key] ?? key;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      );
    },
  };
}

/** Every shipped language with its own name, for the language choice (e.g. `de` → „Deutsch“). */
export function formLanguages(): { locale: string; name: string }[] {
  return availableLocales().map((locale) => ({ locale, name: formTexts(locale).t('form.language_name') }));
}

/** The `form.*` keys of the German file: every other language must have the same ones (tested). */
export function formTextKeys(): string[] {
  return Object.keys(getTranslations(FORM_FALLBACK_LOCALE)).filter((key) => key.startsWith('form.'));
}
