import {
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  useMatches,
  useParams,
  useRouterState,
} from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { PasswordPage } from './features/auth/PasswordPage.tsx';
import { safeReturnPath } from './features/auth/return-path.ts';
import { NotFoundPage } from './features/fehler/NotFoundPage.tsx';
import { UnavailablePage } from './features/fehler/UnavailablePage.tsx';
import { ReportBatchPage } from './features/jobs/ReportBatchPage.tsx';
import { ModulePage } from './features/module/ModulePage.tsx';
import { KommuneDetailPage } from './features/municipalities/KommuneDetailPage.tsx';
import { KommunenListPage } from './features/municipalities/KommunenListPage.tsx';
import { DatenquellenPage } from './features/reference/DatenquellenPage.tsx';
import { remarkRoutes } from './features/remarks/routes.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { StartPage } from './features/start/StartPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { useAuth } from './lib/auth.tsx';
import { modules } from './lib/modules.ts';
import { navigate } from './lib/router.tsx';

// Routes of the web app (TanStack Router, code-based): typed path parameters, parsed and checked here,
// so pages get `ags: string` (8 digits) or `id: number` and never parse the URL themselves.

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** Needs a signed-in account; anonymous visitors are sent to the login page. */
    protected?: boolean;
  }
}

// The admin survey module (results, charts, data entry) and the PKS module (ECharts) load on their routes.
const surveys = () => import('./features/surveys/index.tsx');
const WaveListPage = lazy(() => surveys().then((m) => ({ default: m.WaveListPage })));
const CreateWavePage = lazy(() => surveys().then((m) => ({ default: m.CreateWavePage })));
const WaveDetailPage = lazy(() => surveys().then((m) => ({ default: m.WaveDetailPage })));
const pks = () => import('./features/pks/index.tsx');
const PksOverviewPage = lazy(() => pks().then((m) => ({ default: m.OverviewPage })));
const PksMapPage = lazy(() => pks().then((m) => ({ default: m.MapPage })));
const PksImportPage = lazy(() => pks().then((m) => ({ default: m.ImportPage })));
const PksProfilePage = lazy(() => pks().then((m) => ({ default: m.ProfilePage })));
const training = () => import('./features/training/index.tsx');
const TrainingPage = lazy(() => training().then((m) => ({ default: m.TrainingPage })));
const CohortPage = lazy(() => training().then((m) => ({ default: m.CohortPage })));
const SelfPage = lazy(() => training().then((m) => ({ default: m.SelfPage })));
const kennzahlen = () => import('./features/kennzahlen/index.tsx');
const ZahlenPage = lazy(() => kennzahlen().then((m) => ({ default: m.ZahlenPage })));
const DashboardPage = lazy(() => kennzahlen().then((m) => ({ default: m.DashboardPage })));
const FigureRecordsPage = lazy(() => kennzahlen().then((m) => ({ default: m.FigureRecordsPage })));
const network = () => import('./features/network/index.tsx');
const MembersPage = lazy(() => network().then((m) => ({ default: m.MembersPage })));
const MembershipPage = lazy(() => network().then((m) => ({ default: m.MembershipPage })));
const CouncilPage = lazy(() => network().then((m) => ({ default: m.CouncilPage })));
const CoachingPage = lazy(() => network().then((m) => ({ default: m.CoachingPage })));
const KnowledgePage = lazy(() => network().then((m) => ({ default: m.KnowledgePage })));
const reports = () => import('./features/reports/index.tsx');
const ReportPage = lazy(() => reports().then((m) => ({ default: m.ReportPage })));
const ReportsIndexPage = lazy(() => reports().then((m) => ({ default: m.ReportsIndexPage })));
const funding = () => import('./features/funding/index.tsx');
const ProjectListPage = lazy(() => funding().then((m) => ({ default: m.ProjectListPage })));
const ProjectDetailPage = lazy(() => funding().then((m) => ({ default: m.ProjectDetailPage })));
const ProjectEditorPage = lazy(() => funding().then((m) => ({ default: m.ProjectEditorPage })));
const FundingOverviewPage = lazy(() => funding().then((m) => ({ default: m.FundingOverviewPage })));
const ApplicationPage = lazy(() => funding().then((m) => ({ default: m.ApplicationPage })));
const KartePage = lazy(() =>
  import('./features/map/KartePage.tsx').then((module) => ({ default: module.KartePage })),
);

