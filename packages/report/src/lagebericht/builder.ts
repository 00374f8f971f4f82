/** Collects findings while the sections are built, so the summary and the recommendations can cite them. */
import type { Block, ChartBlock, FindingBlock, TableBlock } from './model-types.ts';

export class ReportBuilder {
  readonly findings: FindingBlock[] = [];

  /** Records a finding (worded by an explicit rule) and returns the block to place in its section. */
  finding(id: string, text: string, notable: boolean, rule: string): FindingBlock {
    const block: FindingBlock = { kind: 'finding', id, text, notable, rule };
    this.findings.push(block);
    return block;
  }

  get(id: string): FindingBlock | undefined {
    return this.findings.find((f) => f.id === id);
  }
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const note = (text: string): Block => ({ kind: 'note', text });
export const heading = (text: string): Block => ({ kind: 'heading', text });

export function table(
  id: string,
  caption: string,
  columns: TableBlock['columns'],
  rows: TableBlock['rows'],
  noteText?: string,
): TableBlock {
  return { kind: 'table', id, caption, columns, rows, ...(noteText ? { note: noteText } : {}) };
}

export function chart(
  id: string,
  caption: string,
  alt: string,
  builder: ChartBlock['builder'],
  input: unknown,
  size: { width?: number; height?: number; geo?: unknown } = {},
): ChartBlock {
  return {
    kind: 'chart',
    id,
    caption,
    alt,
    builder,
    input,
    width: size.width ?? 640,
    height: size.height ?? 320,
    ...(size.geo !== undefined ? { geo: size.geo } : {}),
  };
}

/** Text cell. */
export const t = (text: string) => ({ text });
/** Number cell with its printed form. */
export const v = (value: number | null, text: string) => ({ text, value });
