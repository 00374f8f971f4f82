/**
 * Hides obvious personal data in free-text answers before they are listed in results (issue 5):
 * e-mail addresses → [E-Mail], phone numbers → [Telefon], names → [Name].
 *
 * This is a heuristic for the obvious cases, not anonymisation: staff still read the texts before
 * publishing quotes. It errs towards masking (a masked word costs little, a published name costs much),
 * but avoids masking dates, postcodes, years, times and amounts.
 *
 * - E-mail: local@domain.tld, also written "name (at) domain (punkt) de" or "[at]".
 * - Phone: German formats per DIN 5008 and common variants: +49 351 1234567, 0049…, +49 (0)351…,
 *   0351 1234567, 0351/1234567, (0351) 123 45 67, 0171-1234567; at least 7 digits; dots are not
 *   separators (they make dates). Any number of 5+ digits right after "Tel.", "Telefon", "Handy", "Mobil",
 *   "Fax" or "WhatsApp".
 * - Names: a salutation (Herr, Herrn, Frau, Familie, Hr., Fr.) with optional titles (Dr., Prof.) and a
 *   capitalised word, e.g. "Herr Müller", "Frau Dr. Schmidt", "Familie von Bülow"; "Name: …",
 *   "mein Name ist …", "ich heiße …" and a signature after "Viele Grüße"/"Mit freundlichen Grüßen".
 *   Not when the salutation is a common noun ("eine Frau Anfang 30", "als Frau Angst …") or followed by
 *   an office ("Herr Bürgermeister").
 */

const L = '\\p{L}';
const LU = '\\p{Lu}';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';

const EMAIL = new RegExp(
  `${NOT_WORD_BEFORE}[${L}\\p{N}._%+-]+(?:@|\\s*[([{]\\s*(?:at|ät)\\s*[)\\]}]\\s*)` +
    `[${L}\\p{N}-]+(?:(?:\\.|\\s*[([{]\\s*(?:dot|punkt)\\s*[)\\]}]\\s*)[${L}\\p{N}-]+)*` +
    `(?:\\.|\\s*[([{]\\s*(?:dot|punkt)\\s*[)\\]}]\\s*)${L}{2,}(?![${L}\\p{N}])`,
  'giu',
);

// International (+49 / 0049, optional "(0)") or national (leading 0, optional brackets) numbers.
const PHONE = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:\\+|00)[1-9]\\d{0,2}[\\s\\-/]*(?:\\(0\\)[\\s\\-/]*)?|\\(?0)\\d[\\d\\s\\-/()]*\\d(?!\\p{N})`,
  'gu',
);
const PHONE_KEYWORD = new RegExp(
  `${NOT_WORD_BEFORE}((?:Tel(?:efon)?|Handy|Mobil|Mobilnummer|Fon|Fax|WhatsApp|Rufnummer)\\.?(?:-?Nr\\.?)?\\s*:?\\s*)` +
    `(\\+?\\d[\\d\\s\\-/()]*\\d)(?!\\p{N})`,
  'giu',
);
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

const NAME_WORD = `${LU}[${L}'’]*(?:-${LU}[${L}'’]*)?`;
const PARTICLE = '(?:von|van|de|der|zu|vom|zur|di|da|le|la)';
const FULL_NAME = `(?:${PARTICLE}\\s+)*${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,2}`;
const TITLES =
  '(?:\\s+(?:Dr\\.|Prof\\.|Professor(?:in)?|Doktor|Dipl\\.-[\\p{L}]+\\.|med\\.|rer\\.\\s*nat\\.))*';

// Offices and nouns that follow "Herr"/"Frau" without being a name.
const NOT_A_NAME = new Set(
  [
    'bürgermeister',
    'bürgermeisterin',
    'oberbürgermeister',
    'oberbürgermeisterin',
    'landrat',
    'landrätin',
    'minister',
    'ministerin',
    'präsident',
    'präsidentin',
    'pfarrer',
    'pfarrerin',
    'polizist',
    'polizistin',
    'wachtmeister',
    'kommissar',
    'kommissarin',
    'nachbar',
    'nachbarin',
    'kollege',
    'kollegin',
    'direktor',
    'direktorin',
    'anfang',
    'mitte',
    'ende',
    'angst',
    'allein',
    'alleine',
    'nachts',
    'abends',
  ].map((w) => w.normalize('NFC')),
);

// Determiners/adjectives before "Frau"/"Herr" that make it a common noun ("eine Frau", "als Frau").
const COMMON_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:ein|eine|einer|einem|einen|die|der|den|dem|des|jede|jeder|jedem|jeden|als|keine|keiner|manche|diese|dieser|dieses|welche|solche|junge|jungen|junger|ältere|älteren|älterer|alte|alten|alter|ältere|fremde|fremden|fremder)\s+$/iu;

const SALUTATION = new RegExp(
  `${NOT_WORD_BEFORE}(?:Herrn?|Frau|Familie|Fam\\.|Hr\\.|Fr\\.)${TITLES}\\s+(${FULL_NAME})`,
  'gu',
);
const NAME_LABEL = new RegExp(
  `${NOT_WORD_BEFORE}((?:Vor-?\\s*und\\s+Zuname|Vorname|Nachname|Familienname|Name)\\s*[:=]\\s*)([^\\n,;]+)`,
  'gu',
);
const NAME_INTRO = new RegExp(
  `${NOT_WORD_BEFORE}((?:mein\\s+Name\\s+ist|ich\\s+hei(?:ß|ss)e|ich\\s+bin\\s+(?:der|die))\\s+)(${FULL_NAME})`,
  'giu',
);
const SIGNATURE = new RegExp(
  `${NOT_WORD_BEFORE}((?:Mit\\s+freundlichen\\s+Grüßen|Freundliche\\s+Grüße|Viele\\s+Grüße|Liebe\\s+Grüße|Beste\\s+Grüße|MfG|LG|VG|Gruß|gez\\.)[,.!]?\\s+)(${FULL_NAME})`,
  'giu',
);

const firstWord = (name: string): string =>
  (name.split(/\s+/).find((w) => !/^(?:von|van|de|der|zu|vom|zur|di|da|le|la)$/.test(w)) ?? '').toLowerCase();

/** Replaces e-mail addresses, phone numbers and names with [E-Mail], [Telefon], [Name]. */
export function maskPersonalData(text: string): string {
  let out = text.replace(EMAIL, '[E-Mail]');
  out = out.replace(PHONE_KEYWORD, (match, keyword: string, number: string) =>
    number.replace(/\D/g, '').length >= 5 ? `${keyword}[Telefon]` : match,
  );
  out = out.replace(PHONE, (match: string) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || SLASH_DATE.test(match.trim())) return match;
    return '[Telefon]';
  });
  out = out.replace(NAME_LABEL, (_m, label: string) => `${label}[Name]`);
  out = out.replace(NAME_INTRO, (_m, intro: string) => `${intro}[Name]`);
  out = out.replace(SIGNATURE, (_m, greeting: string) => `${greeting}[Name]`);
  out = out.replace(SALUTATION, (match: string, name: string, offset: number, whole: string) => {
    if (NOT_A_NAME.has(firstWord(name))) return match;
    if (/^(?:Frau|Herrn?)\b/u.test(match) && COMMON_NOUN_BEFORE.test(whole.slice(0, offset))) return match;
    return '[Name]';
  });
  return out;
}
