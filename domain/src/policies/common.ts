import type { FormType } from '../forms/types';
import type { LeohKind } from '../forms/leoh';
import type { PartId, StaffRole } from '../programmes';

/** Envelope status (data-model `forms/{formId}.status`). */
export const FORM_STATUSES = ['open', 'completed', 'ingediend', 'vervallen'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];
/** Part status (data-model `forms/{formId}/parts/{partId}.status`). */
export const PART_STATUSES = ['open', 'draft', 'submitted'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

/** Who is acting: a signed-in person with their claims. */
export interface Actor {
  uid: string;
  /** `staff` claim. */
  staffRoles?: readonly StaffRole[];
  /** `institute` claim. */
  institute?: string;
  /** `linkPart` claim of a single-use link session: '<formId>/<partId>'. */
  linkPart?: string;
}

export interface EnvelopePart {
  role: PartId;
  raterUids: readonly string[];
  status?: PartStatus;
}

/**
 * What the policies need of a form: the stored envelope (parts as a map) or a FormInstanceSpec from the
 * schedule (parts as an array). Dates are instants.
 */
export interface FormLike {
  formId?: string;
  instituteId?: string;
  formType: FormType;
  leohKind?: LeohKind;
  subjectUid?: string;
  status?: FormStatus;
  revealed?: boolean;
  /** Learner report only: whom its teacher shared it with (server-owned, callable shareLearnerReport). */
  sharedWith?: readonly string[];
  /** Voortgangsbeslissing only: the server opened it, the advice being in (policies/voortgangsbeslissing.ts). */
  adviceComplete?: boolean;
  opensAt?: Date;
  closesAt?: Date | null;
  parts: Partial<Record<PartId, EnvelopePart>> | readonly (EnvelopePart & { partId: PartId })[];
}

export type Decision = { ok: true } | { ok: false; reason: string };
export const allow: Decision = { ok: true };
export const deny = (reason: string): Decision => ({ ok: false, reason });

export function partsOf(form: FormLike): Partial<Record<PartId, EnvelopePart>> {
  if (!Array.isArray(form.parts)) return form.parts as Partial<Record<PartId, EnvelopePart>>;
  return Object.fromEntries(
    (form.parts as readonly (EnvelopePart & { partId: PartId })[]).map((p) => [p.partId, p]),
  );
}

export function hasStaffRole(actor: Actor, ...roles: StaffRole[]): boolean {
  return roles.some((r) => actor.staffRoles?.includes(r));
}

export function sameInstitute(actor: Actor, form: { instituteId?: string }): boolean {
  return (
    actor.institute === undefined || form.instituteId === undefined || actor.institute === form.instituteId
  );
}
