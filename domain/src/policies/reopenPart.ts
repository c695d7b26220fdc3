/**
 * Correcting a submitted part (rule 2 of docs/rules.md: a submitted part is final; a correction is a new, linked version
 * and the history is kept). Only the secretariat of the form's institute reopens a part, with a reason; the
 * server keeps the submitted version under `versions/`, resets the part to draft as version n+1 and mails its
 * raters. A sealed round (ComBel) closes again until the reopened part is submitted again, so nobody reads
 * the other parts while one of them is being rewritten. docs/rules.md, "Corrections of submitted parts".
 */
import { FORM_DEFINITIONS } from '../forms/registry';
import { formatDate } from '../dates';
import { isFeedbackPartId, partLabel, type PartId } from '../programmes';
import {
  allow,
  deny,
  hasStaffRole,
  partsOf,
  sameInstitute,
  type Actor,
  type Decision,
  type FormLike,
} from './common';

/** The reason is shown on the part, in the rater's mail and in the dossier export: one short paragraph. */
export const REOPEN_REASON_MAX = 500;
export const REOPEN_MESSAGES = {
  feedbackGiver: 'Feedback van een feedbackgever wordt niet heropend; vraag zo nodig opnieuw om feedback.',
  reasonRequired: 'Vul de reden van het heropenen in.',
  notSecretariaat: 'Alleen het secretariaat van de instelling kan een ingediend deel heropenen.',
  otherInstitute: 'Dit formulier hoort bij een andere instelling.',
  noPart: 'Dit formulier heeft dit deel niet.',
  notSubmitted: 'Dit deel is nog niet ingediend; de invuller kan het zelf nog aanpassen.',
  vervallen: 'Dit formulier is vervallen; een deel ervan wordt niet meer heropend.',
  leoh: 'Een LEOh is van de aios en de opleider; het secretariaat heropent hem niet.',
  decision:
    'Een voortgangsbeslissing wordt niet heropend; de hoofd opleiding legt zo nodig een nieuwe beslissing vast.',
  windowClosed: (closesAt: Date) =>
    `De termijn van dit formulier is verstreken op ${formatDate(closesAt)}; een heropend deel kan niet meer worden ingevuld.`,
} as const;

/**
 * May this person reopen this submitted part? The secretariat of the form's institute only (it administers,
 * and writes no content: reopening hands the part back to its own rater), for a part that is submitted, of a
 * form that is still alive and whose window still lets the rater write (rules `partWindowOpen`).
 */
export function mayReopenPart(actor: Actor, form: FormLike, partId: PartId, now: Date): Decision {
  if (!hasStaffRole(actor, 'secretariaat') || actor.linkPart !== undefined)
    return deny(REOPEN_MESSAGES.notSecretariaat);
  if (actor.institute === undefined || !sameInstitute(actor, form))
    return deny(REOPEN_MESSAGES.otherInstitute);
  const part = partsOf(form)[partId];
  if (!part || !FORM_DEFINITIONS[form.formType].parts.some((p) => p.partId === partId))
    return deny(REOPEN_MESSAGES.noPart);
  if (form.formType === 'leoh') return deny(REOPEN_MESSAGES.leoh);
  if (form.formType === 'voortgangsbeslissing') return deny(REOPEN_MESSAGES.decision);
  // A feedback giver's part is input, not part of the round: reopening it would reseal a ComBel for nothing
  // (docs/rules.md "Feedback givers by link"); the asker asks again instead.
  if (isFeedbackPartId(partId)) return deny(REOPEN_MESSAGES.feedbackGiver);
  if (form.status === 'vervallen') return deny(REOPEN_MESSAGES.vervallen);
  if (part.status !== 'submitted') return deny(REOPEN_MESSAGES.notSubmitted);
  if (form.closesAt && now > form.closesAt) return deny(REOPEN_MESSAGES.windowClosed(form.closesAt));
  return allow;
}

/** A sealed round closes again when one of its parts is reopened: `revealed` after the reopening. */
export function revealedAfterReopen(form: Pick<FormLike, 'formType' | 'revealed'>): boolean {
  return FORM_DEFINITIONS[form.formType].sealed ? false : (form.revealed ?? false);
}

/** The line a reopened part shows (and the mail says): "Heropend door <naam> op <datum>: <reden>". */
export function reopenedLine(reopened: { byName: string; at: Date; reason: string }): string {
  return `Heropend door ${reopened.byName} op ${formatDate(reopened.at)}: ${reopened.reason}`;
}

/** The subject and why-line of the rater's mail. */
export function reopenedMailSubject(formTitle: string, partId: PartId): string {
  return `Heropend: ${partLabel(partId).toLowerCase()} van ${formTitle}`;
}
