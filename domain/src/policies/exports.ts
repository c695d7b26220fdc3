/**
 * Who may export what (docs/rules.md, "Exports: dossier and inzage"; docs/data-model.md "Exports").
 * - The dossier of a traject (every submitted part, as PDF and JSON): the trainee of that traject, and the
 *   secretariat and hoofd opleiding of the traject's institute. Never an opleider, another trainee, other
 *   staff, another institute or a link session. Which parts it holds is the read policy (`mayReadPart`, the
 *   rules' mirror): a sealed round before it is revealed, a private LEOh, a dossier LEOh before it is handed
 *   in (and ever for the hoofd opleiding) stay out, exactly as on screen.
 * - Inzage (right of access): every person with an account, for themselves: the parts they fill (any status:
 *   drafts are stored data about them too) and the submitted parts of forms about them (their own traject as
 *   trainee, a LEOh about them as opleider) that they may read. Nothing of anyone else they could not read.
 */
import {
  PROGRAMMES,
  TRAJECT_ROLE_LABELS,
  type PartId,
  type ProgrammeId,
  type StaffRole,
} from '../programmes';
import type { RoleAssignments } from '../traject';
import { mayReadPart, STAFF_READERS } from './audience';
import {
  deny,
  hasStaffRole,
  partsOf,
  type Actor,
  type Decision,
  type FormLike,
  type PartStatus,
} from './common';

/** Staff who download any dossier of their institute. */
export const DOSSIER_EXPORT_STAFF: StaffRole[] = ['secretariaat', 'hoofd_opleiding'];

export const LINK_SESSION_EXPORT_REFUSAL =
  'Met een persoonlijke link voor één formulier kun je niets downloaden. Meld je aan met je e-mailadres.';

/**
 * Bounds of what an export may be. The callable answers with the files themselves (no Cloud Storage in this
 * project), and a callable response must stay well under the 32 MiB of Cloud Functions v2: PDF and ZIP
 * together are at most (6 + 9) MiB, 20 MiB in base64. A three-year traject is about 0.5 MB. Reads are bounded
 * too: forms per traject or person, earlier versions per part, mails and audit entries per person.
 */
export const EXPORT_LIMITS = {
  pdfBytes: 6 * 1024 * 1024,
  zipBytes: 9 * 1024 * 1024,
  inzageChars: 12 * 1024 * 1024,
  forms: 1000,
  versionsPerPart: 20,
  mails: 1000,
  auditEntries: 2000,
} as const;

/** The length of `bytes` bytes in base64. */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/** A name as it can go into a file name on any system: 'Dragan Đorđević' → 'Dragan-Dordevic'. */
export function fileSlug(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || fallback;
}

export interface ExportTraject {
  instituteId: string;
  programme: ProgrammeId;
  roles: RoleAssignments;
}

export type DossierExportDecision = { ok: true; as: 'trainee' | 'staff' } | { ok: false; reason: string };

/** The holders of the programme's trainee role (aios, deelnemer). */
export function traineesOf(traject: Pick<ExportTraject, 'programme' | 'roles'>): string[] {
  return traject.roles[PROGRAMMES[traject.programme].traineeRole] ?? [];
}

/** May the actor download this traject's dossier, and as whom? */
export function mayExportDossier(actor: Actor, traject: ExportTraject): DossierExportDecision {
  if (actor.linkPart) return { ok: false, reason: LINK_SESSION_EXPORT_REFUSAL };
  if (traineesOf(traject).includes(actor.uid)) return { ok: true, as: 'trainee' };
  // The institute claim must match exactly: a staff claim without an institute reaches nothing.
  if (actor.institute === traject.instituteId && hasStaffRole(actor, ...DOSSIER_EXPORT_STAFF))
    return { ok: true, as: 'staff' };
  const trainee = TRAJECT_ROLE_LABELS[PROGRAMMES[traject.programme].traineeRole].label.toLowerCase();
  return {
    ok: false,
    reason: `Dit dossier downloaden alleen de ${trainee} zelf en het secretariaat en het hoofd opleiding van de opleiding.`,
  };
}

/** Does a part go into the dossier the actor downloads? Submitted, and readable by the actor. */
export function partInDossier(
  actor: Actor,
  form: FormLike,
  partId: PartId,
  status: PartStatus,
  traject: { roles: RoleAssignments },
): boolean {
  return status === 'submitted' && mayReadPart(actor, form, partId, traject).ok;
}

export function mayExportInzage(actor: Actor): Decision {
  return actor.linkPart ? deny(LINK_SESSION_EXPORT_REFUSAL) : { ok: true };
}

/** Is the form about this person: a form of their own traject as trainee, or a LEOh about them as opleider? */
export function formIsAbout(
  uid: string,
  form: Pick<FormLike, 'subjectUid'>,
  traject: Pick<ExportTraject, 'programme' | 'roles'> | null,
): boolean {
  return form.subjectUid === uid || (traject !== null && traineesOf(traject).includes(uid));
}

/**
 * Does a part go into the actor's own inzage? Their own part (they fill it, or they wrote what it holds: a staff
 * part such as the progress decision has no listed raters) in any status; another part only when the form is
 * about them, it is submitted and they may read it.
 */
export function partInInzage(
  actor: Actor,
  form: FormLike,
  partId: PartId,
  status: PartStatus,
  traject: Pick<ExportTraject, 'programme' | 'roles'> | null,
  writtenBy?: string | null,
): boolean {
  if (actor.linkPart) return false;
  if (partsOf(form)[partId]?.raterUids.includes(actor.uid) || writtenBy === actor.uid) return true;
  if (!traject || !formIsAbout(actor.uid, form, traject)) return false;
  return status === 'submitted' && mayReadPart(actor, form, partId, traject).ok;
}

/**
 * May the actor read an earlier version of a part (`versions/{n}`, a copy of the part as it was)? Its raters,
 * and the institute's staff readers unless it is a LEOh; the same as the rules' `versions` match.
 */
export function mayReadVersion(
  actor: Actor,
  version: { instituteId: string; formType: FormLike['formType']; raterUids: readonly string[] },
): boolean {
  if (actor.linkPart) return false;
  if (version.raterUids.includes(actor.uid)) return true;
  return (
    actor.institute === version.instituteId &&
    version.formType !== 'leoh' &&
    hasStaffRole(actor, ...STAFF_READERS)
  );
}
