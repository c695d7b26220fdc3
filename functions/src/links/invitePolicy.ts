// Who may invite whom into which part (the aios or deelnemer invites raters; seed 002: "the aios invites
// the opleider in time"). Pure, so it is unit-tested beside.
import {
  PROGRAMMES,
  ROLE_CONFLICTS,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  isTrajectRole,
  partLabel,
  rolesMayCombine,
  type FormType,
  type PartId,
  type ProgrammeId,
  type RoleAssignments,
  type TrajectRole,
} from '@praktijkvolg/domain';

/**
 * Parts the trainee may invite someone into, per form type. Only parts filled by someone outside the
 * trainee's own account: never the trainee's own part, never a staff part, never a LEOh (the aios
 * fills it; its subject may not), never the voortgangsadvies (the opleider's own duty).
 */
export const INVITABLE_PARTS: Partial<Record<FormType, readonly PartId[]>> = {
  combel: ['opleider'], // the aios invites the opleider for the ComBel round
  diensten: ['opleider'], // ... and for the voortgangsrapportage diensten
  kpb: ['opleider'], // ... and the opleider (or a replacement) for a KPB
  observatie: ['collega_docent'], // LED: the docent asks a colleague to observe a lesson
};

export type Decision = { ok: true } | { ok: false; reason: string };
const deny = (reason: string): Decision => ({ ok: false, reason });
const allow: Decision = { ok: true };

/** Is the caller the trainee (aios / deelnemer) of this traject? */
export function isTrainee(programme: ProgrammeId, roles: RoleAssignments, uid: string): boolean {
  return (roles[PROGRAMMES[programme].traineeRole] ?? []).includes(uid);
}

export function mayInviteInto(formType: FormType, partId: string): Decision {
  if (formType === 'leoh') return deny('Voor een LEOh nodig je niemand uit: de aios vult hem zelf in.');
  // A deelnemer never chooses their own assessors: the secretariat assigns both (traject roles, where the
  // rules refuse the werkplekbegeleider), and they sign in with an e-mailed link like everyone else.
  if (formType === 'beoordeling_summatief') {
    return deny('De assessoren van het summatief lesbezoek worden door het secretariaat aangewezen, niet door de deelnemer.');
  }
  const parts = INVITABLE_PARTS[formType] ?? [];
  if (!parts.includes(partId as PartId)) {
    const label = isTrajectRole(partId) ? partLabel(partId).toLowerCase() : partId;
    return deny(`Voor het deel "${label}" van dit formulier kun je niemand uitnodigen.`);
  }
  return allow;
}

/**
 * The invitee, when they already hold roles in this traject: may they also fill a part of this role?
 * The werkplekbegeleider is never (tweede) assessor (DOMAIN rule 1); otherwise the programme's rules on
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
          `${inviteeName} is in dit traject al ${TRAJECT_ROLE_LABELS[role].label.toLowerCase()} en kan niet ook het deel "${partLabel(partRole).toLowerCase()}" invullen.`,
        );
      }
    }
  }
  return allow;
}
