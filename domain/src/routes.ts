// The web app's routes (web/src/app/App.tsx mounts them), path builders for links into the app (the functions
// put them in mails, functions/src/appLinks.ts), and `parseAppPath`, the one check for a path the app may go
// to after signing in: only a path of one of these routes, never another host (docs/rules.md, "Accounts,
// links and texts"). Pure: no browser or Node API beyond URL.
import { hasForbiddenNameCharacter } from './policies/text';

export const ROUTES = {
  home: '/',
  signIn: '/aanmelden',
  completeSignIn: '/aanmelden/voltooien',
  link: '/link/:token',
  form: '/formulieren/:formId',
  formPrint: '/formulieren/:formId/afdrukken',
  formPart: '/formulieren/:formId/:partId',
  trajecten: '/trajecten',
  newTraject: '/trajecten/nieuw',
  cohortImport: '/trajecten/importeren',
  traject: '/trajecten/:trajectId',
  achterstanden: '/achterstanden',
  leohInbox: '/leoh',
  medewerkers: '/medewerkers',
  beslissingen: '/beslissingen',
  mijnGegevens: '/mijn-gegevens',
  voorkeuren: '/voorkeuren',
  teams: '/teams',
  team: '/teams/:teamId',
} as const;
export type RouteName = keyof typeof ROUTES;

/** What a route parameter may hold: document ids as the callables accept them, and link tokens. */
const PARAM_PATTERNS: Record<string, RegExp> = {
  token: /^[A-Za-z0-9_-]{43}$/,
  formId: /^[A-Za-z0-9_\-.~]{1,200}$/,
  partId: /^[A-Za-z0-9_\-.~]{1,200}$/,
  trajectId: /^[A-Za-z0-9_\-.~]{1,200}$/,
  teamId: /^[A-Za-z0-9_\-.~]{1,200}$/,
};

const segments = (path: string) => path.split('/').slice(1);
const ROUTE_SEGMENTS = Object.values(ROUTES).map((r) => (r === '/' ? [] : segments(r)));

/** The parameters of `route` in a path's segments (not yet decoded), or null when the path is not that route. */
function paramsOf(route: readonly string[], pathSegments: readonly string[]): Record<string, string> | null {
  if (route.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, seg] of route.entries()) {
    const actual = pathSegments[i]!;
    if (!seg.startsWith(':')) {
      if (seg !== actual) return null;
      continue;
    }
    const pattern = PARAM_PATTERNS[seg.slice(1)];
    // '.' and '..' fit the id pattern but are dot segments, never ids.
    if (!pattern || !pattern.test(actual) || actual === '.' || actual === '..') return null;
    params[seg.slice(1)] = actual;
  }
  return params;
}

function matchesRoute(pathSegments: readonly string[]): boolean {
  return ROUTE_SEGMENTS.some((route) => paramsOf(route, pathSegments) !== null);
}

/**
 * The form and part of a path of the form route (/formulieren/:formId/:partId), or null for any other path,
 * the print route included (a static segment wins over a parameter, as in the app's router).
 */
export function formPartOfPath(pathname: string): { formId: string; partId: string } | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (paramsOf(segments(ROUTES.formPrint), segments(path))) return null;
  const params = paramsOf(segments(ROUTES.formPart), segments(path));
  return params ? { formId: params.formId!, partId: params.partId! } : null;
}

const enc = encodeURIComponent;

/** Paths of the app's routes. Parameters are encoded, so an odd id can never leave its segment. */
export const appPaths = {
  home: () => ROUTES.home,
  signIn: (next?: string) =>
    next && next !== ROUTES.home ? `${ROUTES.signIn}?next=${enc(next)}` : ROUTES.signIn,
  completeSignIn: (next: string) => `${ROUTES.completeSignIn}?next=${enc(next)}`,
  link: (token: string) => `/link/${enc(token)}`,
  form: (formId: string) => `/formulieren/${enc(formId)}`,
  formPrint: (formId: string) => `/formulieren/${enc(formId)}/afdrukken`,
  formPart: (formId: string, partId: string) => `/formulieren/${enc(formId)}/${enc(partId)}`,
  trajecten: () => ROUTES.trajecten,
  newTraject: () => ROUTES.newTraject,
  traject: (trajectId: string) => `/trajecten/${enc(trajectId)}`,
  voorkeuren: () => ROUTES.voorkeuren,
} as const;

/** The base the parser resolves against; any other origin after parsing means the input named another host. */
const BASE = 'https://praktijkvolg.invalid';
export const APP_PATH_MAX = 500;
/** Why a continue path was refused (the request contract and sendSignInLink). */
export const APP_PATH_MESSAGE =
  'Ongeldig pad: na het aanmelden kan alleen een pagina van Praktijkvolg worden geopend.';

/**
 * A path of one of the app's routes (with its query and fragment), normalised; anything else is null: an
 * absolute URL, a scheme, `//host`, a backslash (browsers read `/\host` as `//host`), a control character or
 * white space, an encoded slash or backslash inside a segment, or a path no route has.
 * Parsed with URL against a fixed base, never by string prefix.
 */
export function parseAppPath(input: unknown): string | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > APP_PATH_MAX) return null;
  if (!input.startsWith('/') || input.includes('//') || input.includes('\\')) return null;
  // Controls, bidi and invisible characters (policies/text.ts), and white space: URL would silently strip
  // tabs and newlines, so what was checked would not be what is used.
  if (hasForbiddenNameCharacter(input) || /\s/u.test(input)) return null;
  let url: URL;
  try {
    url = new URL(input, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.username !== '' || url.password !== '') return null;
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
  if (!matchesRoute(pathname === '/' ? [] : segments(pathname))) return null;
  const normalised = `${pathname}${url.search}${url.hash}`;
  return normalised.length <= APP_PATH_MAX ? normalised : null;
}
