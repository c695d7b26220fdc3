/**
 * Rule 10 of docs/rules.md: an mbo teacher's learner reports are their own. Nobody but the teacher reads one (no
 * staff role, not the leidinggevende, not the team), unless the teacher shares that one report with a
 * named person of the institute. Staff and the leidinggevende see the team overview only, and only when it
 * cannot reveal a person (learnerReport.ts thresholds). An overdue report is reminded to the teacher only,
 * never escalated to the secretariat. docs/rules.md "Learner reports".
 */
import { teamActivityOverview, type ReportForOverview, type TeamActivityOverview } from '../learnerReport';
import type { FormType } from '../forms/types';
import type { TeamDoc } from '../documents/teams';
import { STAFF_ROLES } from '../programmes';
import { allow, deny, hasStaffRole, sameInstitute, type Actor, type Decision } from './common';

/** Form types whose envelope and answers stay with their authors: no staff reads, no escalation. */
export const AUTHOR_ONLY_FORM_TYPES: readonly FormType[] = ['learner_report'];

export const isAuthorOnly = (formType: FormType): boolean => AUTHOR_ONLY_FORM_TYPES.includes(formType);

/** At most this many people may be given one learner report (a colleague, a coach: not the team). */
export const MAX_SHARED_WITH = 5;

/** May an overdue part of this form be escalated to the secretariat? Never a form staff may not see. */
export function escalatesToSecretariaat(form: { formType: FormType; staffVisible: boolean }): boolean {
  return form.staffVisible && !isAuthorOnly(form.formType);
}

export interface ShareTarget {
  uid: string;
  instituteId: string;
}

/** May the actor share (or stop sharing) this learner report with `target`? */
export function mayShareLearnerReport(
  actor: Actor,
  form: { formType: FormType; instituteId: string; parts: Record<string, { raterUids: readonly string[] }> },
  target: ShareTarget,
  sharedWith: readonly string[],
  share: boolean,
): Decision {
  if (form.formType !== 'learner_report') return deny('Alleen een learner report kun je zelf delen.');
  if (actor.linkPart) return deny('Delen kan alleen als je bent aangemeld met je eigen account.');
  if (!sameInstitute(actor, form)) return deny('Dit learner report hoort bij een andere instelling.');
  if (!(form.parts.deelnemer?.raterUids ?? []).includes(actor.uid))
    return deny('Alleen de docent die het learner report schrijft, kan het delen.');
  if (target.uid === actor.uid) return deny('Je kunt je eigen learner report niet met jezelf delen.');
  if (target.instituteId !== form.instituteId) return deny('Deze persoon hoort bij een andere instelling.');
  if (share && !sharedWith.includes(target.uid) && sharedWith.length >= MAX_SHARED_WITH)
    return deny(
      `Je deelt dit learner report al met ${MAX_SHARED_WITH} mensen; stop eerst met delen met iemand.`,
    );
  return allow;
}

/** Who may see a team's overview: staff of its institute, its leidinggevenden and its teachers. */
export function mayReadTeamOverview(
  actor: Actor,
  team: Pick<TeamDoc, 'instituteId' | 'teacherUids' | 'leidinggevendeUids'>,
): Decision {
  if (actor.linkPart) return deny('Het teamoverzicht is er alleen met je eigen account.');
  const staff = hasStaffRole(actor, ...STAFF_ROLES) && actor.institute === team.instituteId;
  const member = team.teacherUids.includes(actor.uid) || team.leidinggevendeUids.includes(actor.uid);
  return staff || member ? allow : deny('Je hoort niet bij dit team.');
}

/** May the actor create or change a team of this institute? The secretariat and the admin. */
export function mayMaintainTeam(actor: Actor, team: { instituteId: string }): Decision {
  if (!hasStaffRole(actor, 'secretariaat', 'admin'))
    return deny('Alleen het secretariaat of de beheerder beheert teams.');
  if (actor.institute !== team.instituteId) return deny('Dit team hoort bij een andere instelling.');
  return allow;
}

/** What a reader of the team overview gets: the counts only when the group is large enough. */
export type TeamOverviewView =
  { shown: true; overview: Omit<TeamActivityOverview, 'sufficient'> } | { shown: false; reason: string };

export const TEAM_OVERVIEW_TOO_SMALL =
  'Het teamoverzicht verschijnt zodra er minstens 5 learner reports van minstens 3 docenten zijn ingediend, zodat niemand herkenbaar is.';

/** The overview for a reader: nothing that tells how many reports or teachers are in below the threshold. */
export function teamOverviewView(reports: readonly ReportForOverview[]): TeamOverviewView {
  const { sufficient, ...overview } = teamActivityOverview(reports);
  return sufficient ? { shown: true, overview } : { shown: false, reason: TEAM_OVERVIEW_TOO_SMALL };
}
