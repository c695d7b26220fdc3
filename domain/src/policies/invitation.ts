/**
 * Who fills an assessment part, and who may hand a part out by link (docs/rules.md, "Who fills an assessment
 * part"). A trainee never chooses who fills an assessment part of their own forms: they may ask the assigned
 * rater (askRaterToFill) and invite people into feedback parts only. A waarnemend (replacement) rater of an
 * assessment part is named by the assigned rater or the secretariat. The inviteRater function decides with
 * these functions, the web app shows the same choices, and the rules' `linkMayReach` is generated from
 * LINK_PARTS (scripts/generate-rules.ts).
 */
import { FORM_DEFINITIONS } from '../forms/registry';
import type { FormType } from '../forms/types';
import {
  isTrajectRole,
  partLabel,
  PROGRAMMES,
  ROLE_CONFLICTS,
  rolesMayCombine,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  type PartId,
  type ProgrammeId,
  type StaffRole,
  type TrajectRole,
} from '../programmes';
import type { RoleAssignments } from '../traject';
import { allow, deny, hasStaffRole, type Actor, type Decision } from './common';
import type { Designator } from './designation';
import { FEEDBACK_REQUESTS, feedbackSlotsOf, isFeedbackGiverPart } from './feedbackGivers';

/**
 * Feedback parts: filled by someone the trainee asks for feedback (a colleague, practice staff, a peer),
 * whom the trainee may invite by link. Adding a feedback part is one line here.
 */
export const FEEDBACK_PARTS: Partial<Record<FormType, readonly PartId[]>> = {
  observatie: ['collega_docent'], // LED: the docent asks a colleague to observe a lesson
};

/**
 * Assessment parts for which a waarnemend rater may be named (by the part's assigned rater or the
 * secretariat) when the assigned rater cannot fill it: the opleider's part of ComBel, diensten and KPB.
 */
export const REPLACEABLE_PARTS: Partial<Record<FormType, readonly PartId[]>> = {
  combel: ['opleider'],
  diensten: ['opleider'],
  kpb: ['opleider'],
};

/**
 * Never by link: the LEOh (the aios's own evaluation of the opleider), the summative assessment (the
 * secretariat assigns the assessors on the traject) and the progress decision (the hoofd opleiding).
 */
export const NEVER_BY_LINK: readonly FormType[] = ['leoh', 'beoordeling_summatief', 'voortgangsbeslissing'];

export type PartKind = 'assessment' | 'feedback';

/** Every part is an assessment part unless FEEDBACK_PARTS names it or it is a feedback giver's (feedbackGivers.ts). */
export function partKind(formType: FormType, partId: string): PartKind {
  return FEEDBACK_PARTS[formType]?.includes(partId as PartId) || isFeedbackGiverPart(formType, partId)
    ? 'feedback'
    : 'assessment';
}

/** The parts a single-use link may reach, per form type: the rules' `linkMayReach` (generated). */
export function linkParts(): Partial<Record<FormType, PartId[]>> {
  const out: Partial<Record<FormType, PartId[]>> = {};
  const givers = Object.fromEntries(
    (Object.keys(FEEDBACK_REQUESTS) as FormType[]).map((t) => [t, feedbackSlotsOf(t)]),
  ) as Partial<Record<FormType, readonly PartId[]>>;
  for (const table of [FEEDBACK_PARTS, REPLACEABLE_PARTS, givers]) {
    for (const [formType, parts] of Object.entries(table) as [FormType, readonly PartId[]][]) {
      out[formType] = [...new Set([...(out[formType] ?? []), ...parts])].sort();
    }
  }
  return out;
}

// Who named whom for a part, as stored (with its schema), lives in ./designation.ts so a bundle that uses these
// policies without the schema (the web app's form route, docs/architecture.md) leaves zod out.
export { DESIGNATORS, designationSchema, type Designator } from './designation';

export interface TrajectContext {
  programme: ProgrammeId;
  roles: RoleAssignments;
}
export interface PartRef {
  formType: FormType;
  instituteId?: string;
}
export type HandOutDecision =
  | { ok: true; as: Designator }
  /** `notYours`: the actor has no standing in this part at all (rather than this part being closed to links). */
  | { ok: false; reason: string; notYours?: boolean };

