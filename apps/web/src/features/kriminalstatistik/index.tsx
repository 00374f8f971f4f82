import { matchPath } from '../../lib/router.tsx';
import './pks.css';
import { ImportPage } from './ImportPage.tsx';
import { MapPage } from './MapPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { ProfilePage } from './ProfilePage.tsx';

/** Paths of the Kriminalstatistik module (lazy-loaded: it brings ECharts). */
export function isKriminalstatistikPath(path: string): boolean {
  return path === '/kriminalstatistik' || path.startsWith('/kriminalstatistik/');
}

export default function KriminalstatistikPage({ path }: { path: string }) {
  if (path === '/kriminalstatistik/karte') return <MapPage />;
  if (path === '/kriminalstatistik/import') return <ImportPage />;
  const profile = matchPath('/kriminalstatistik/profil/:ags', path);
  if (profile?.ags) return <ProfilePage key={profile.ags} ags={profile.ags} />;
  return <OverviewPage />;
}
