// Protected routes: signed-out visitors go to /aanmelden?next=<the path they asked for>, so a deep link to a
// form survives the sign-in round trip.
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { appPaths, STAFF_ROLE_LABELS, type StaffRole } from '@praktijkvolg/domain';
import { useSession } from './session';

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <p role="status" aria-live="polite">
        Aanmelden controleren…
      </p>
    );
  }
  if (session.status === 'signedOut') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={appPaths.signIn(next)} replace />;
  }
  return <Outlet />;
}

export function RequireStaff({ roles }: { roles: StaffRole[] }) {
  const session = useSession();
  if (session.status === 'signedIn' && roles.some((r) => session.claims.staff.includes(r))) return <Outlet />;
  return (
    <div>
      <h1>Geen toegang</h1>
      <div className="banner error" role="alert">
        <p>Deze pagina is voor {roles.map((r) => STAFF_ROLE_LABELS[r].toLowerCase()).join(' of ')}.</p>
      </div>
    </div>
  );
}
