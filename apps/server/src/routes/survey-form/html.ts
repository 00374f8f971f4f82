/**
 * A tiny HTML template: `html` escapes every interpolated value unless it is already markup made by
 * `html` itself. Arrays are joined; `null`, `undefined` and `false` render nothing. So a free text such
 * as `<script>` is always shown as text, and templates stay plain functions (answers → markup).
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Markup | string | number | boolean | null | undefined | readonly Interpolation[];

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Markup(out);
}

/** An attribute that is present or absent (`checked`, `selected`, `disabled`). */
export const flag = (name: string, on: boolean): Markup => new Markup(on ? ` ${name}` : '');
