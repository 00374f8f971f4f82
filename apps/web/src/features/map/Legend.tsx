import { missingColor, type ValueClass } from './classes.ts';

interface LegendProps {
  title: string;
  classes: ValueClass[];
  missing: number;
  /** Label of the grey areas (default "keine Angabe"). */
  missingLabel?: string;
}

/** The map legend as real text (the chart's own legend would be an image for screen readers). */
export function Legend({ title, classes, missing, missingLabel = 'keine Angabe' }: LegendProps) {
  return (
    <div className="app-legend">
      <p className="kern-body kern-body--bold app-legend__title">{title}</p>
      <ul className="app-legend__list">
        {classes.map((entry) => (
          <li key={entry.label} className="app-legend__item">
            <span
              className="app-legend__swatch"
              style={{ backgroundColor: entry.color }}
              aria-hidden="true"
            />
            <span className="kern-body kern-body--small">
              {entry.label} <span className="app-muted">({entry.count} Kommunen)</span>
            </span>
          </li>
        ))}
        {missing > 0 ? (
          <li className="app-legend__item">
            <span
              className="app-legend__swatch"
              style={{ backgroundColor: missingColor }}
              aria-hidden="true"
            />
            <span className="kern-body kern-body--small">
              {missingLabel} <span className="app-muted">({missing} Kommunen)</span>
            </span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
