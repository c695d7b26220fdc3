// Links we put in mails. APP_URL is a deployment param (functions/.env.<project>); on the test stack it
// is the web preview, http://127.0.0.1:14173. The web app owns the routes named here.
import { appUrl as configuredAppUrl } from '../config.js';

/** The web app's base URL without a trailing slash. Throws with the setting's name when misconfigured. */
export function appUrl(): string {
  return configuredAppUrl().replace(/\/+$/, '');
}

/** The page that shows a single-use link and spends it only on its button (route /link/:token). */
export const tokenLinkUrl = (base: string, token: string) => `${base}/link/${token}`;

/** One form part in the app (route /formulieren/:formId/:partId, docs/architecture.md). */
export const formPartPath = (formId: string, partId: string) =>
  `/formulieren/${encodeURIComponent(formId)}/${encodeURIComponent(partId)}`;

/** Where an e-mailed sign-in link returns to: the app completes the sign-in, then goes to `next`. */
export const signInContinueUrl = (base: string, continuePath: string) =>
  `${base}/aanmelden/voltooien?next=${encodeURIComponent(continuePath)}`;