function Lazy({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<Loading label={label} />}>{children}</Suspense>;
}

/** The frame of every page: layout, and the redirects that depend on the session. */
function Shell() {
  const { status, user, signOutReason, refresh } = useAuth();
  const location = useRouterState({ select: (s) => s.location });
  const matches = useMatches();
  const leaf = matches[matches.length - 1];
  const isProtected = matches.some((m) => m.staticData?.protected);
  const routeId = leaf?.routeId ?? '';
  const href = location.href;
  const weiter = (location.search as { weiter?: unknown }).weiter;

  useEffect(() => {
    // While a navigation is pending the matches may still be the previous page's: decide on the path.
    if (location.pathname === '/anmelden' && status !== 'authenticated') return;
    if (status === 'anonymous' && isProtected) {
      const target =
        signOutReason === 'logout' || href === '/'
          ? '/anmelden'
          : `/anmelden?weiter=${encodeURIComponent(href)}`;
      navigate(target, { replace: true });
    } else if (status === 'authenticated' && user) {
      const onLogin = routeId === '/anmelden';
      if (user.mustChangePassword && (isProtected || onLogin) && location.pathname !== '/passwort') {
        navigate('/passwort', { replace: true });
      } else if (onLogin) {
        navigate(safeReturnPath(typeof weiter === 'string' ? weiter : null), { replace: true });
      }
    }
  }, [status, user, isProtected, routeId, signOutReason, href, weiter, location.pathname]);

  let content: ReactNode;
  if (status === 'checking') content = <Loading label="Die Plattform wird geladen …" />;
  else if (status === 'unavailable' && isProtected)
    content = <UnavailablePage onRetry={() => void refresh()} />;
  else if (status !== 'authenticated' && isProtected)
    content = <Loading label="Weiterleitung zur Anmeldung …" />;
  else if (user?.mustChangePassword && isProtected && routeId !== '/passwort') {
    // The server refuses everything else until the one-time password is changed.
    content = <Loading label="Weiterleitung …" />;
  } else content = <Outlet />;

  return (
    <Layout>
      <div key={location.pathname}>{content}</div>
    </Layout>
  );
}

const root = createRootRoute({ component: Shell, notFoundComponent: NotFoundPage });
const open = { staticData: { protected: false } };
const signedIn = { staticData: { protected: true } };

const ags8 = {
  parse: (raw: { ags: string }) => {
    if (!/^\d{8}$/.test(raw.ags)) throw new Error('Die AGS hat 8 Ziffern.');
    return { ags: raw.ags };
  },
  stringify: (params: { ags: string }) => params,
};
const pksArea = {
  // Profiles exist for a municipality (8 digits), a district (5) and Saxony (14).
  parse: (raw: { ags: string }) => {
    if (!/^(\d{8}|\d{5}|14)$/.test(raw.ags)) throw new Error('Unbekanntes Gebiet.');
    return { ags: raw.ags };
  },
  stringify: (params: { ags: string }) => params,
};
const waveId = {
  parse: (raw: { id: string }) => {
    if (!/^\d{1,9}$/.test(raw.id)) throw new Error('Die Nummer der Befragung ist eine Zahl.');
    return { id: Number(raw.id) };
  },
  stringify: (params: { id: number }) => ({ id: String(params.id) }),
};

const loginRoute = createRoute({
  getParentRoute: () => root,
  path: '/anmelden',
  ...open,
  validateSearch: (search: Record<string, unknown>): { weiter?: string } =>
    typeof search.weiter === 'string' ? { weiter: search.weiter } : {},
  component: LoginPage,
});

