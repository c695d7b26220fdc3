/**
 * Rule 8 of docs/rules.md: whoever has ever been a deelnemer's werkplekbegeleider never becomes their (tweede)
 * assessor or leidinggevende, also not later or by swapping roles in one write. Checked against the
 * traject's `roleHistory` (docs/data-model.md), not only today's roles: by the traject editor before saving,
 * by the security rules on every traject write and when a summative assessment is written
 * (docs/rules.md, "Role history"), by the schedule when it puts raters on parts, and by the invite flow.
 */
import {
  PROGRAMMES,
  ROLE_CONFLICTS,
  TRAJECT_ROLE_LABELS,
  type ProgrammeId,
  type TrajectRole,
} from '../programmes';
import type { RoleAssignments, RoleHistory, ScheduleTraject, Traject } from '../traject';

/**
 * "Once `former`, never `barred`": every hard role conflict, read from its first role (ROLE_CONFLICTS lists the
 * werkplekbegeleider first). The rules generator builds `formerRolesNotBarred` from this list.
 */
export const FORMER_ROLE_BARS: readonly { former: TrajectRole; barred: TrajectRole }[] = ROLE_CONFLICTS.map(
  ({ roles: [former, barred] }) => ({ former, barred }),
);

export interface FormerRoleConflict {
  uid: string;
  /** The role the person held (or holds) on this traject ... */
  former: TrajectRole;
  /** ... which bars the role they are given. */
  barred: TrajectRole;
}

/** Everyone who held `role` on the traject: its history plus the current holders (old trajecten lack a history). */
export function everHeld(
  traject: { roles: RoleAssignments; roleHistory?: RoleHistory | undefined },
  role: TrajectRole,
): string[] {
  return [...new Set([...(traject.roleHistory?.[role] ?? []), ...(traject.roles[role] ?? [])])];
}

/** The role that bars `uid` from `role` on this traject (they held it, now or before), if any. */
export function roleBarredBy(
  traject: { roles: RoleAssignments; roleHistory?: RoleHistory | undefined },
  uid: string,
  role: TrajectRole,
): TrajectRole | undefined {
  return FORMER_ROLE_BARS.find((b) => b.barred === role && everHeld(traject, b.former).includes(uid))?.former;
}

/** Holders of `roles` whom `history` bars from the role they hold (current holders of the former role count too). */
export function formerRoleConflicts(history: RoleHistory, roles: RoleAssignments): FormerRoleConflict[] {
  const traject = { roles, roleHistory: history };
  return FORMER_ROLE_BARS.flatMap(({ former, barred }) =>
    (roles[barred] ?? [])
      .filter((uid) => everHeld(traject, former).includes(uid))
      .map((uid) => ({ uid, former, barred })),
  );
}

const label = (r: TrajectRole) => TRAJECT_ROLE_LABELS[r].label.toLowerCase();

/** Dutch, for the secretariat: "Karin is werkplekbegeleider van deze deelnemer geweest en kan geen assessor worden." */
export function formerRoleMessage(
  programme: ProgrammeId,
  conflict: Pick<FormerRoleConflict, 'former' | 'barred'>,
  name = 'Deze persoon',
): string {
  const trainee = label(PROGRAMMES[programme].traineeRole);
  return `${name} is ${label(conflict.former)} van deze ${trainee} geweest en kan geen ${label(conflict.barred)} worden, ook niet later of door rollen te ruilen. Kies iemand anders als ${label(conflict.barred)}.`;
}

/**
 * The role assignments the schedule may use to put raters on parts: holders whom the history bars from their
 * role are left out (the part then waits for the secretariat to assign someone else). Valid trajecten never
 * have such holders (the rules refuse them); this guards data written past the rules.
 */
export function rolesFitToRate(roles: RoleAssignments, history: RoleHistory | undefined): RoleAssignments {
  const conflicts = formerRoleConflicts(history ?? {}, roles);
  if (conflicts.length === 0) return roles;
  const out: RoleAssignments = {};
  for (const [role, uids] of Object.entries(roles) as [TrajectRole, string[] | undefined][]) {
    const left = (uids ?? []).filter((uid) => !conflicts.some((c) => c.barred === role && c.uid === uid));
    if (left.length > 0) out[role] = left;
  }
  return out;
}

/**
 * What the schedule needs from a stored traject, with the raters it may use: never a holder the history bars from
 * a part (a (former) werkplekbegeleider on an assessor part waits for the secretariat; rules 1 and 8 of
 * docs/rules.md).
 */
export function scheduleTrajectOf(trajectId: string, t: Traject): ScheduleTraject {
  return {
    trajectId,
    programme: t.programme,
    startDate: t.startDate,
    partTimeFactor: t.partTimeFactor,
    pauses: t.pauses,
    roles: rolesFitToRate(t.roles, t.roleHistory),
    roleHistory: t.roleHistory,
    names: t.names,
  };
}
