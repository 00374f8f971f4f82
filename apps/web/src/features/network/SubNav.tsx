import { useAuth } from '../../lib/auth.tsx';
import { Link } from '../../lib/router.tsx';

export type NetworkView = 'mitglieder' | 'kommune' | 'coaching' | 'wissen';

/** The views of the Netzwerk module; a municipality's account gets its own page, a coach theirs. */
export function SubNav({ current }: { current: NetworkView }) {
  const { user } = useAuth();
  const items: { view: NetworkView; href: string; label: string }[] = [
    { view: 'mitglieder', href: '/netzwerk', label: 'Mitglieder' },
    ...(user?.ags && (user.role === 'kommune' || user.role === 'rat')
      ? [
          {
            view: 'kommune' as const,
            href: user.role === 'rat' ? `/netzwerk/${user.ags}/praeventionsrat` : `/netzwerk/${user.ags}`,
            label: user.role === 'rat' ? 'Unser Präventionsrat' : 'Unsere Mitgliedschaft',
          },
        ]
      : []),
    ...(user?.role === 'coach'
      ? [{ view: 'coaching' as const, href: '/netzwerk/coaching', label: 'Mein Coaching' }]
      : []),
    { view: 'wissen', href: '/netzwerk/wissen', label: 'Wissensaustausch' },
  ];
  return (
    <nav aria-label="Bereiche des Netzwerks" className="app-view-switch">
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
