// Header with the navigation a person's roles need, the offline banner and a skip link.
import type { ReactNode } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import { ROUTES } from '@praktijkvolg/domain';
import { useOnline } from './online';
import { hasStaff, logOut, useSession } from './session';

export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const online = useOnline();
  const [, navigate] = useLocation();
  const signedIn = session.status === 'signedIn' ? session : undefined;
  const linkSession = !!signedIn?.claims.linkPart;
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="topbar">
        <Link className="brand" to="/">
          Praktijkvolg
        </Link>
        {signedIn && !linkSession && (
          <nav aria-label="Hoofdmenu">
            <ul>
              <li>
                <NavLink to="/">Overzicht</NavLink>
              </li>
              {hasStaff(signedIn, 'secretariaat', 'admin') && (
                <>
                  <li>
                    <NavLink to="/trajecten">Trajecten</NavLink>
                  </li>
                  <li>
                    <NavLink to="/achterstanden">Achterstanden</NavLink>
                  </li>
                </>
              )}
              {hasStaff(signedIn, 'secretariaat') && (
                <li>
                  <NavLink to={ROUTES.cohortImport}>Cohort importeren</NavLink>
                </li>
              )}
              {hasStaff(signedIn, 'secretariaat', 'opleiderscoach', 'admin') && (
                <li>
                  <NavLink to="/leoh">LEOh-inbox</NavLink>
                </li>
              )}
              {hasStaff(signedIn, 'admin') && (
                <li>
                  <NavLink to="/medewerkers">Medewerkers</NavLink>
                </li>
              )}
              {signedIn.claims.staff.length > 0 && (
                <li>
                  <NavLink to={ROUTES.teams}>Teams</NavLink>
                </li>
              )}
              {hasStaff(signedIn, 'hoofd_opleiding', 'fase_coordinator') && (
                <li>
                  <NavLink to="/beslissingen">Voortgangsbeslissingen</NavLink>
                </li>
              )}
              <li>
                <NavLink to={ROUTES.voorkeuren}>Voorkeuren</NavLink>
              </li>
              <li>
                <NavLink to={ROUTES.mijnGegevens}>Mijn gegevens</NavLink>
              </li>
            </ul>
          </nav>
        )}
        {signedIn && (
          <span className="who">
            {signedIn.displayName}{' '}
            <button
              type="button"
              className="linklike"
              onClick={() => {
                void logOut().then(() => navigate('/aanmelden'));
              }}
            >
              Afmelden
            </button>
          </span>
        )}
      </header>
      {!online && (
        <div className="banner offline" role="status">
          Je bent offline. Wat je invult wordt op dit apparaat bewaard en verstuurd zodra er weer verbinding
          is.
        </div>
      )}
      <main id="inhoud" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** A menu link that tells assistive technology which page is open (its own path or one below it). */
function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const [exact] = useRoute(to);
  const [below] = useRoute(`${to}/*`);
  return (
    <Link to={to} aria-current={exact || (to !== '/' && below) ? 'page' : undefined}>
      {children}
    </Link>
  );
}
