import { Link } from '../../lib/router.tsx';

/** Netzwerk › … › current page. */
export function Breadcrumbs({
  trail = [],
  current,
}: {
  trail?: { href: string; label: string }[];
  current: string;
}) {
  return (
    <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
      <ol className="app-breadcrumbs__list">
        <li>
          <Link className="kern-link" href="/netzwerk">
            Netzwerk
          </Link>
        </li>
        {trail.map((item) => (
          <li key={item.href}>
            <Link className="kern-link" href={item.href}>
              {item.label}
            </Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
