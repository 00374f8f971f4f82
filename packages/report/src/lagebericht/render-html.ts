/**
 * The Lagebericht as one self-contained, accessible HTML page (for the web view and as a download):
 * semantic headings, figures with inline SVG and a text alternative, tables with <th scope>. Every
 * text is escaped; nothing from the data becomes markup.
 */
import type { Block, ReportModel } from './model-types.ts';
import { renderChartSvg } from './render-chart-svg.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export interface HtmlOptions {
  /** Render charts (default true); false gives placeholders, for snapshot tests of the structure. */
  charts?: boolean;
}

function block(b: Block, counters: { fig: number; tab: number }, o: HtmlOptions): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'note':
      return `<aside class="hinweis"><p>${escapeHtml(b.text)}</p></aside>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'finding':
      return `<p class="befund${b.notable ? ' befund--deutlich' : ''}" data-finding="${escapeHtml(b.id)}">${escapeHtml(b.text)}</p>`;
    case 'recommendation':
      return `<div class="empfehlung" data-recommendation="${escapeHtml(b.id)}"><p><strong>${escapeHtml(b.field)}:</strong> ${escapeHtml(b.text)}</p><p class="empfehlung__befund">Befund: ${escapeHtml(b.basedOn.text)}</p></div>`;
    case 'table': {
      counters.tab++;
      const head = b.columns
        .map((c) => `<th scope="col" class="${c.align}">${escapeHtml(c.label)}</th>`)
        .join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c.text)}</th>` : `<td class="${b.columns[i]?.align ?? 'left'}">${escapeHtml(c.text)}</td>`)).join('')}</tr>`,
        )
        .join('');
      return `<figure class="tabelle" id="${escapeHtml(b.id)}"><table><caption>Tabelle ${counters.tab}: ${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${b.note ? `<p class="anmerkung">${escapeHtml(b.note)}</p>` : ''}</figure>`;
    }
    case 'chart': {
      counters.fig++;
      const svg =
        o.charts === false
          ? '<svg aria-hidden="true"></svg>'
          : renderChartSvg(b).replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
      return `<figure class="abbildung" id="${escapeHtml(b.id)}" aria-label="${escapeHtml(b.alt)}">${svg}<p class="visually-hidden">${escapeHtml(b.alt)}</p><figcaption>Abbildung ${counters.fig}: ${escapeHtml(b.caption)}</figcaption></figure>`;
    }
  }
}

const STYLE = `body{font-family:"Fira Sans",Arial,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{color:#004b87}h2{color:#004b87;border-bottom:1px solid #ccd;margin-top:2.5rem}
.hinweis{background:#eef3f8;padding:.5rem .8rem;border-radius:2px}.befund{border-left:3px solid #004b87;padding-left:.6rem}
.befund--deutlich{border-left-color:#b03a2e}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}.right{text-align:right}
thead th{border-bottom:2px solid #000}caption{text-align:left;font-weight:600;padding:.3rem 0}
figure{margin:1.2rem 0}figure svg{max-width:100%;height:auto}.anmerkung,.empfehlung__befund{font-size:.85rem;color:#444}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;

export function renderLageberichtHtml(model: ReportModel, o: HtmlOptions = {}): string {
  const counters = { fig: 0, tab: 0 };
  const toc = model.sections
    .map((s) => `<li><a href="#${s.id}">${s.number}. ${escapeHtml(s.title)}</a></li>`)
    .join('');
  const body = model.sections
    .map(
      (s) =>
        `<section id="${s.id}" aria-labelledby="h-${s.id}"><h2 id="h-${s.id}">${s.number}. ${escapeHtml(s.title)}</h2>${s.blocks.map((b) => block(b, counters, o)).join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(model.title)}</h1><p>${escapeHtml(model.subtitle)}</p><p>${escapeHtml(model.municipality.name)} · Stand: ${escapeHtml(model.dateText)}</p>${model.footnotes.map((f) => `<p class="hinweis">${escapeHtml(f)}</p>`).join('')}</header>
<nav aria-label="Inhalt"><h2>Inhalt</h2><ol>${toc}</ol></nav>
<main>${body}</main></body></html>
`;
}
