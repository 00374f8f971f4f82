import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { safeReturnPath } from './features/auth/form-errors.ts';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { PasswordPage } from './features/auth/PasswordPage.tsx';
import { DatenquellenPage } from './features/datenquellen/DatenquellenPage.tsx';
import { NotFoundPage } from './features/fehler/NotFoundPage.tsx';
import { UnavailablePage } from './features/fehler/UnavailablePage.tsx';
import { KommuneDetailPage } from './features/kommunen/KommuneDetailPage.tsx';
import { KommunenListPage } from './features/kommunen/KommunenListPage.tsx';
import { ModulePage } from './features/module/ModulePage.tsx';
import { StartPage } from './features/start/StartPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { useAuth } from './lib/auth.tsx';
import { modules } from './lib/modules.ts';
import { matchPath, navigate, useLocation } from './lib/router.tsx';

// The public survey form carries SurveyJS (about 1.8 MB); only its own route loads it.
const BefragungPage = lazy(() => import('./features/befragung/index.tsx'));
// The admin module "Befragungen" (results, charts, data entry) loads on its own routes.
const BefragungenModule = lazy(() => import('./features/befragungen/index.tsx'));
// Kriminalstatistik (PKS profiles, district map, import) brings ECharts; it loads on its own routes.
const KriminalstatistikPage = lazy(() => import('./features/kriminalstatistik/index.tsx'));
// ECharts is only needed for the map pages.
const KartePage = lazy(() =>
  import('./features/karte/KartePage.tsx').then((module) => ({ default: module.KartePage })),
);

interface Route {
  id: string;
  /** Needs a logged-in user. */
  protected: boolean;
  element: ReactNode;
}

function resolve(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/anmelden') return { id: 'login', protected: false, element: <LoginPage /> };
  if (path === '/datenquellen') return { id: 'sources', protected: false, element: <DatenquellenPage /> };
  if (path === '/befragung') {
    return {
      id: 'survey',
      protected: false,
      element: (
        <Suspense fallback={<Loading label="Befragung wird geladen …" />}>
          <BefragungPage />
        </Suspense>
      ),
    };
  }
  if (path === '/') return { id: 'start', protected: true, element: <StartPage /> };
  if (path === '/passwort') return { id: 'password', protected: true, element: <PasswordPage /> };
  if (path === '/konten') return { id: 'users', protected: true, element: <UsersPage /> };
  if (path === '/kommunen') return { id: 'list', protected: true, element: <KommunenListPage /> };
  if (path === '/karte') {
    return {
      id: 'map',
      protected: true,
      element: (
        <Suspense fallback={<Loading label="Karte wird geladen …" />}>
          <KartePage />
        </Suspense>
      ),
    };
  }
  if (path === '/befragungen' || path.startsWith('/befragungen/')) {
    return {
      id: 'surveys',
      protected: true,
      element: (
        <Suspense fallback={<Loading label="Befragungen werden geladen …" />}>
          <BefragungenModule />
        </Suspense>
      ),
    };
  }
  if (path === '/kriminalstatistik' || path.startsWith('/kriminalstatistik/')) {
    return {
      id: 'pks',
      protected: true,
      element: (
        <Suspense fallback={<Loading label="Kriminalstatistik wird geladen …" />}>
          <KriminalstatistikPage path={path} />
        </Suspense>
      ),
    };
  }
  const detail = matchPath('/kommunen/:ags', path);
  if (detail?.ags) return { id: 'detail', protected: true, element: <KommuneDetailPage ags={detail.ags} /> };
  const module = modules.find((entry) => entry.path === path && !entry.ready);
  if (module)
    return { id: `module-${module.path}`, protected: true, element: <ModulePage module={module} /> };
  return { id: 'not-found', protected: false, element: <NotFoundPage /> };
}

export function App() {
  const { status, user, signOutReason, refresh } = useAuth();
  const location = useLocation();
  const route = resolve(location.pathname);

  useEffect(() => {
    if (status === 'anonymous' && route.protected) {
      const target =
        signOutReason === 'logout' || location.href === '/'
          ? '/anmelden'
          : `/anmelden?weiter=${encodeURIComponent(location.href)}`;
      navigate(target, { replace: true });
    } else if (status === 'authenticated' && user) {
      if (user.mustChangePassword && (route.protected || route.id === 'login') && route.id !== 'password') {
        navigate('/passwort', { replace: true });
      } else if (route.id === 'login') {
        navigate(safeReturnPath(location.search.get('weiter')), { replace: true });
      }
    }
  }, [status, user, route.protected, route.id, signOutReason, location.href, location.search]);

  let content: ReactNode;
  if (status === 'checking') content = <Loading label="Die Plattform wird geladen …" />;
  else if (status === 'unavailable' && route.protected)
    content = <UnavailablePage onRetry={() => void refresh()} />;
  else if (status !== 'authenticated' && route.protected)
    content = <Loading label="Weiterleitung zur Anmeldung …" />;
  else if (user?.mustChangePassword && route.protected && route.id !== 'password') {
    // The server refuses everything else until the one-time password is changed.
    content = <Loading label="Weiterleitung …" />;
  } else content = route.element;

  return (
    <Layout>
      <div key={location.pathname}>{content}</div>
    </Layout>
  );
}
