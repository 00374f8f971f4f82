/**
 * The form's static files (CSS, script, subset fonts), read once at start-up: each gets a content hash
 * in its URL, so browsers may cache it for a year (`immutable`), and the text files are compressed once
 * (brotli and gzip) and sent in the best encoding the browser accepts. WOFF2 is compressed already.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIR = new URL('./assets/', import.meta.url);
export const ASSET_PREFIX = '/befragung/assets/';

export interface Asset {
  readonly url: string;
  readonly type: string;
  readonly raw: Buffer;
  readonly br?: Buffer;
  readonly gzip?: Buffer;
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  woff2: 'font/woff2',
};

function asset(name: string, raw: Buffer): Asset {
  const dot = name.lastIndexOf('.');
  const ext = name.slice(dot + 1);
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 12);
  const url = `${ASSET_PREFIX}${name.slice(0, dot)}.${hash}.${ext}`;
  if (ext === 'woff2') return { url, type: TYPES[ext]!, raw };
  return {
    url,
    type: TYPES[ext]!,
    raw,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(raw, { level: 9 }),
  };
}

export interface FormAssets {
  readonly css: Asset;
  readonly js: Asset;
  readonly fonts: readonly Asset[];
  /** By URL path, for serving. */
  readonly byUrl: ReadonlyMap<string, Asset>;
}

export function loadFormAssets(): FormAssets {
  const fonts = ['fira-sans-400.woff2', 'fira-sans-600.woff2'].map((name) =>
    asset(name, readFileSync(new URL(name, DIR))),
  );
  const urls = new Map(fonts.map((f, i) => [['fira-sans-400.woff2', 'fira-sans-600.woff2'][i]!, f.url]));
  const cssText = readFileSync(new URL('form.css', DIR), 'utf8').replace(
    /\{\{([\w.-]+)\}\}/g,
    (_, name: string) => urls.get(name) ?? name,
  );
  const css = asset('form.css', Buffer.from(cssText));
  const js = asset('form.js', readFileSync(new URL('form.js', DIR)));
  return { css, js, fonts, byUrl: new Map([css, js, ...fonts].map((a) => [a.url, a])) };
}

/** The body and encoding to send for an Accept-Encoding header (brotli first, then gzip). */
export function encodedBody(
  asset: Asset,
  acceptEncoding: string | undefined,
): { body: Buffer; encoding?: string } {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (asset.br && /\bbr\b/.test(accepted)) return { body: asset.br, encoding: 'br' };
  if (asset.gzip && /\bgzip\b/.test(accepted)) return { body: asset.gzip, encoding: 'gzip' };
  return { body: asset.raw };
}
