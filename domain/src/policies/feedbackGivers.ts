/**
 * Feedback givers by link (docs/rules.md "Feedback givers by link"): people without a role in the traject whom
 * one person of the traject asks for feedback, each into a part of their own (a slot `feedback_n`, labelled with
 * their name and role), never into an assessment part.
 *
 * - ComBel: the **opleider** asks practice staff (doktersassistent, POH, waarnemend opleider) before filling the
 *   opleider part (seed 002). The aios never asks them, never opens their parts, and reads their answers only in
 *   the comparison after the reveal. They do not count for the seal: the round is the three assessments, and a
 *   doktersassistent who never answers must not keep the comparison from the aios and the groepsdocent.
 * - Summative request (PDG): the **deelnemer** asks peers, students and colleagues; their answers feed the 6–8
 *   feedback quotes of her request (seed 003), each quote naming its giver.
 *
 * The inviteRater function decides with these functions, the web app shows the same choices, and the rules'
 * `linkMayReach` and `feedbackAskers` are generated from FEEDBACK_REQUESTS (scripts/rulesLinkParts.ts).
 */
import { FORM_DEFINITIONS } from '../forms/registry';
import type { FormType } from '../forms/types';
import {
  isFeedbackPartId,
  PROGRAMMES,
  TRAJECT_ROLE_LABELS,
  type FeedbackPartId,
  type TrajectRole,
} from '../programmes';
import { allow, deny, partsOf, type Actor, type Decision, type FormLike } from './common';
import { mailboxOf, type HandOutDecision, type TrajectContext } from './invitation';

export const FEEDBACK_GIVER_ROLES = {
  doktersassistent: 'Doktersassistent',
  poh: 'POH',
  waarnemend_opleider: 'Waarnemend opleider',
  medestudent: 'Medestudent',
  student: 'Leerling/student',
  collega: 'Collega',
} as const;
export type FeedbackGiverRole = keyof typeof FEEDBACK_GIVER_ROLES;
export const FEEDBACK_GIVER_ROLE_IDS = Object.keys(FEEDBACK_GIVER_ROLES) as FeedbackGiverRole[];

/** The `partId` of inviteRater that asks a new feedback giver ("Vraag feedback"): the server picks the slot. */
export const ASK_FEEDBACK = 'feedback';

export interface FeedbackRequestSpec {
  /** The traject role that asks (and reads the answers while filling its own part). */
  askedBy: TrajectRole;
  /** The roles a giver may be asked as, in the order the form offers them. */
  giverRoles: readonly FeedbackGiverRole[];
  /** The value of the quote's "Van wie" (aanvraag summatief `feedbackCitaten.bron`) per giver role. */
  quoteBron?: Partial<Record<FeedbackGiverRole, string>>;
}

/** Which forms have feedback-giver parts, and who asks for them. Their slots are the form definition's parts. */
export const FEEDBACK_REQUESTS: Partial<Record<FormType, FeedbackRequestSpec>> = {
  combel: { askedBy: 'opleider', giverRoles: ['doktersassistent', 'poh', 'waarnemend_opleider'] },
  aanvraag_summatief: {
    askedBy: 'deelnemer',
    giverRoles: ['medestudent', 'student', 'collega'],
    quoteBron: { medestudent: 'medecursist', student: 'student', collega: 'collega' },
  },
};

/** The feedback slots of a form type, in order (its definition's feedback parts): its maximum of givers. */
export function feedbackSlotsOf(formType: FormType): FeedbackPartId[] {
  if (!FEEDBACK_REQUESTS[formType]) return [];
  return FORM_DEFINITIONS[formType].parts.map((p) => p.partId).filter(isFeedbackPartId);
}

/** Is this part a feedback giver's part of this form type? */
export function isFeedbackGiverPart(formType: FormType, partId: string): partId is FeedbackPartId {
  return isFeedbackPartId(partId) && feedbackSlotsOf(formType).includes(partId);
}

/**
 * Does the part count for the round: completion of the form and the reveal of a sealed one? Every part but a
 * feedback giver's (their answers are input to the asker's part, and nobody waits for them).
 */
export const countsForRound = (partId: string): boolean => !isFeedbackPartId(partId);

/** The first free slot of the form, or null when every giver it may have was asked. */
export function nextFeedbackSlot(formType: FormType, usedPartIds: readonly string[]): FeedbackPartId | null {
  return feedbackSlotsOf(formType).find((p) => !usedPartIds.includes(p)) ?? null;
}

/** What mayAskFeedback needs of a form: the stored envelope (its instants are not read) or a FormLike. */
export type FeedbackForm = Pick<FormLike, 'formType' | 'status' | 'parts'>;

const refuse = (reason: string, notYours = false): HandOutDecision =>
  notYours ? { ok: false, reason, notYours } : { ok: false, reason };

/**
 * May the actor ask someone for feedback on this form? Only a person (never a link session) who holds the
 * asking role in the traject and is a rater of that part; only while that part is not submitted (the feedback
 * is input to it) and the form is open; only while a slot is free.
 */
