import type { Kennzahlen } from '@asskomm/contracts';
import { Link } from '../../lib/router.tsx';
import { figureViews } from './format.ts';

/** The figures as big numbers with their labels; with `drillDownHref` each links to its records. */
export function FigureCards({
  data,
  drillDownHref,
}: {
  data: Kennzahlen;
  drillDownHref?: (key: string) => string;
}) {
  return (
    <ul className="app-figures" aria-label="Kennzahlen">
      {figureViews(data).map((f) => (
        <li key={f.key} className="app-figure" data-testid={`kennzahl-${f.key}`}>
          <span className="app-figure__value">{f.value}</span>
          <span className="app-figure__label">
            {drillDownHref ? (
              <Link className="kern-link" href={drillDownHref(f.key)}>
                {f.label}
              </Link>
            ) : (
              f.label
            )}
          </span>
          <span className="app-figure__explanation">{f.explanation}</span>
        </li>
      ))}
    </ul>
  );
}
