// Protected routes: signed-out visitors go to /aanmelden?next=<the path they asked for>, so a deep link to a
// form survives the sign-in round trip.
import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { appPaths, STAFF_ROLE_LABELS, type StaffRole } from '@praktijkvolg/domain';
import { useSession } from './session';

export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'loading') {
    return (
      <p role="status" aria-live="polite">
        Aanmelden controleren…
      </p>
    );
  }
  if (session.status === 'signedOut') {
    const { pathname, search, hash } = window.location;
    return <Redirect to={appPaths.signIn(`${pathname}${search}${hash}`)} replace />;
  }
  return children;
}

/** Inside RequireAuth: a page for some staff roles only. */
export function RequireStaff({ roles, children }: { roles: StaffRole[]; children: ReactNode }) {
  const session = useSession();
  if (session.status === 'signedIn' && roles.some((r) => session.claims.staff.includes(r))) return children;
  return (
    <div>
      <h1>Geen toegang</h1>
      <div className="banner error" role="alert">
        <p>Deze pagina is voor {roles.map((r) => STAFF_ROLE_LABELS[r].toLowerCase()).join(' of ')}.</p>
      </div>
    </div>
  );
}
