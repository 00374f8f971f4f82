import type { ImportIssue } from '@asskomm/contracts';
import { formatInteger } from './format.ts';

interface IssueTableProps {
  issues: ImportIssue[];
  caption: string;
  /** Total including issues not listed one by one. */
  total: number;
}

/** Errors or warnings of an import with line, column and value. */
export function IssueTable({ issues, caption, total }: IssueTableProps) {
  if (issues.length === 0) return null;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small app-table-stack pks-issues">
        <caption className="kern-body kern-body--bold pks-caption">
          {caption} ({formatInteger(total)})
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Zeile
            </th>
            <th scope="col" className="kern-table__header">
              Spalte
            </th>
            <th scope="col" className="kern-table__header">
              Wert
            </th>
            <th scope="col" className="kern-table__header">
              Meldung
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {issues.map((issue, index) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two issues can have the same code and place.
              key={`${issue.code}-${issue.line ?? ''}-${issue.column ?? ''}-${index}`}
              className="kern-table__row"
            >
              <td className="kern-table__cell kern-table__cell--numeric" data-label="Zeile">
                {issue.line ?? '–'}
              </td>
              <td className="kern-table__cell" data-label="Spalte">
                {issue.column ?? '–'}
              </td>
              <td className="kern-table__cell" data-label="Wert">
                {issue.value !== undefined ? <code className="pks-value">{issue.value}</code> : '–'}
              </td>
              <td className="kern-table__cell" data-label="Meldung">
                {issue.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
