import './befragungen.css';
import { matchPath, useLocation } from '../../lib/router.tsx';
import { NotFoundPage } from '../fehler/NotFoundPage.tsx';
import { CreateWavePage } from './CreateWavePage.tsx';
import { WaveDetailPage } from './WaveDetailPage.tsx';
import { WaveListPage } from './WaveListPage.tsx';

/**
 * The admin module "Befragungen" (lazy-loaded): /befragungen (list), /befragungen/neu (create),
 * /befragungen/:id and /befragungen/:id/:bereich (a wave with its sections).
 */
export default function BefragungenModule() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/+$/, '');
  if (path === '/befragungen') return <WaveListPage />;
  if (path === '/befragungen/neu') return <CreateWavePage />;
  const detail = matchPath('/befragungen/:id', path) ?? matchPath('/befragungen/:id/:section', path);
  if (detail?.id && /^\d{1,9}$/.test(detail.id)) {
    return <WaveDetailPage key={detail.id} id={Number(detail.id)} section={detail.section ?? null} />;
  }
  return <NotFoundPage />;
}
