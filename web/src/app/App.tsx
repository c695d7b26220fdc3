// The shell: query cache, router, layout. Every page is its own chunk (React.lazy), so the route an
// e-mailed link opens (/formulieren/:formId/:partId) loads the form renderer and nothing else. The paths are
// the domain's route list (domain/src/routes.ts), which also decides where a sign-in may continue to.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { formPartOfPath, ROUTES, type StaffRole } from '@praktijkvolg/domain';
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
 * A page whose chunk can be fetched before the router asks for it; once fetched, the page renders at once instead
 * of suspending (which shows "Laden…" first and the page a render later).
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

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

// The route an e-mailed link opens (docs/architecture.md, "The form route on a phone"): its chunk is fetched
// while Auth restores the session, not after (its first reads are already under way: features/forms/firstReads.ts).
const FormPage = preloadable(() => import('../features/forms/FormPage'));
/**
 * Resolves when the app can render its first route without suspending: on the form route once the form page's
 * chunks are there (so it does not suspend, see preloadable), elsewhere at
 * once. A chunk that cannot be fetched does not hold the app back: the route's Suspense shows it.
 */
export const firstRouteReady: Promise<void> = formPartOfPath(window.location.pathname)
  ? FormPage.preload().then(
      () => undefined,
      () => undefined,
    )
  : Promise.resolve();

function Loading() {
  return (
    <p role="status" aria-live="polite">
      Laden…
    </p>
  );
}

// Where guards nest, they wrap the page; a static path is listed before a parameter path that would also match
// it (wouter's Switch takes the first match).
const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;
const staffOnly = (roles: StaffRole[], page: ReactNode) =>
  signedIn(<RequireStaff roles={roles}>{page}</RequireStaff>);
const TEAM_VIEWERS: StaffRole[] = [
  'secretariaat',
  'admin',
  'hoofd_opleiding',
  'fase_coordinator',
  'opleiderscoach',
];

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <UpdatePrompt />
      <Layout>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={ROUTES.signIn} component={SignInPage} />
            <Route path={ROUTES.completeSignIn} component={CompleteSignInPage} />
            <Route path={ROUTES.link} component={LinkPage} />
            <Route path={ROUTES.home}>{signedIn(<HomePage />)}</Route>
            <Route path={ROUTES.form}>{signedIn(<FormOverviewPage />)}</Route>
            <Route path={ROUTES.formPrint}>{signedIn(<PrintPage />)}</Route>
            <Route path={ROUTES.formPart}>{signedIn(<FormPage.Page />)}</Route>
            <Route path={ROUTES.voorkeuren}>{signedIn(<VoorkeurenPage />)}</Route>
            <Route path={ROUTES.mijnGegevens}>{signedIn(<MyDataPage />)}</Route>
            <Route path={ROUTES.teams}>{staffOnly(TEAM_VIEWERS, <TeamsPage />)}</Route>
            {/* Any member may ask; the callable teamOverview decides (staff, leidinggevende, teachers). */}
            <Route path={ROUTES.team}>{signedIn(<TeamOverviewPage />)}</Route>
            <Route path={ROUTES.trajecten}>{staffOnly(['secretariaat', 'admin'], <TrajectenPage />)}</Route>
            <Route path={ROUTES.newTraject}>
              {staffOnly(['secretariaat', 'admin'], <TrajectEditPage />)}
            </Route>
            <Route path={ROUTES.cohortImport}>{staffOnly(['secretariaat'], <CohortImportPage />)}</Route>
            <Route path={ROUTES.traject}>{staffOnly(['secretariaat', 'admin'], <TrajectEditPage />)}</Route>
            <Route path={ROUTES.achterstanden}>{staffOnly(['secretariaat', 'admin'], <OverduePage />)}</Route>
            <Route path={ROUTES.leohInbox}>
              {staffOnly(['secretariaat', 'opleiderscoach', 'admin'], <LeohInboxPage />)}
            </Route>
            <Route path={ROUTES.medewerkers}>{staffOnly(['admin'], <StaffRolesPage />)}</Route>
            <Route path={ROUTES.beslissingen}>
              {staffOnly(['hoofd_opleiding', 'fase_coordinator', 'secretariaat'], <DecisionsPage />)}
            </Route>
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </Layout>
    </QueryClientProvider>
  );
}
