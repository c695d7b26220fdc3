/**
 * Separation rules on role assignments (rules 1 and 6 of docs/rules.md, cardinalities per programme).
 * Used by the secretariat UI before saving, by the functions, and mirrored in the security rules.
 */
import {
  PROGRAMMES,
  ROLE_CONFLICTS,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  rolesMayCombine,
  roleConflict,
  type ProgrammeId,
  type TrajectRole,
} from '../programmes';
import { nextRoleHistory, type RoleAssignments, type RoleHistory } from '../traject';
import { hasStaffRole, type Actor } from './common';
import { formerRoleConflicts, formerRoleMessage } from './roleHistory';

export type RoleRule =
  | 'rol_niet_in_opleiding'
  | 'te_weinig'
  | 'te_veel'
  | 'dubbel_in_rol'
  | 'wpb_niet_assessor'
  | 'wpb_niet_leidinggevende'
  | 'eerdere_rol'
  | 'twee_rollen'
  | 'geen_beheerder'
  | 'zelf_rol_toekennen';

export interface RoleViolation {
  rule: RoleRule;
  /** Dutch, explaining the conflict to the secretariat. */
  message: string;
  roles?: TrajectRole[];
  uid?: string;
}

export type RoleCheck = { ok: true } | { ok: false; violations: RoleViolation[] };

const label = (r: TrajectRole) => TRAJECT_ROLE_LABELS[r].label.toLowerCase();
const plural = (r: TrajectRole, n: number) =>
  n === 1 ? label(r) : TRAJECT_ROLE_LABELS[r].plural.toLowerCase();

/**
 * Is this set of role assignments valid for the programme?
 * - only roles of the programme, within their cardinality (aios exactly 1, opleider 1–2, ...);
 * - the werkplekbegeleider is never (tweede) assessor nor leidinggevende of the same deelnemer;
 * - nobody holds two roles unless the programme allows that combination;
 * - with the traject's role `history` (rule 8 of docs/rules.md): whoever was werkplekbegeleider before is never
 *   (tweede) assessor nor leidinggevende now (see ./roleHistory).
 * `names` (uid → display name) only improves the messages.
 */
export function validateRoleAssignment(
  programme: ProgrammeId,
  roles: RoleAssignments,
  names: Record<string, string> = {},
  history: RoleHistory = {},
): RoleCheck {
  const def = PROGRAMMES[programme];
  const who = (uid: string) => names[uid] ?? 'Dezelfde persoon';
  const violations: RoleViolation[] = [];

  for (const role of TRAJECT_ROLES) {
    const uids = roles[role] ?? [];
    const spec = def.roles.find((r) => r.role === role);
    if (!spec) {
      if (uids.length > 0) {
        violations.push({
          rule: 'rol_niet_in_opleiding',
          roles: [role],
          message: `De rol ${label(role)} bestaat niet in ${def.label}.`,
        });
      }
      continue;
    }
    if (new Set(uids).size !== uids.length) {
      violations.push({
        rule: 'dubbel_in_rol',
        roles: [role],
        message: `Iemand staat twee keer als ${label(role)} in dit traject.`,
      });
    }
    const n = new Set(uids).size;
    if (n < spec.min) {
      violations.push({
        rule: 'te_weinig',
        roles: [role],
        message:
          spec.min === spec.max
            ? `Een traject in ${def.label} heeft precies ${spec.min} ${plural(role, spec.min)} (nu ${n}).`
            : `Een traject in ${def.label} heeft minimaal ${spec.min} ${plural(role, spec.min)} (nu ${n}).`,
      });
    }
    if (n > spec.max) {
      violations.push({
        rule: 'te_veel',
        roles: [role],
        message:
          spec.min === spec.max
            ? `Een traject in ${def.label} heeft precies ${spec.max} ${plural(role, spec.max)} (nu ${n}).`
            : `Een traject in ${def.label} heeft maximaal ${spec.max} ${plural(role, spec.max)} (nu ${n}).`,
      });
    }
  }

  // Everyone's roles in this traject.
  const rolesOf = new Map<string, TrajectRole[]>();
  for (const role of TRAJECT_ROLES) {
    for (const uid of new Set(roles[role] ?? [])) rolesOf.set(uid, [...(rolesOf.get(uid) ?? []), role]);
  }
  for (const [uid, held] of rolesOf) {
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length; j++) {
        const a = held[i]!;
        const b = held[j]!;
        const conflict = roleConflict(a, b);
        if (conflict) {
          violations.push({
            rule: conflict.rule,
            roles: [a, b],
            uid,
            message: `${who(uid)}: ${conflict.message}`,
          });
        } else if (!rolesMayCombine(programme, a, b)) {
          violations.push({
            rule: 'twee_rollen',
            roles: [a, b],
            uid,
            message: `${who(uid)} staat zowel als ${label(a)} als als ${label(b)} in dit traject. In ${def.label} heeft iedereen één rol; kies voor één van beide.`,
          });
        }
      }
    }
  }
  // Held the former role before, not now (a current holder is reported as a conflict above).
  for (const c of formerRoleConflicts(history, roles)) {
    if (roles[c.former]?.includes(c.uid)) continue;
    violations.push({
      rule: 'eerdere_rol',
      roles: [c.barred],
      uid: c.uid,
      message: formerRoleMessage(programme, c, names[c.uid]),
    });
  }
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