function MunicipalityRoute() {
  const { ags } = useParams({ from: '/kommunen/$ags' });
  return <KommuneDetailPage ags={ags} />;
}
function WaveRoute() {
  const { id } = useParams({ from: '/befragungen/$id' });
  return (
    <Lazy label="Befragung wird geladen …">
      <WaveDetailPage key={id} id={id} section={null} />
    </Lazy>
  );
}
function WaveSectionRoute() {
  const { id, section } = useParams({ from: '/befragungen/$id/$section' });
  return (
    <Lazy label="Befragung wird geladen …">
      <WaveDetailPage key={id} id={id} section={section} />
    </Lazy>
  );
}
function PksProfileRoute() {
  const { ags } = useParams({ from: '/kriminalstatistik/profil/$ags' });
  return (
    <Lazy label="Kriminalstatistik wird geladen …">
      <PksProfilePage key={ags} ags={ags} />
    </Lazy>
  );
}
function CohortRoute() {
  const { id } = useParams({ from: '/qualifizierung/durchgaenge/$id' });
  return (
    <Lazy label="Durchgang wird geladen …">
      <CohortPage key={id} id={id} />
    </Lazy>
  );
}
function FigureRoute() {
  const { figure } = useParams({ from: '/kennzahlen/$figure' });
  return (
    <Lazy label="Kennzahl wird geladen …">
      <FigureRecordsPage key={figure} figure={figure} />
    </Lazy>
  );
}
function MembershipRoute() {
  const { ags } = useParams({ from: '/netzwerk/$ags' });
  return (
    <Lazy label="Mitgliedschaft wird geladen …">
      <MembershipPage key={ags} ags={ags} />
    </Lazy>
  );
}
function CouncilRoute() {
  const { ags } = useParams({ from: '/netzwerk/$ags/praeventionsrat' });
  return (
    <Lazy label="Präventionsrat wird geladen …">
      <CouncilPage key={ags} ags={ags} />
    </Lazy>
  );
}
function ReportRoute() {
  const { ags } = useParams({ from: '/lageberichte/$ags' });
  return (
    <Lazy label="Lagebericht wird geladen …">
      <ReportPage key={ags} ags={ags} />
    </Lazy>
  );
}
function ProjectRoute() {
  const { id } = useParams({ from: '/projekte/$id' });
  return (
    <Lazy label="Projekt wird geladen …">
      <ProjectDetailPage key={id} id={id} />
    </Lazy>
  );
}
function ProjectEditRoute() {
  const { id } = useParams({ from: '/projekte/$id/bearbeiten' });
  return (
    <Lazy label="Projekt wird geladen …">
      <ProjectEditorPage key={id} id={id} />
    </Lazy>
  );
}
function ApplicationRoute() {
  const { id } = useParams({ from: '/foerderung/antraege/$id' });
  return (
    <Lazy label="Förderantrag wird geladen …">
      <ApplicationPage key={id} id={id} />
    </Lazy>
  );
}
const numericId = (what: string) => ({
  parse: (raw: { id: string }) => {
    if (!/^\d{1,9}$/.test(raw.id)) throw new Error(`Die Nummer ${what} ist eine Zahl.`);
    return { id: Number(raw.id) };
  },
  stringify: (params: { id: number }) => ({ id: String(params.id) }),
});
const lazyPage = (label: string, Page: () => ReactNode) => () => <Lazy label={label}>{Page()}</Lazy>;

