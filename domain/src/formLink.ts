// The page an e-mailed form link opens, and the documents it reads first (docs/architecture.md, "The form route
// on a phone"): the rater's part, the form's envelope and, except in a single-use-link session (which may not
// read it, docs/rules.md), the traject. Its own entry point (`@praktijkvolg/domain/formLink`), so the web app's
// first chunk takes these few modules and not the whole domain.
import { formPath, partPath, trajectIdOfForm } from './documents/formPaths';
import { trajectPath } from './documents/trajecten';
import { isPartId } from './roles';
import { formPartOfPath } from './routes';

export { parseClaims } from './policies/claims';

/** The form link in `pathname` with a part id of a known kind, or null. */
export function formLinkOfPath(pathname: string): { formId: string; partId: string } | null {
  const link = formPartOfPath(pathname);
  return link && isPartId(link.partId) ? link : null;
}

/** The document paths the form page reads before it can show the form. */
export function firstReadsOfFormLink(
  link: { formId: string; partId: string },
  linkSession: boolean,
): string[] {
  const reads = [partPath(link.formId, link.partId), formPath(link.formId)];
  if (!linkSession) reads.push(trajectPath(trajectIdOfForm(link.formId)));
  return reads;
}
