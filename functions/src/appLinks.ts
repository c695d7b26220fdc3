// Links into the web app that we put in mails. `base` is APP_URL (config.ts); on the test stack it is the web
// preview, http://127.0.0.1:14173. The web app owns these routes (web/src/app/App.tsx).
const trim = (base: string) => base.replace(/\/+$/, '');

/** One form part: the rater's form (route /formulieren/:formId/:partId). */
export const formPartUrl = (base: string, formId: string, partId: string) =>
  `${trim(base)}/formulieren/${encodeURIComponent(formId)}/${encodeURIComponent(partId)}`;

/** A form's overview, for staff and escalations (route /formulieren/:formId). */
export const formUrl = (base: string, formId: string) => `${trim(base)}/formulieren/${encodeURIComponent(formId)}`;

/** The page that shows a single-use link and spends it only on its button (route /link/:token). */
export const tokenLinkUrl = (base: string, token: string) => `${trim(base)}/link/${token}`;

/** Where an e-mailed sign-in link returns to: the app completes the sign-in, then goes to `next`. */
export const signInContinueUrl = (base: string, continuePath: string) =>
  `${trim(base)}/aanmelden/voltooien?next=${encodeURIComponent(continuePath)}`;
