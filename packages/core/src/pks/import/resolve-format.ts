import { detectPksFormat, normalizeHeader, type PksFormat } from '@asskomm/importers';

/** Every file the PKS import takes: the three PKS formats and population series. */
export type PksImportFormat = PksFormat | 'bevoelkerung';
export { PKS_IMPORT_FORMATS } from '@asskomm/contracts';

export const FORMAT_LABELS: Record<PksImportFormat, string> = {
  'bka-kreise': 'BKA-Kreistabelle KR-F-01-T01 (Originalformat)',
  'kreise-csv': 'Kreistabelle, bereinigt (CSV)',
  gemeinde: 'Gemeinde-Vorlage (CSV oder XLSX)',
  bevoelkerung: 'Bevölkerung (ags, stichtag, population)',
};

/** The format given, else detected from the first bytes (population files by their header). */
export function resolveFormat(
  bytes: Uint8Array,
  filename?: string,
  given?: PksImportFormat,
): PksImportFormat | null {
  if (given) return given;
  const pks = detectPksFormat(bytes, filename);
  if (pks) return pks;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
  const first = (head.split(/\r?\n/)[0] ?? '').replace(/^\uFEFF/, '');
  const fields = new Set(first.split(/[;,\t]/).map((f) => normalizeHeader(f.replace(/^"|"$/g, ''))));
  if (fields.has('ags') && fields.has('stichtag') && fields.has('population')) return 'bevoelkerung';
  return null;
}