const label = (partId: PartId) => partLabel(partId).toLowerCase();
export const isTraineeOf = (t: TrajectContext, uid: string) =>
  (t.roles[PROGRAMMES[t.programme].traineeRole] ?? []).includes(uid);

/** Shared refusals of both hand-out and asking: form types and parts nobody touches by mail. */
function closedToOthers(form: PartRef, partId: string, t: TrajectContext): string | null {
  if (form.formType === 'leoh') return 'Voor een LEOh nodig je niemand uit: de aios vult hem zelf in.';
  if (form.formType === 'beoordeling_summatief')
    return 'De assessoren van het summatief lesbezoek wijst het secretariaat aan in het traject; daarvoor nodig je niemand uit.';
  if (form.formType === 'voortgangsbeslissing')
    return 'De voortgangsbeslissing neemt het hoofd opleiding zelf; daarvoor nodig je niemand uit.';
  if (!FORM_DEFINITIONS[form.formType].parts.some((p) => p.partId === partId))
    return 'Dit formulier heeft dit deel niet.';
  // A giver's part is made by "Vraag feedback" (mayAskFeedback), once, for that giver only.
  if (isFeedbackGiverPart(form.formType, partId))
    return 'Dit is het deel van een feedbackgever; om feedback vraag je met "Vraag feedback".';
  const trainee = PROGRAMMES[t.programme].traineeRole;
  if (partId === trainee) return `Het eigen deel van de ${label(trainee)} vult niemand anders in.`;
  return null;
}

const refuse = (reason: string, notYours = false): HandOutDecision =>
  notYours ? { ok: false, reason, notYours } : { ok: false, reason };

/**
 * May the actor hand this part out by link, and as whom? The trainee: feedback parts only. The part's
 * assigned rater (the traject's holder of that role) or the secretariat of the institute: a waarnemend
 * rater for a REPLACEABLE_PARTS part. Nobody else, and never a link session.
 */
export function mayHandOutPart(
  actor: Actor,
  form: PartRef,
  partId: string,
  t: TrajectContext,
): HandOutDecision {
  if (actor.linkPart) return refuse('Met een eenmalige link kun je niemand uitnodigen.', true);
  const closed = closedToOthers(form, partId, t);
  if (closed) return refuse(closed);
  const part = partId as PartId;
  const kind = partKind(form.formType, part);
  if (isTraineeOf(t, actor.uid)) {
    if (kind === 'feedback') return { ok: true, as: 'trainee' };
    const replacement = REPLACEABLE_PARTS[form.formType]?.includes(part)
      ? `; een waarnemer wijst je ${label(part)} of het secretariaat aan`
      : '';
    return refuse(
      `Het deel "${partLabel(part)}" is een beoordeling: wie dat invult, kies je niet zelf. Vraag je ${label(part)} om het in te vullen${replacement}.`,
    );
  }
  if (kind === 'feedback') {
    return refuse(
      `Alleen de ${label(PROGRAMMES[t.programme].traineeRole)} nodigt iemand uit voor feedback.`,
      true,
    );
  }
  if (!REPLACEABLE_PARTS[form.formType]?.includes(part))
    return refuse(
      `Voor het deel "${partLabel(part)}" van dit formulier kan niemand worden uitgenodigd of aangewezen.`,
    );
  if (isTrajectRole(part) && (t.roles[part] ?? []).includes(actor.uid)) return { ok: true, as: 'rater' };
  const sameInstitute = actor.institute !== undefined && actor.institute === form.instituteId;
  if (hasStaffRole(actor, 'secretariaat') && sameInstitute) return { ok: true, as: 'secretariaat' };
  return refuse(
    `Alleen de ${label(part)} van dit traject of het secretariaat kan een waarnemer aanwijzen voor dit deel.`,
    true,
  );
}

/**
 * May the trainee ask the raters of this part to fill it (a mail, askRaterToFill)? Any part of their
 * traject's forms except their own and the parts nobody touches by mail.
 */
