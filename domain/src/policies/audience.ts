/**
 * Who may read a form (envelope `readerUids` / `staffVisible`, data-model) and a single part.
 * Rule 3 of docs/rules.md: the month-3 LEOh is visible to the aios and that opleider only; the dossier LEOh's
 * answers reach the secretariat and opleiderscoach only once the opleider has submitted it (status
 * 'ingediend'); groepsdocenten and assessors never see a LEOh. The dossier LEOh's envelope (title, due
 * date, status: no answers) is staff-visible from the start, so the secretariat can see which are missing. Sealed forms (ComBel) hide the other
 * raters' parts until all parts are submitted.
 */
import { FORM_DEFINITIONS } from '../forms/registry';
import type { PartId, StaffRole, TrajectRole } from '../programmes';
import type { RoleAssignments } from '../traject';
import { readsFeedbackAsAsker } from './feedbackGivers';
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
import { isAuthorOnly } from './learnerReports';

export interface Audience {
  /** Traject members who may read the envelope (and, subject to sealing, the parts). Sorted. */
  readerUids: string[];
  /** Whether institute staff may read the envelope (status and deadlines, never answers). */
  staffVisible: boolean;
  /** Which staff roles may read the answers (empty when none may). */
  staffRoles: StaffRole[];
}

/** Staff who read the aios's and deelnemers' forms (administration and the progress decision). */
export const STAFF_READERS: StaffRole[] = ['admin', 'secretariaat', 'hoofd_opleiding', 'fase_coordinator'];
/** Staff who read a dossier LEOh after submission. */
export const LEOH_DOSSIER_STAFF: StaffRole[] = ['secretariaat', 'opleiderscoach'];
/** Roles that assess the trainee and therefore never see a LEOh. */
const NEVER_ON_LEOH: TrajectRole[] = ['groepsdocent', 'tutor', 'assessor', 'tweede_assessor'];

export function formAudience(form: FormLike, traject: { roles: RoleAssignments }): Audience {
  const parts = Object.values(partsOf(form));
  const raters = parts.flatMap((p) => p?.raterUids ?? []);

  if (form.formType === 'leoh') {
    const excluded = new Set(NEVER_ON_LEOH.flatMap((r) => traject.roles[r] ?? []));
    const readers = [...(traject.roles.aios ?? []), ...raters, ...(form.subjectUid ? [form.subjectUid] : [])];
    const dossier = form.leohKind === 'dossier';
    return {
      readerUids: [...new Set(readers)].filter((u) => !excluded.has(u)).sort(),
      staffVisible: dossier,
      staffRoles: dossier && form.status === 'ingediend' ? [...LEOH_DOSSIER_STAFF] : [],
    };
  }

  // A learner report: its teacher and whom the teacher shared it with; no staff, not even the envelope
  // (policies/learnerReports.ts, rule 10 of docs/rules.md).
  if (isAuthorOnly(form.formType)) {
    const readers = [...raters, ...(form.sharedWith ?? [])];
    return { readerUids: [...new Set(readers)].sort(), staffVisible: false, staffRoles: [] };
  }

  const def = FORM_DEFINITIONS[form.formType];
  const readers = [...raters, ...def.readerRoles.flatMap((r) => traject.roles[r] ?? [])];
  return { readerUids: [...new Set(readers)].sort(), staffVisible: true, staffRoles: [...STAFF_READERS] };
}

/** May the actor read the answers of one part? */
export function mayReadPart(
  actor: Actor,
  form: FormLike,
  partId: PartId,
  traject: { roles: RoleAssignments },
): Decision {
  if (!sameInstitute(actor, form)) return deny('Dit formulier hoort bij een andere instelling.');
  const part = partsOf(form)[partId];
  if (!part) return deny('Dit formulier heeft dit deel niet.');
  const own =
    part.raterUids.includes(actor.uid) ||
    (form.formId !== undefined && actor.linkPart === `${form.formId}/${partId}`);
  if (own) return allow;

  const audience = formAudience(form, traject);
  const member = audience.readerUids.includes(actor.uid);
  const staff = audience.staffRoles.some((r) => hasStaffRole(actor, r));
  if (!member && !staff) {
    return form.formType === 'leoh'
      ? deny('De LEOh is alleen zichtbaar voor de aios en de opleider over wie hij gaat.')
      : deny('Je hebt geen toegang tot dit formulier.');
  }
  if (FORM_DEFINITIONS[form.formType].sealed && !form.revealed) {
    // The opleider reads the practice staff's feedback while filling his part (policies/feedbackGivers.ts).
    if (readsFeedbackAsAsker(actor, form, partId)) return allow;
    return deny('De delen van dit formulier worden zichtbaar als alle beoordelaars hebben ingediend.');
  }
  return allow;
}

/** The envelope's `readerUids` (data-model), i.e. `formAudience(form, traject).readerUids`. */
export function formReaders(form: FormLike, traject: { roles: RoleAssignments }): string[] {
  return formAudience(form, traject).readerUids;
}