/**
 * A change of role assignments by `actor` (rules 5, 6 and 8 of docs/rules.md): only the secretariat (or an admin)
 * assigns roles, nobody grants themselves a role, and the result must be valid, also against the role
 * history (`beforeHistory`, the traject's `roleHistory`, plus everyone who held a role before this change:
 * a swap of werkplekbegeleider and assessor in one write is refused).
 */
export function validateRoleChange(
  actor: Actor,
  programme: ProgrammeId,
  before: RoleAssignments,
  after: RoleAssignments,
  names: Record<string, string> = {},
  beforeHistory?: RoleHistory,
): RoleCheck {
  const violations: RoleViolation[] = [];
  if (!hasStaffRole(actor, 'secretariaat', 'admin')) {
    violations.push({
      rule: 'geen_beheerder',
      message: 'Alleen het secretariaat wijst rollen in een traject toe.',
    });
  }
  for (const role of TRAJECT_ROLES) {
    const had = before[role]?.includes(actor.uid) ?? false;
    const has = after[role]?.includes(actor.uid) ?? false;
    if (has && !had) {
      violations.push({
        rule: 'zelf_rol_toekennen',
        roles: [role],
        uid: actor.uid,
        message: `Je kunt jezelf niet de rol ${label(role)} geven. Vraag een collega van het secretariaat om dit te doen.`,
      });
    }
  }
  const history = nextRoleHistory({ roles: before, roleHistory: beforeHistory }, after);
  const result = validateRoleAssignment(programme, after, names, history);
  if (!result.ok) violations.push(...result.violations);
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

/**
 * Staff claims are set by an admin of the same institute, never for themselves (rule 6). `institute` is the
 * institute the roles are asked for; the person's own institute is checked where the person is read.
 */
export function mayGrantStaffRoles(
  actor: Actor,
  target: { uid: string; institute: string },
): { ok: true } | { ok: false; reason: string } {
  if (!hasStaffRole(actor, 'admin') || !actor.institute)
    return { ok: false, reason: 'Alleen een beheerder kan rollen van medewerkers instellen.' };
  if (actor.institute !== target.institute)
    return { ok: false, reason: 'Je kunt alleen rollen instellen binnen je eigen opleiding.' };
  if (actor.uid === target.uid) {
    return { ok: false, reason: 'Je kunt je eigen rollen niet wijzigen; vraag een andere beheerder.' };
  }
  return { ok: true };
}

/** The hard conflicts, for generators (e.g. security rules). */
export const HARD_ROLE_CONFLICTS = ROLE_CONFLICTS.map((c) => ({ rule: c.rule, roles: c.roles }));
