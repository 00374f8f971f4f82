// The admin module "Befragungen", lazy-loaded by its routes (src/routes.tsx): /befragungen (list),
// /befragungen/neu (create), /befragungen/$id and /befragungen/$id/$section (a wave with its sections).
import './befragungen.css';

export { CreateWavePage } from './CreateWavePage.tsx';
export { WaveDetailPage } from './WaveDetailPage.tsx';
export { WaveListPage } from './WaveListPage.tsx';
