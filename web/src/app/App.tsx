// The shell: query cache, router, layout. Every page is its own chunk (React.lazy), so the route an
// e-mailed link opens (/formulieren/:formId/:partId) loads the form renderer and nothing else. The paths are
// the domain's route list (domain/src/routes.ts), which also decides where a sign-in may continue to.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { BrowserRouter, matchPath, Route, Routes } from 'react-router-dom';
import { ROUTES } from '@praktijkvolg/domain';
import { Layout } from './Layout';
import { RequireAuth, RequireStaff } from './RequireAuth';
import { UpdatePrompt } from './UpdatePrompt';

const HomePage = lazy(() => import('../features/home/HomePage'));
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const CompleteSignInPage = lazy(() => import('../features/auth/CompleteSignInPage'));
const LinkPage = lazy(() => import('../features/auth/LinkPage'));
const FormOverviewPage = lazy(() => import('../features/forms/FormOverviewPage'));
const PrintPage = lazy(() => import('../features/forms/PrintPage'));
const TrajectenPage = lazy(() => import('../features/trajecten/TrajectenPage'));
const TrajectEditPage = lazy(() => import('../features/trajecten/TrajectEditPage'));
const OverduePage = lazy(() => import('../features/secretariaat/OverduePage'));
const CohortImportPage = lazy(() => import('../features/cohort/CohortImportPage'));
const LeohInboxPage = lazy(() => import('../features/secretariaat/LeohInboxPage'));
const StaffRolesPage = lazy(() => import('../features/people/StaffRolesPage'));
const DecisionsPage = lazy(() => import('../features/beslissing/DecisionsPage'));
const MyDataPage = lazy(() => import('../features/exports/MyDataPage'));
const VoorkeurenPage = lazy(() => import('../features/voorkeuren/VoorkeurenPage'));
const TeamsPage = lazy(() => import('../features/teams/TeamsPage'));
const TeamOverviewPage = lazy(() => import('../features/teams/TeamOverviewPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * A page whose chunk can be fetched before React asks for it; once fetched, the page renders at once instead of
 * suspending. React reveals content that replaces a Suspense fallback at most every 300 ms, so suspending on a
 * chunk that is (nearly) there would hold the page back for up to that long.
 */
function preloadable(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  let pending: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (m) => ((loaded = m.default), m),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
  const Lazy = lazy(preload);
  function Page() {
    // Chosen once per mount: switching from the lazy wrapper to the component would remount the page.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  }
  return { Page, preload };
}

// The route an e-mailed link opens (docs/architecture.md, "The form route on a phone"): its chunk is fetched
// while Auth restores the session, not after.
const FormPage = preloadable(() => import('../features/forms/FormPage'));
if (matchPath(ROUTES.formPart, window.location.pathname)) void FormPage.preload().catch(() => undefined);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

function Loading() {
  return (
    <p role="status" aria-live="polite">
      Laden…
    </p>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <UpdatePrompt />
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path={ROUTES.signIn} element={<SignInPage />} />
              <Route path={ROUTES.completeSignIn} element={<CompleteSignInPage />} />
              <Route path={ROUTES.link} element={<LinkPage />} />
              <Route element={<RequireAuth />}>
                <Route path={ROUTES.home} element={<HomePage />} />
                <Route path={ROUTES.form} element={<FormOverviewPage />} />
                <Route path={ROUTES.formPrint} element={<PrintPage />} />
                <Route path={ROUTES.formPart} element={<FormPage.Page />} />
                <Route path={ROUTES.voorkeuren} element={<VoorkeurenPage />} />
                <Route path={ROUTES.mijnGegevens} element={<MyDataPage />} />
                {/* Any member may ask; the callable teamOverview decides (staff, leidinggevende, teachers). */}
                <Route path={ROUTES.team} element={<TeamOverviewPage />} />
                <Route
                  element={
                    <RequireStaff
                      roles={[
                        'secretariaat',
                        'admin',
                        'hoofd_opleiding',
                        'fase_coordinator',
                        'opleiderscoach',
                      ]}
                    />
                  }
                >
                  <Route path={ROUTES.teams} element={<TeamsPage />} />
                </Route>
                <Route element={<RequireStaff roles={['secretariaat', 'admin']} />}>
                  <Route path={ROUTES.trajecten} element={<TrajectenPage />} />
                  <Route path={ROUTES.newTraject} element={<TrajectEditPage />} />
                  <Route path={ROUTES.traject} element={<TrajectEditPage />} />
                  <Route path={ROUTES.achterstanden} element={<OverduePage />} />
                </Route>
                <Route element={<RequireStaff roles={['secretariaat']} />}>
                  <Route path={ROUTES.cohortImport} element={<CohortImportPage />} />
                </Route>
                <Route element={<RequireStaff roles={['secretariaat', 'opleiderscoach', 'admin']} />}>
                  <Route path={ROUTES.leohInbox} element={<LeohInboxPage />} />
                </Route>
                <Route element={<RequireStaff roles={['admin']} />}>
                  <Route path={ROUTES.medewerkers} element={<StaffRolesPage />} />
                </Route>
                <Route
                  element={<RequireStaff roles={['hoofd_opleiding', 'fase_coordinator', 'secretariaat']} />}
                >
                  <Route path={ROUTES.beslissingen} element={<DecisionsPage />} />
                </Route>
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