export function mayAskFeedback(actor: Actor, form: FeedbackForm, t: TrajectContext): HandOutDecision {
  const spec = FEEDBACK_REQUESTS[form.formType];
  if (!spec) return refuse('Voor dit formulier vraag je geen feedback via Praktijkvolg.');
  if (actor.linkPart) return refuse('Met een eenmalige link kun je niemand om feedback vragen.', true);
  const own = partsOf(form)[spec.askedBy];
  const asker = (t.roles[spec.askedBy] ?? []).includes(actor.uid) && !!own?.raterUids.includes(actor.uid);
  if (!asker) {
    const who = TRAJECT_ROLE_LABELS[spec.askedBy].label.toLowerCase();
    return refuse(`Alleen de ${who} vraagt voor dit formulier feedback van anderen.`, true);
  }
  if (form.status !== undefined && form.status !== 'open')
    return refuse('Dit formulier is niet meer open: feedback vragen kan niet meer.');
  if (own?.status === 'submitted')
    return refuse('Je hebt je deel al ingediend: feedback vragen kan alleen daarvoor.');
  const used = Object.keys(partsOf(form));
  if (!nextFeedbackSlot(form.formType, used)) {
    return refuse(
      `Je hebt voor dit formulier al ${feedbackSlotsOf(form.formType).length} mensen om feedback gevraagd; meer kan niet.`,
    );
  }
  return { ok: true, as: spec.askedBy === PROGRAMMES[t.programme].traineeRole ? 'trainee' : 'rater' };
}

/** May this giver role be asked on this form type? */
export function giverRoleFits(formType: FormType, role: string): role is FeedbackGiverRole {
  return (FEEDBACK_REQUESTS[formType]?.giverRoles as readonly string[] | undefined)?.includes(role) ?? false;
}

/**
 * May the actor read a submitted feedback part of a sealed form before the reveal? Only a person who rates the
 * asking part (the opleider, both duo-opleiders): they fill their part with it. The rules say the same
 * (`readsFeedbackAsAsker`).
 */
export function readsFeedbackAsAsker(actor: Actor, form: FormLike, partId: string): boolean {
  const spec = FEEDBACK_REQUESTS[form.formType];
  if (!spec || actor.linkPart || !isFeedbackGiverPart(form.formType, partId)) return false;
  return !!partsOf(form)[spec.askedBy]?.raterUids.includes(actor.uid);
}

/** How a feedback giver is shown: "Doktersassistent: Ellen de Vries". */
export function feedbackGiverLabel(giver: { name: string; giverRole?: string | undefined }): string {
  const role = giver.giverRole && FEEDBACK_GIVER_ROLES[giver.giverRole as FeedbackGiverRole];
  return role ? `${role}: ${giver.name}` : giver.name;
}

/**
 * A quote of the summative request taken from a giver's feedback: the text, the source ("Van wie") that fits the
 * giver's role, and the giver's name and role, so the quote stays traceable to the part it came from.
 */
export function quoteFromFeedback(giver: {
  name: string;
  giverRole?: string | undefined;
  text: string;
  date?: string | undefined;
}): { citaat: string; bron: string; bronToelichting: string; datum?: string } {
  const bron = FEEDBACK_REQUESTS.aanvraag_summatief?.quoteBron?.[giver.giverRole as FeedbackGiverRole];
  return {
    citaat: giver.text.slice(0, 1000),
    bron: bron ?? 'anders',
    bronToelichting: feedbackGiverLabel(giver).slice(0, 120),
    ...(giver.date && { datum: giver.date }),
  };
}

export interface FeedbackGiverContext extends TrajectContext {
  /** The person asking, with every address we know of them. */
  asker: { uid: string; emails: readonly string[] };
  /** Addresses of the traject's members (people documents): they fill parts of their own. */
  memberEmails: readonly string[];
  /** Addresses already asked for feedback on this form (the slots' designations). */
  askedEmails: readonly string[];
}

/**
 * May this person be asked for feedback? Not the asker, not anyone in the traject (by account or by any address
 * of theirs, `+tags` ignored: the aios never gives feedback on herself, a groepsdocent has his own part), not the
 * secretariat, and not someone already asked on this form.
 */
export function mayBeAskedForFeedback(
  giver: { name: string; email: string; uids: readonly string[]; staffRoles: readonly string[] },
  c: FeedbackGiverContext,
): Decision {
  const box = mailboxOf(giver.email);
  if (giver.uids.includes(c.asker.uid) || c.asker.emails.some((e) => mailboxOf(e) === box))
    return deny('Je kunt jezelf niet om feedback vragen.');
  const members = Object.values(c.roles).flat();
  if (giver.uids.some((u) => members.includes(u)) || c.memberEmails.some((e) => mailboxOf(e) === box)) {
    return deny(
      `${giver.name} heeft een eigen rol in dit traject en vult een eigen deel in; vraag iemand van buiten het traject.`,
    );
  }
  if (giver.staffRoles.includes('secretariaat'))
    return deny('Het secretariaat vult geen beoordelingen of feedback in; kies iemand anders.');
  if (c.askedEmails.some((e) => mailboxOf(e) === box))
    return deny(`Je hebt ${giver.name} voor dit formulier al om feedback gevraagd.`);
  return allow;
}
