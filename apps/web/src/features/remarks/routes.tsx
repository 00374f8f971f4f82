import { type AnyRoute, createRoute, useParams } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense } from 'react';
import { Loading } from '../../components/Loading.tsx';

// The public pages of the alliance (no login) and the staff's remark dashboard, added to the route tree
// by routes.tsx. The map page loads ECharts, so it is split off like the other map pages.
const MembersPage = lazy(() =>
  import('../members/MembersPage.tsx').then((m) => ({ default: m.MembersPage })),
);
const remarks = () => import('./index.tsx');
const RemarkFormPage = lazy(() => remarks().then((m) => ({ default: m.RemarkFormPage })));
const RemarkStatusPage = lazy(() => remarks().then((m) => ({ default: m.RemarkStatusPage })));
const PublicRemarksPage = lazy(() => remarks().then((m) => ({ default: m.PublicRemarksPage })));
const StaffRemarksPage = lazy(() => remarks().then((m) => ({ default: m.StaffRemarksPage })));

const PUBLIC_ID = /^\d{4}-[2-9A-Z]{6,10}$/;

function StatusRoute() {
  const { publicId } = useParams({ from: '/hinweis/$publicId' });
  return (
    <Suspense fallback={<Loading label="Status wird geladen …" />}>
      <RemarkStatusPage key={publicId} publicId={publicId} />
    </Suspense>
  );
}

function lazyPage(label: string, Page: () => ReactNode) {
  return () => <Suspense fallback={<Loading label={label} />}>{Page()}</Suspense>;
}

export function remarkRoutes(root: AnyRoute) {
  const open = { staticData: { protected: false } };
  const signedIn = { staticData: { protected: true } };
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/mitglieder',
      ...open,
      component: lazyPage('Karte wird geladen …', () => <MembersPage />),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/hinweis',
      ...open,
      component: lazyPage('Formular wird geladen …', () => <RemarkFormPage />),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/hinweis/$publicId',
      ...open,
      params: {
        parse: (raw: { publicId: string }) => {
          const publicId = raw.publicId.trim().toUpperCase();
          if (!PUBLIC_ID.test(publicId)) throw new Error('Ungültige Hinweisnummer.');
          return { publicId };
        },
        stringify: (params: { publicId: string }) => params,
      },
      component: StatusRoute,
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/hinweise',
      ...open,
      component: lazyPage('Hinweise werden geladen …', () => <PublicRemarksPage />),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/hinweise/bearbeitung',
      ...signedIn,
      component: lazyPage('Hinweise werden geladen …', () => <StaffRemarksPage />),
    }),
  ] as const;
}
