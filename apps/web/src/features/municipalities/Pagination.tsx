import { Link } from '../../lib/router.tsx';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Seiten der Ergebnisliste" className="app-pagination">
      <ul className="app-pagination__list">
        <li>
          {page > 1 ? (
            <Link className="kern-btn kern-btn--secondary" href={hrefFor(page - 1)}>
              <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
              <span className="kern-label">
                Zurück<span className="app-sr-only"> zur vorherigen Seite</span>
              </span>
            </Link>
          ) : null}
        </li>
        <li className="kern-body app-pagination__status">
          Seite {page} von {pageCount}
        </li>
        <li>
          {page < pageCount ? (
            <Link className="kern-btn kern-btn--secondary" href={hrefFor(page + 1)}>
              <span className="kern-label">
                Weiter<span className="app-sr-only"> zur nächsten Seite</span>
              </span>
              <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
