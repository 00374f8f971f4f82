import type { ReactNode } from 'react';
import { DemoBadge } from './Badge.tsx';

export interface Column<T> {
  header: string;
  /** Right-aligned (figures). */
  numeric?: boolean;
  cell: (row: T) => ReactNode;
}

interface DataTableProps<T> {
  /** What the table lists; for screen readers (the page's heading says it for everyone else). */
  caption: string;
  /** The first column heads its row: usually the item's name, linked to its page. */
  columns: readonly [Column<T>, ...Column<T>[]];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Rows of demo data are shaded, so nobody mistakes them for real figures. */
  isDemo?: (row: T) => boolean;
  /** On phones each row becomes a card whose cells name their column; off for tables of figures only. */
  stacked?: boolean;
}

/** A list of items as a KERN table. */
export function DataTable<T>({ caption, columns, rows, rowKey, isDemo, stacked = true }: DataTableProps<T>) {
  const [first, ...rest] = columns;
  const numeric = (column: Column<T>, base: string) => (column.numeric ? ` ${base}--numeric` : '');
  return (
    <div className="kern-table-responsive">
      <table className={`kern-table kern-table--striped${stacked ? ' app-table-stack' : ''}`}>
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`kern-table__header${numeric(column, 'kern-table__header')}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`kern-table__row${isDemo?.(row) ? ' app-row--demo' : ''}`}>
              <th
                scope="row"
                className={`kern-table__header${numeric(first, 'kern-table__header')}${stacked ? ' app-table-stack__title' : ''}`}
              >
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                <td
                  key={column.header}
                  className={`kern-table__cell${numeric(column, 'kern-table__cell')}`}
                  data-label={stacked ? column.header : undefined}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A municipality's name, marked when the row is demo data. */
export function NameCell({ name, isDemo }: { name: string; isDemo: boolean }) {
  return (
    <span className="app-name-cell">
      {name}
      {isDemo ? <DemoBadge small /> : null}
    </span>
  );
}
