// The shell: query cache, router, layout. Every page is its own chunk (React.lazy), so the route an
// e-mailed link opens (/formulieren/:formId/:partId) loads the form renderer and nothing else.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './Layout';
import { RequireAuth, RequireStaff } from './RequireAuth';

const HomePage = lazy(() => import('../features/home/HomePage'));
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const CompleteSignInPage = lazy(() => import('../features/auth/CompleteSignInPage'));
const LinkPage = lazy(() => import('../features/auth/LinkPage'));
const FormPage = lazy(() => import('../features/forms/FormPage'));
const FormOverviewPage = lazy(() => import('../features/forms/FormOverviewPage'));
const PrintPage = lazy(() => import('../features/forms/PrintPage'));
const TrajectenPage = lazy(() => import('../features/trajecten/TrajectenPage'));
const TrajectEditPage = lazy(() => import('../features/trajecten/TrajectEditPage'));
const OverduePage = lazy(() => import('../features/secretariaat/OverduePage'));
const LeohInboxPage = lazy(() => import('../features/secretariaat/LeohInboxPage'));
const StaffRolesPage = lazy(() => import('../features/people/StaffRolesPage'));
const DecisionsPage = lazy(() => import('../features/beslissing/DecisionsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

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
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/aanmelden" element={<SignInPage />} />
              <Route path="/aanmelden/voltooien" element={<CompleteSignInPage />} />
              <Route path="/link/:token" element={<LinkPage />} />
              <Route element={<RequireAuth />}>
                <Route path="/" element={<HomePage />} />
                <Route path="/formulieren/:formId" element={<FormOverviewPage />} />
                <Route path="/formulieren/:formId/afdrukken" element={<PrintPage />} />
                <Route path="/formulieren/:formId/:partId" element={<FormPage />} />
                <Route element={<RequireStaff roles={['secretariaat', 'admin']} />}>
                  <Route path="/trajecten" element={<TrajectenPage />} />
                  <Route path="/trajecten/nieuw" element={<TrajectEditPage />} />
                  <Route path="/trajecten/:trajectId" element={<TrajectEditPage />} />
                  <Route path="/achterstanden" element={<OverduePage />} />
                </Route>
                <Route element={<RequireStaff roles={['secretariaat', 'opleiderscoach', 'admin']} />}>
                  <Route path="/leoh" element={<LeohInboxPage />} />
                </Route>
                <Route element={<RequireStaff roles={['admin']} />}>
                  <Route path="/medewerkers" element={<StaffRolesPage />} />
                </Route>
                <Route
                  element={<RequireStaff roles={['hoofd_opleiding', 'fase_coordinator', 'secretariaat']} />}
                >
                  <Route path="/beslissingen" element={<DecisionsPage />} />
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
