/**
 * The Lagebericht as pure data: sections with blocks (text, findings, tables, charts, notes,
 * recommendations). Every renderer (Typst PDF, DOCX, HTML, XLSX) reads only this. Finding and
 * recommendation texts are editable: an analyst's edit replaces `text`, the rule that produced it stays
 * in `rule` and `basis`.
 */
import type { ReportProvenance } from './input-types.ts';

export type SectionId =
  | 'zusammenfassung'
  | 'gebietsprofil'
  | 'kriminalitaetslage'
  | 'sicherheitsempfinden'
  | 'opfererfahrungen'
  | 'wahrnehmung'
  | 'wohnumfeld'
  | 'handlungsfelder'
  | 'methodik';

/** A table cell: the text as printed, and the number behind it for the data appendix. */
export interface Cell {
  text: string;
  value?: number | null;
}

export interface TableBlock {
  kind: 'table';
  id: string;
  caption: string;
  columns: readonly { label: string; align: 'left' | 'right' }[];
  rows: readonly (readonly Cell[])[];
  note?: string;
}

/** Chart: which option builder (@asskomm/charts) with which input, and the message as alt text. */
export interface ChartBlock {
  kind: 'chart';
  id: string;
  caption: string;
  /** States the chart's message (PDF/UA alt text, DOCX alt text, HTML alt). */
  alt: string;
  builder: 'trend' | 'bar' | 'stacked' | 'quadrant' | 'map';
  input: unknown;
  width: number;
  height: number;
  /** For 'map': GeoJSON to register under input.mapName. */
  geo?: unknown;
}

export interface FindingBlock {
  kind: 'finding';
  id: string;
  text: string;
  /** Beyond random variation by its interval or exact test. */
  notable: boolean;
  rule: string;
}

export interface RecommendationBlock {
  kind: 'recommendation';
  id: string;
  field: string;
  text: string;
  /** Id and wording of the finding it rests on. */
  basedOn: { id: string; text: string };
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'list'; items: readonly string[] }
  | FindingBlock
  | RecommendationBlock
  | TableBlock
  | ChartBlock;

export interface ReportSection {
  id: SectionId;
  number: number;
  title: string;
  blocks: readonly Block[];
}

export interface ReportModel {
  title: string;
  subtitle: string;
  municipality: { ags: string; name: string; isDemo: boolean };
  /** Date shown on the title page (German). */
  dateText: string;
  sections: readonly ReportSection[];
  footnotes: readonly string[];
  provenance: ReportProvenance;
}

export const SECTION_TITLES: Record<SectionId, string> = {
  zusammenfassung: 'Zusammenfassung',
  gebietsprofil: 'Gebietsprofil',
  kriminalitaetslage: 'Kriminalitätslage',
  sicherheitsempfinden: 'Sicherheitsempfinden',
  opfererfahrungen: 'Opfererfahrungen und Anzeigeverhalten',
  wahrnehmung: 'Wahrnehmung und Lage',
  wohnumfeld: 'Probleme im Wohnumfeld und Angsträume',
  handlungsfelder: 'Handlungsfelder und Empfehlungen',
  methodik: 'Methodik und Datenquellen',
};
