import type { ReactNode } from 'react';

interface RepeatRowsProps {
  legend: string;
  /** A form's own group takes 'kern-label'; a section of a long form 'kern-heading-small'. */
  legendClassName?: string;
  /** react-hook-form's useFieldArray `fields` (their ids keep the inputs' state when a row goes). */
  rows: readonly { id: string }[];
  /** Said when there is no row yet. */
  empty?: string;
  /** Names a row for the remove button, e.g. "Aufgabe 2" (screen readers hear "Entfernen (Aufgabe 2)"). */
  rowName: (index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** The row's layout; by default the fields side by side, the button level with the inputs. */
  rowClassName?: string;
  children: (index: number) => ReactNode;
}

/** A list of rows the user adds and removes (tasks, follow-ups, materials) inside a form. */
export function RepeatRows({
  legend,
  legendClassName = 'kern-label',
  rows,
  empty,
  rowName,
  onRemove,
  addLabel,
  onAdd,
  rowClassName = 'app-form__row app-form__row--end',
  children,
}: RepeatRowsProps) {
  return (
    <fieldset className="kern-fieldset">
      <legend className={legendClassName}>{legend}</legend>
      <div className="app-fieldset-body">
        {rows.length === 0 && empty ? <p className="kern-body app-muted">{empty}</p> : null}
        {rows.map((row, index) => (
          <div className={rowClassName} key={row.id}>
            {children(index)}
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onRemove(index)}>
              <span className="kern-label">
                {/* app-sr-only: KERN turns a button holding .kern-sr-only into an icon button. */}
                Entfernen<span className="app-sr-only"> ({rowName(index)})</span>
              </span>
            </button>
          </div>
        ))}
        <div className="app-actions">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onAdd}>
            <span className="kern-label">{addLabel}</span>
          </button>
        </div>
      </div>
    </fieldset>
  );
}
