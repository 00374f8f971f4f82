// The Kriminalstatistik module, lazy-loaded by its routes (src/routes.tsx): it brings ECharts.
import './pks.css';

export { ImportPage } from './ImportPage.tsx';
export { MapPage } from './MapPage.tsx';
export { OverviewPage } from './OverviewPage.tsx';
export { ProfilePage } from './ProfilePage.tsx';
