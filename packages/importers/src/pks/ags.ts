import type { AreaKind } from './types';

/**
 * Amtlicher Gemeindeschlüssel: `LL R KK GGG` (SOURCES.md §1): 2 digits Land (01–16), Regierungsbezirk,
 * 2 digits Kreis, 3 digits Gemeinde. A Kreis is the first 5 digits, a Land the first 2.
 * Spreadsheets drop leading zeros (01001 → 1001), so short all-digit codes are padded back.
 */

export type NormalizedAgs = { ok: true; ags: string; padded: boolean } | { ok: false; reason: string };

const LENGTH: Record<AreaKind, number> = { gemeinde: 8, kreis: 5, land: 2 };

function landOk(ags: string): boolean {
  const land = Number(ags.slice(0, 2));
  return land >= 1 && land <= 16;
}

/**
 * Normalises a code of a known level. `padOne` allows one missing leading zero (what Excel does
 * to 01001000); the BKA CSV drops it as a matter of course, so there any shorter code is padded.
 */
export function normalizeAgs(raw: string, kind: AreaKind, maxPad = 1): NormalizedAgs {
  const s = raw.trim();
  const len = LENGTH[kind];
  if (!/^\d+$/.test(s)) return { ok: false, reason: `ist kein Schlüssel aus ${len} Ziffern` };
  if (s.length > len || s.length < len - maxPad) {
    return { ok: false, reason: `hat ${s.length} statt ${len} Ziffern` };
  }
  const ags = s.padStart(len, '0');
  if (!landOk(ags)) return { ok: false, reason: `beginnt nicht mit einer Länderkennung 01–16` };
  return { ok: true, ags, padded: ags !== s };
}

/** Level of a code by its length: 8 Gemeinde, 5 Kreis, 2 Land. */
export function areaKindOf(ags: string): AreaKind | null {
  if (ags.length === 8) return 'gemeinde';
  if (ags.length === 5) return 'kreis';
  if (ags.length === 2) return 'land';
  return null;
}

/** Level-aware normalisation for mixed files (population): 8, 5 or 2 digits, no padding. */
export function normalizeAnyAgs(
  raw: string,
): { ok: true; ags: string; kind: AreaKind } | { ok: false; reason: string } {
  const s = raw.trim();
  const kind = /^\d+$/.test(s) ? areaKindOf(s) : null;
  if (!kind) return { ok: false, reason: 'ist kein AGS aus 8 (Gemeinde), 5 (Kreis) oder 2 (Land) Ziffern' };
  if (!landOk(s)) return { ok: false, reason: 'beginnt nicht mit einer Länderkennung 01–16' };
  return { ok: true, ags: s, kind };
}
