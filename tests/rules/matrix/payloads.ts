// Payloads the access-matrix rows write: the world's trajecten and their roles (as tests/rules/world.ts seeds
// them), role changes as the web editor writes them, part drafts and submissions. Payload values '$uid' and
// '$now' are replaced by the runner (tests/rules/accessMatrix.test.ts) with the actor's uid and serverTimestamp().
import { nextRoleHistory, type RoleHistory } from '@praktijkvolg/domain';
import { INSTITUTE_A } from './model.js';

export const stamp = { updatedAt: '$now', updatedBy: '$uid' };

export const huisartsTraject = (roles: Record<string, string[]>, extra: Record<string, unknown> = {}) => {
  const members = [...new Set(Object.values(roles).flat())].sort();
  return {
    instituteId: INSTITUTE_A,
    programme: 'huisarts_jaar1',
    traineeName: 'Noor de Vries',
    workplace: 'Huisartsenpraktijk Het Plein',
    startDate: '2026-09-01',
    partTimeFactor: 1,
    pauses: [],
    roles,
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    status: 'actief',
    roleHistory: nextRoleHistory(undefined, roles),
    ...stamp,
    ...extra,
  };
};
export const pdgTraject = (roles: Record<string, string[]>) => ({
  ...huisartsTraject(roles),
  programme: 'pdg',
});
export const pdgRoles = { deelnemer: ['dln9'], werkplekbegeleider: ['wpb9'], assessor: ['ass9'] };

/** Role changes on a world traject: roles, members (the union), names and the role history move together. */
export const rolesUpdate = (roles: Record<string, string[]>, trajectId: keyof typeof WORLD_ROLES = 'tH') => {
  const members = [...new Set(Object.values(roles).flat())].sort();
  const before = { roles: WORLD_ROLES[trajectId], roleHistory: WORLD_ROLE_HISTORY[trajectId] };
  return {
    roles,
    roleHistory: nextRoleHistory(before, roles),
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    ...stamp,
  };
};
export const tHRoles = { aios: ['aios1'], opleider: ['opl1', 'opl2'], groepsdocent: ['gd1'] };
export const tPRoles = {
  deelnemer: ['dln1'],
  werkplekbegeleider: ['wpb1'],
  assessor: ['ass1'],
  tweede_assessor: ['ass2'],
};
/**
 * The roles and role history of the world's trajecten (world.ts): wpb0 was tP's werkplekbegeleider before wpb1;
 * tPold is a PDG traject written before roleHistory existed (none yet).
 */
export const WORLD_ROLES = {
  tH: tHRoles,
  tP: tPRoles,
  tPold: { deelnemer: ['dln2'], werkplekbegeleider: ['wpb2'], assessor: ['ass3'] },
};
export const WORLD_ROLE_HISTORY: Record<keyof typeof WORLD_ROLES, RoleHistory | undefined> = {
  tH: nextRoleHistory(undefined, tHRoles),
  tP: nextRoleHistory({ roleHistory: { werkplekbegeleider: ['wpb0'] } }, tPRoles),
  tPold: undefined,
};

export const draft = (answers: Record<string, unknown>) => ({ answers, status: 'draft', ...stamp });
export const submit = (answers: Record<string, unknown>) => ({
  ...draft(answers),
  status: 'submitted',
  submittedAt: '$now',
});
export const without = (o: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
export const gdDraft = {
  competenties: { communicatie: { niveau: 'op_verwachting' } },
  tops: 'Goede reflectie.',
};
