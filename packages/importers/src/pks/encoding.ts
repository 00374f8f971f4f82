import { ISSUE_CODES, quote } from './issues';
import type { ImportIssue } from './types';

/**
 * Decoding with checks. The BKA publishes its tables in ISO-8859-1 (SOURCES.md §5); our own CSVs
 * are UTF-8. A file in the wrong encoding would import with garbled labels (`Ã¤` for `ä`), so it is
 * rejected with a message saying what the file really is.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; issue: ImportIssue };

/** Problems that make any text decoding pointless: UTF-16, binary, a zip (xlsx) container. */
export function sniffBinary(bytes: Uint8Array): ImportIssue | null {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return {
      code: ISSUE_CODES.wrongEncoding,
      line: 1,
      message:
        'Die Datei ist UTF-16-kodiert (Byte-Order-Mark am Anfang). Wahrscheinliche Ursache: in Excel als "Unicode-Text" gespeichert. ' +
        'Bitte als "CSV UTF-8 (durch Trennzeichen getrennt)" speichern bzw. die BKA-Originaldatei verwenden.',
    };
  }
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
    return {
      code: ISSUE_CODES.notCsv,
      message:
        'Die Datei ist eine Excel- oder ZIP-Datei, keine CSV-Datei. Bitte die CSV-Fassung verwenden oder das Format "gemeinde" (XLSX-Vorlage) wählen.',
    };
  }
  const zero = bytes.indexOf(0);
  if (zero !== -1 && zero < 65536) {
    return {
      code: ISSUE_CODES.wrongEncoding,
      line: lineAt(bytes, zero),
      message: `Zeile ${lineAt(bytes, zero)}: Die Datei enthält Null-Bytes; sie ist keine Textdatei oder UTF-16 ohne Byte-Order-Mark. Bitte als CSV speichern.`,
    };
  }
  return null;
}

/** 1-based line of a byte offset. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return i;
  return -1;
}

function lineText(bytes: Uint8Array, offset: number, decoder: InstanceType<typeof TextDecoder>): string {
  let s = offset;
  while (s > 0 && bytes[s - 1] !== 0x0a) s--;
  let e = offset;
  while (e < bytes.length && bytes[e] !== 0x0a && bytes[e] !== 0x0d) e++;
  return decoder.decode(bytes.subarray(s, e));
}

/**
 * Decodes an ISO-8859-1 file as the BKA publishes it. WHATWG maps the label `latin1` to
 * windows-1252, a superset for printable characters, which is what Windows exports produce anyway.
 * Rejects a file that is really UTF-8 (with a BOM, or valid UTF-8 with non-ASCII bytes: decoding
 * that as Latin-1 would turn `ä` into `Ã¤`).
 */
export function decodeLatin1Strict(bytes: Uint8Array): Decoded {
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, issue: binary };
  const latin1 = new TextDecoder('latin1');
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const nonAscii = firstNonAscii(bytes);
  if (utf8Bom || (nonAscii !== -1 && firstInvalidUtf8(bytes) === -1)) {
    const at = utf8Bom ? 0 : nonAscii;
    const line = lineAt(bytes, at);
    const sample = utf8Bom ? '' : ` (als Latin-1 gelesen: ${quote(mojibakeSample(bytes, at, latin1))})`;
    return {
      ok: false,
      issue: {
        code: ISSUE_CODES.wrongEncoding,
        line,
        value: utf8Bom ? undefined : lineText(bytes, at, new TextDecoder('utf-8')),
        message:
          `Zeile ${line}: Die Datei ist UTF-8-kodiert${utf8Bom ? ' (Byte-Order-Mark am Anfang)' : sample}, ` +
          'erwartet wird ISO-8859-1 (Latin-1) wie in der BKA-Veröffentlichung. Wahrscheinliche Ursache: die Datei wurde ' +
          'in einem Editor oder in Excel geöffnet und als UTF-8 neu gespeichert. Bitte die unveränderte BKA-Datei verwenden ' +
          'oder die Datei als ISO-8859-1 speichern.',
      },
    };
  }
  return { ok: true, text: latin1.decode(bytes), encoding: 'ISO-8859-1' };
}

function mojibakeSample(bytes: Uint8Array, at: number, latin1: InstanceType<typeof TextDecoder>): string {
  const s = Math.max(0, at - 12);
  const e = Math.min(bytes.length, at + 12);
  return latin1.decode(bytes.subarray(s, e)).replace(/[\r\n]/g, ' ');
}

/** Decodes UTF-8 (with or without BOM); rejects invalid bytes, which mean Latin-1/Windows-1252. */
export function decodeUtf8Strict(bytes: Uint8Array): Decoded {
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, issue: binary };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const line = lineAt(bytes, bad);
    return {
      ok: false,
      issue: {
        code: ISSUE_CODES.wrongEncoding,
        line,
        value: lineText(bytes, bad, new TextDecoder('latin1')),
        message:
          `Zeile ${line}: ungültiges UTF-8 (Byte 0x${(bytes[bad] as number).toString(16).toUpperCase()}). Wahrscheinliche Ursache: ` +
          'die Datei ist in ISO-8859-1/Windows-1252 gespeichert (z. B. Excel "CSV (Trennzeichen-getrennt)"). ' +
          'Bitte als "CSV UTF-8" speichern.',
      },
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'UTF-8' };
}