const routeTree = root.addChildren([
  loginRoute,
  createRoute({ getParentRoute: () => root, path: '/datenquellen', ...open, component: DatenquellenPage }),
  createRoute({ getParentRoute: () => root, path: '/', ...signedIn, component: StartPage }),
  createRoute({ getParentRoute: () => root, path: '/passwort', ...signedIn, component: PasswordPage }),
  createRoute({ getParentRoute: () => root, path: '/konten', ...signedIn, component: UsersPage }),
  createRoute({ getParentRoute: () => root, path: '/auftraege', ...signedIn, component: ReportBatchPage }),
  createRoute({ getParentRoute: () => root, path: '/einstellungen', ...signedIn, component: SettingsPage }),
  createRoute({ getParentRoute: () => root, path: '/kommunen', ...signedIn, component: KommunenListPage }),
  createRoute({
    getParentRoute: () => root,
    path: '/kommunen/$ags',
    ...signedIn,
    params: ags8,
    component: MunicipalityRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/karte',
    ...signedIn,
    component: lazyPage('Karte wird geladen …', () => <KartePage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/befragungen',
    ...signedIn,
    component: lazyPage('Befragungen werden geladen …', () => <WaveListPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/befragungen/neu',
    ...signedIn,
    component: lazyPage('Befragungen werden geladen …', () => <CreateWavePage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/befragungen/$id',
    ...signedIn,
    params: waveId,
    component: WaveRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/befragungen/$id/$section',
    ...signedIn,
    params: {
      parse: (raw: { id: string; section: string }) => ({ ...waveId.parse(raw), section: raw.section }),
      stringify: (params: { id: number; section: string }) => ({
        id: String(params.id),
        section: params.section,
      }),
    },
    component: WaveSectionRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/kriminalstatistik',
    ...signedIn,
    component: lazyPage('Kriminalstatistik wird geladen …', () => <PksOverviewPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/kriminalstatistik/karte',
    ...signedIn,
    component: lazyPage('Kriminalstatistik wird geladen …', () => <PksMapPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/kriminalstatistik/import',
    ...signedIn,
    component: lazyPage('Kriminalstatistik wird geladen …', () => <PksImportPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/kriminalstatistik/profil/$ags',
    ...signedIn,
    params: pksArea,
    component: PksProfileRoute,
  }),
  ...remarkRoutes(root),
  createRoute({
    getParentRoute: () => root,
    path: '/zahlen',
    ...open,
    component: lazyPage('Kennzahlen werden geladen …', () => <ZahlenPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/kennzahlen',
    ...signedIn,
    component: lazyPage('Kennzahlen werden geladen …', () => <DashboardPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/kennzahlen/$figure',
    ...signedIn,
    component: FigureRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/qualifizierung',
    ...signedIn,
    component: lazyPage('Qualifizierung wird geladen …', () => <TrainingPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/qualifizierung/durchgaenge/$id',
    ...signedIn,
    params: {
      parse: (raw: { id: string }) => {
        if (!/^\d{1,9}$/.test(raw.id)) throw new Error('Die Nummer des Durchgangs ist eine Zahl.');
        return { id: Number(raw.id) };
      },
      stringify: (params: { id: number }) => ({ id: String(params.id) }),
    },
    component: CohortRoute,
  }),
  // The participant's own record: no account, the personal link's key is the access.
  createRoute({
    getParentRoute: () => root,
    path: '/qualifizierung/teilnahme',
    ...open,
    component: lazyPage('Anmeldung wird geladen …', () => <SelfPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/netzwerk',
    ...signedIn,
    component: lazyPage('Netzwerk wird geladen …', () => <MembersPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/netzwerk/coaching',
    ...signedIn,
    component: lazyPage('Coaching wird geladen …', () => <CoachingPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/netzwerk/wissen',
    ...signedIn,
    component: lazyPage('Wissensaustausch wird geladen …', () => <KnowledgePage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/netzwerk/$ags',
    ...signedIn,
    params: ags8,
    component: MembershipRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/netzwerk/$ags/praeventionsrat',
    ...signedIn,
    params: ags8,
    component: CouncilRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/lageberichte',
    ...signedIn,
    component: lazyPage('Lageberichte werden geladen …', () => <ReportsIndexPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/lageberichte/$ags',
    ...signedIn,
    params: ags8,
    component: ReportRoute,
  }),
  // Prevention projects and funding (issue 13).
  createRoute({
    getParentRoute: () => root,
    path: '/projekte',
    ...signedIn,
    component: lazyPage('Projekte werden geladen …', () => <ProjectListPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/projekte/neu',
    ...signedIn,
    component: lazyPage('Projekt wird geladen …', () => <ProjectEditorPage id={null} />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/projekte/$id',
    ...signedIn,
    params: numericId('des Projekts'),
    component: ProjectRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/projekte/$id/bearbeiten',
    ...signedIn,
    params: numericId('des Projekts'),
    component: ProjectEditRoute,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/foerderung',
    ...signedIn,
    component: lazyPage('Förderung wird geladen …', () => <FundingOverviewPage />),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/foerderung/antraege/$id',
    ...signedIn,
    params: numericId('des Antrags'),
    component: ApplicationRoute,
  }),
  // Modules that are not built yet show what they will offer.
  ...modules
    .filter((module) => !module.ready)
    .map((module) =>
      createRoute({
        getParentRoute: () => root,
        path: module.path,
        ...signedIn,
        component: () => <ModulePage module={module} />,
      }),
    ),
]);

export const router = createRouter({
  routeTree,
  defaultNotFoundComponent: NotFoundPage,
  // Invalid path parameters (a malformed AGS or wave number) show "not found", like an unknown path.
  defaultErrorComponent: NotFoundPage,
  scrollRestoration: false,
  // Plain query strings as before (no JSON in URLs): pages read them with URLSearchParams.
  parseSearch: (searchStr) => Object.fromEntries(new URLSearchParams(searchStr)),
  stringifySearch: (search) => {
    const text = new URLSearchParams(search as Record<string, string>).toString();
    return text ? `?${text}` : '';
  },
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
