import { useAuth } from '../../lib/auth.tsx';
import { Link } from '../../lib/router.tsx';

export type PksView = 'uebersicht' | 'karte' | 'import' | 'profil';

/** Whether the signed-in role can import PKS files at all (rat cannot; the AGS is checked on upload). */
export function useCanImport(): boolean {
  const { user } = useAuth();
  return user != null && user.role !== 'rat';
}

/** The views of the Kriminalstatistik module. */
export function SubNav({ current }: { current: PksView }) {
  const canImport = useCanImport();
  const items: { view: PksView; href: string; label: string }[] = [
    { view: 'uebersicht', href: '/kriminalstatistik', label: 'Übersicht' },
    { view: 'karte', href: '/kriminalstatistik/karte', label: 'Karte der Kreise' },
    ...(canImport
      ? [{ view: 'import' as const, href: '/kriminalstatistik/import', label: 'Daten importieren' }]
      : []),
  ];
  return (
    <nav aria-label="Bereiche der Kriminalstatistik" className="app-view-switch">
      <ul className="app-view-switch__list">
        {items.map((item) => (
          <li key={item.view}>
            <Link
              href={item.href}
              className={`app-view-switch__link${current === item.view ? ' app-view-switch__link--active' : ''}`}
              aria-current={current === item.view ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Breadcrumbs({ current }: { current: string }) {
  return (
    <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
      <ol className="app-breadcrumbs__list">
        <li>
          <Link className="kern-link" href="/kriminalstatistik">
            Kriminalstatistik
          </Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** Attribution texts of the PKS data, with the source link. */
export function PksAttribution({
  items,
}: {
  items: { id: string; title: string; text: string; url: string | null }[];
}) {
  return (
    <div className="app-attribution">
      {items.map((item) => (
        <p key={item.id} className="kern-body kern-body--small">
          {item.text}
          {item.url ? (
            <>
              {' '}
              <a className="kern-link" href={item.url} rel="noopener noreferrer">
                bka.de
                <span className="kern-sr-only"> (externe Seite: {item.title})</span>
              </a>
            </>
          ) : null}
        </p>
      ))}
    </div>
  );
}