export function mayAskToFill(
  actor: Actor,
  form: PartRef,
  partId: string,
  t: TrajectContext,
): HandOutDecision {
  if (actor.linkPart || !isTraineeOf(t, actor.uid))
    return refuse('Alleen de aios of deelnemer van dit traject kan vragen om dit deel in te vullen.', true);
  if (partId === PROGRAMMES[t.programme].traineeRole)
    return refuse('Dit is je eigen deel: dat vul je zelf in.');
  const closed = closedToOthers(form, partId, t);
  return closed ? refuse(closed) : { ok: true, as: 'trainee' };
}

/** The mailbox an address delivers to: lower case, without a `+tag` ("anna+opleider@x" is anna@x). */
export function mailboxOf(email: string): string {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  return at < 0 ? e : `${e.slice(0, at).replace(/\+.*$/, '')}${e.slice(at)}`;
}

export interface Invitee {
  name: string;
  email: string;
  /** Accounts of this institute whose people document has this address. */
  uids: readonly string[];
  /** Their staff roles (people documents' `staffRoles`). */
  staffRoles: readonly StaffRole[];
}
export interface InviteeContext extends TrajectContext {
  partRole: TrajectRole;
  /** The person handing the part out, with every address we know of them. */
  inviter: { uid: string; emails: readonly string[] };
  /** Every address of the trainee: their people documents and accounts. */
  traineeEmails: readonly string[];
}

/**
 * May this person be invited into the part? Never the inviter, never the trainee (by account or by any
 * address of theirs, `+tags` ignored), never the secretariat (it writes no assessment content), and never
 * someone whose role in the traject conflicts with the part's role (mayHoldPart).
 */
export function mayBeInvited(invitee: Invitee, c: InviteeContext): Decision {
  const box = mailboxOf(invitee.email);
  if (invitee.uids.includes(c.inviter.uid) || c.inviter.emails.some((e) => mailboxOf(e) === box))
    return deny('Je kunt jezelf niet aanwijzen of uitnodigen: iemand anders vult dit deel in.');
  const traineeRole = PROGRAMMES[c.programme].traineeRole;
  const trainees = c.roles[traineeRole] ?? [];
  if (invitee.uids.some((u) => trainees.includes(u)) || c.traineeEmails.some((e) => mailboxOf(e) === box)) {
    return deny(
      `${invitee.name} is de ${label(traineeRole)} van dit traject en vult het deel "${partLabel(c.partRole)}" niet in.`,
    );
  }
  if (invitee.staffRoles.includes('secretariaat'))
    return deny('Het secretariaat vult geen beoordelingen of feedback in; kies iemand anders.');
  return mayHoldPart(c.programme, c.roles, invitee.uids, c.partRole, invitee.name);
}

/**
 * The invitee, when they already hold roles in this traject: may they also fill a part of this role?
 * The werkplekbegeleider is never (tweede) assessor (rule 1 of docs/rules.md); otherwise the programme's rules on
 * combining roles apply (an aios's groepsdocent does not fill the opleider part).
 */
export function mayHoldPart(
  programme: ProgrammeId,
  roles: RoleAssignments,
  inviteeUids: readonly string[],
  partRole: TrajectRole,
  inviteeName: string,
): Decision {
  for (const uid of inviteeUids) {
    for (const role of TRAJECT_ROLES) {
      if (!(roles[role] ?? []).includes(uid) || role === partRole) continue;
      const conflict = ROLE_CONFLICTS.find(
        ({ roles: [a, b] }) => (a === role && b === partRole) || (a === partRole && b === role),
      );
      if (conflict) return deny(conflict.message);
      if (!rolesMayCombine(programme, role, partRole)) {
        return deny(
          `${inviteeName} is in dit traject al ${TRAJECT_ROLE_LABELS[role].label.toLowerCase()} en kan niet ook het deel "${label(partRole)}" invullen.`,
        );
      }
    }
  }
  return allow;
}

/** How the inviter is named in mails: "aios", "opleider", "secretariaat". */
export function designatorLabel(as: Designator, t: TrajectContext, partId: PartId): string {
  if (as === 'trainee') return label(PROGRAMMES[t.programme].traineeRole);
  return as === 'rater' ? label(partId) : 'secretariaat';
}
