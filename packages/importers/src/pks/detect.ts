import { normalizeHeader } from './gemeinde/template-columns';
import type { PksFormat } from './types';

/**
 * Guesses the format from the first bytes (and the file name as a fallback):
 * - `bka-kreise`: the BKA line of column numbers `1;2;3;…` or its header `Schluessel;Straftat;Gemeindeschluessel`;
 * - `kreise-csv`: header with `jahr`, `schluessel`, `kreis_schluessel`, `faelle`;
 * - `gemeinde`: an .xlsx (zip) file, or a header with `ags`, `schluessel`, `erfasste_faelle`.
 */
export function detectPksFormat(bytes: Uint8Array, filename?: string): PksFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'gemeinde';
  // Headers that matter are ASCII in every format; UTF-8 (BOM dropped) also spells out umlauts.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  const lines = head.split(/\r?\n/);
  const first = lines[0] ?? '';
  if (/^1;2;3;4;5;/.test(first) || /^Schluessel;Straftat;Gemeindeschluessel/.test(first)) return 'bka-kreise';
  const fields = new Set(first.split(/[;,\t]/).map((f) => normalizeHeader(f.replace(/^"|"$/g, ''))));
  if (['jahr', 'schluessel', 'kreis_schluessel', 'faelle'].every((f) => fields.has(f))) return 'kreise-csv';
  if (['ags', 'schluessel', 'erfasste_faelle'].every((f) => fields.has(f))) return 'gemeinde';
  if (filename && /kr-f-01-t01/i.test(filename)) return 'bka-kreise';
  return null;
}
