import { Link } from '../../lib/router.tsx';

interface ViewSwitchProps {
  current: 'liste' | 'karte';
}

/** Switches between the list and the map of the municipalities. */
export function ViewSwitch({ current }: ViewSwitchProps) {
  return (
    <nav aria-label="Ansicht der Kommunen" className="app-view-switch">
      <ul className="app-view-switch__list">
        <li>
          <Link
            href="/kommunen"
            className={`app-view-switch__link${current === 'liste' ? ' app-view-switch__link--active' : ''}`}
            aria-current={current === 'liste' ? 'page' : undefined}
          >
            Liste
          </Link>
        </li>
        <li>
          <Link
            href="/karte"
            className={`app-view-switch__link${current === 'karte' ? ' app-view-switch__link--active' : ''}`}
            aria-current={current === 'karte' ? 'page' : undefined}
          >
            Karte
          </Link>
        </li>
      </ul>
    </nav>
  );
}
