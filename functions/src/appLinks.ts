// Links into the web app that we put in mails. `base` is APP_URL (config.ts); on the test stack it is the web
// preview, http://127.0.0.1:14173. The paths are the domain's route list (domain/src/routes.ts), which the web
// app's router mounts.
import { appPaths, parseAppPath, ROUTES } from '@praktijkvolg/domain';

const trim = (base: string) => base.replace(/\/+$/, '');

/** One form part: the rater's form (route /formulieren/:formId/:partId). */
export const formPartUrl = (base: string, formId: string, partId: string) =>
  `${trim(base)}${appPaths.formPart(formId, partId)}`;

/** A form's overview, for staff and escalations (route /formulieren/:formId). */
export const formUrl = (base: string, formId: string) => `${trim(base)}${appPaths.form(formId)}`;

/**
 * A person's calendar feed (functions/src/calendar/): served by the calendarFeed function under the app's own
 * address, /agenda/<secret>.ics (firebase.json rewrites it in production, web/vite.config.ts proxies it on the
 * local stacks). Not an app route: the web app never opens it.
 */
export const calendarFeedUrl = (base: string, secret: string) =>
  `${trim(base)}/agenda/${encodeURIComponent(secret)}.ics`;

/**
 * The one-click unsubscribe page of a person and an optional mail topic (functions/src/mail/unsubscribe.ts): served
 * by the `unsubscribe` function under the app's own address, /afmelden/<token> (firebase.json rewrites it, the
 * local stacks proxy it), like the calendar feed. Not an app route.
 */
export const unsubscribeUrl = (base: string, token: string) =>
  `${trim(base)}/afmelden/${encodeURIComponent(token)}`;

/** The person's Voorkeuren page (route /voorkeuren). */
export const preferencesUrl = (base: string) => `${trim(base)}${appPaths.voorkeuren()}`;

/** The page that shows a single-use link and spends it only on its button (route /link/:token). */
export const tokenLinkUrl = (base: string, token: string) => `${trim(base)}${appPaths.link(token)}`;

/**
 * Where an e-mailed sign-in link returns to: the app completes the sign-in, then goes to `next`. `next` is
 * parsed again here (parseAppPath): whatever reaches this function, a mail never carries a path that
 * leaves the app; anything else becomes the home page.
 */
export const signInContinueUrl = (base: string, continuePath: string) =>
  `${trim(base)}${appPaths.completeSignIn(parseAppPath(continuePath) ?? ROUTES.home)}`;

/** A page of the app by its path (a digest event's `path`): parsed, so a mail never links outside the app. */
export const appPageUrl = (base: string, path: string) => `${trim(base)}${parseAppPath(path) ?? ROUTES.home}`;
