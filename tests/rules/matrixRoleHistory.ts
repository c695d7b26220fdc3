// Access-matrix rows of rule 8 (docs/rules.md, "Role history: once werkplekbegeleider, never assessor"):
// whoever has ever been a deelnemer's werkplekbegeleider never becomes their (tweede) assessor or leidinggevende,
// also not later or by swapping roles in one write. Concatenated into MATRIX (matrix.ts); the world (world.ts)
// has tP with wpb0 as its former werkplekbegeleider and tPold, written before roleHistory existed.
//
// Only function declarations here: matrix.ts imports this file and this file imports matrix.ts, so nothing may
// run before matrix.ts has finished (its MATRIX calls roleHistoryRows()).
import { nextRoleHistory, type RoleHistory } from '@praktijkvolg/domain';
import { WORLD_ROLE_HISTORY, WORLD_ROLES, pdgTraject, stamp, type Row } from './matrix.js';

type Roles = Record<string, string[]>;

/** A role change on a world traject with the given history (honest: what the web editor writes). */
function update(roles: Roles, roleHistory: RoleHistory) {
  const members = [...new Set(Object.values(roles).flat())].sort();
  return {
    roles,
    roleHistory,
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    ...stamp,
  };
}
function honest(trajectId: keyof typeof WORLD_ROLES, roles: Roles) {
  const before = { roles: WORLD_ROLES[trajectId], roleHistory: WORLD_ROLE_HISTORY[trajectId] };
  return update(roles, nextRoleHistory(before, roles));
}
function without(history: RoleHistory, role: keyof RoleHistory, uid: string): RoleHistory {
  return { ...history, [role]: (history[role] ?? []).filter((u) => u !== uid) };
}

export function roleHistoryRows(): Row[] {
  const tP = WORLD_ROLES.tP;
  const tPold = WORLD_ROLES.tPold;
  const refusedWhy = 'rule 8: formerRolesNotBarred (roleHistory and the roles before the write)';
  const newAssessor = { ...tP, assessor: ['ass9'] };
  const newWpb = { ...tP, werkplekbegeleider: ['wpb8'] };
  const { roleHistory: _dropped, ...noHistory } = pdgTraject({
    deelnemer: ['dln9'],
    werkplekbegeleider: ['wpb9'],
    assessor: ['ass9'],
  });
  return [
    // ------------------------------------------------------------ the secretariat writes roles (trajecten/tP)
    {
      doc: 'trajecten',
      what: 'trajecten/tP: swap werkplekbegeleider and assessor in one write (honest history)',
      op: 'update',
      path: 'trajecten/tP',
      data: honest('tP', { ...tP, werkplekbegeleider: ['ass1'], assessor: ['wpb1'] }),
      allow: [],
      why: `${refusedWhy}: wpb1 was werkplekbegeleider before the write`,
      attack: 'swapping werkplekbegeleider and assessor in one write, so that the state after it looks valid',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: swap werkplekbegeleider and tweede assessor in one write',
      op: 'update',
      path: 'trajecten/tP',
      data: honest('tP', { ...tP, werkplekbegeleider: ['ass2'], tweede_assessor: ['wpb1'] }),
      allow: [],
      why: `${refusedWhy}: wpb1 was werkplekbegeleider before the write`,
      attack: 'swapping werkplekbegeleider and tweede assessor in one write',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: the former werkplekbegeleider wpb0 becomes assessor',
      op: 'update',
      path: 'trajecten/tP',
      data: honest('tP', { ...tP, assessor: ['wpb0'] }),
      allow: [],
      why: `${refusedWhy}: wpb0 is in roleHistory.werkplekbegeleider`,
      attack: 'making a former werkplekbegeleider assessor later',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: the former werkplekbegeleider wpb0 becomes tweede assessor',
      op: 'update',
      path: 'trajecten/tP',
      data: honest('tP', { ...tP, tweede_assessor: ['wpb0'] }),
      allow: [],
      why: `${refusedWhy}: wpb0 is in roleHistory.werkplekbegeleider`,
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: the former werkplekbegeleider wpb0 becomes leidinggevende',
      op: 'update',
      path: 'trajecten/tP',
      data: honest('tP', { ...tP, leidinggevende: ['wpb0'] }),
      allow: [],
      why: `${refusedWhy}: no hierarchical relation, then or now`,
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: a new werkplekbegeleider; wpb1 stays in the history',
      op: 'update',
      path: 'trajecten/tP',
      data: honest('tP', newWpb),
      allow: ['secretariaat'],
      why: 'a valid role change with the history the editor computes (nextRoleHistory)',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: a new assessor, and wpb0 dropped from the history',
      op: 'update',
      path: 'trajecten/tP',
      data: update(newAssessor, without(honest('tP', newAssessor).roleHistory, 'werkplekbegeleider', 'wpb0')),
      allow: [],
      why: 'rule 8: roleHistoryKept, nothing of the werkplekbegeleider history before is dropped',
      attack: 'erasing a former werkplekbegeleider from the history to make them assessor next',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: a new werkplekbegeleider missing from the history',
      op: 'update',
      path: 'trajecten/tP',
      data: update(newWpb, without(honest('tP', newWpb).roleHistory, 'werkplekbegeleider', 'wpb8')),
      allow: [],
      why: 'rule 8: roleHistoryKept, the werkplekbegeleider after the write is in the history',
      attack:
        'writing a history without the current werkplekbegeleider, to make them assessor in the next write',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: a new werkplekbegeleider, the one before dropped from the history',
      op: 'update',
      path: 'trajecten/tP',
      data: update(newWpb, without(honest('tP', newWpb).roleHistory, 'werkplekbegeleider', 'wpb1')),
      allow: [],
      why: 'rule 8: roleHistoryKept, the werkplekbegeleider before the write stays in the history',
      attack: 'moving the werkplekbegeleider and forgetting them in the same write',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: a new assessor, the one before left out of the history',
      op: 'update',
      path: 'trajecten/tP',
      data: update(newAssessor, without(honest('tP', newAssessor).roleHistory, 'assessor', 'ass1')),
      allow: ['secretariaat'],
      why: 'the history of roles that bar no other role is only bounded here; trajectWritten puts ass1 back',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: empty the history',
      op: 'update',
      path: 'trajecten/tP',
      data: { roleHistory: {}, ...stamp },
      allow: [],
      why: 'rule 8: roleHistoryKept',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: 51 werkplekbegeleiders in the history',
      op: 'update',
      path: 'trajecten/tP',
      data: update(tP, {
        ...WORLD_ROLE_HISTORY.tP,
        werkplekbegeleider: [...['wpb0', 'wpb1'], ...Array.from({ length: 49 }, (_, i) => `oud${i}`)],
      }),
      allow: [],
      why: 'rule 8: at most 50 per role (MAX_ROLE_HISTORY)',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tP: a history under a role that does not exist',
      op: 'update',
      path: 'trajecten/tP',
      data: update(tP, { ...WORLD_ROLE_HISTORY.tP, baas: ['x1'] } as RoleHistory),
      allow: [],
      why: 'rule 8: only traject roles',
    },

    // ------------------------------------------------------------ a traject from before the history (tPold)
    {
      doc: 'trajecten',
      what: 'trajecten/tPold (no history yet): swap werkplekbegeleider and assessor',
      op: 'update',
      path: 'trajecten/tPold',
      data: honest('tPold', { ...tPold, werkplekbegeleider: ['ass3'], assessor: ['wpb2'] }),
      allow: [],
      why: `${refusedWhy}: the roles before the write count even without a stored history`,
      attack: 'swapping roles on a traject that has no history yet',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tPold: a new werkplekbegeleider, history without the one before',
      op: 'update',
      path: 'trajecten/tPold',
      data: update(
        { ...tPold, werkplekbegeleider: ['wpb7'] },
        nextRoleHistory(undefined, { ...tPold, werkplekbegeleider: ['wpb7'] }),
      ),
      allow: [],
      why: 'rule 8: roleHistoryKept, the werkplekbegeleider before the write is in the history',
      attack: 'starting the history after the werkplekbegeleider was moved',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tPold: change the workplace without writing a history',
      op: 'update',
      path: 'trajecten/tPold',
      data: { workplace: 'Albeda, Rotterdam', ...stamp },
      allow: [],
      why: 'rule 8: every write carries the history (the editor adds it; the server backfills untouched ones)',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tPold: a new werkplekbegeleider, history from before and after',
      op: 'update',
      path: 'trajecten/tPold',
      data: honest('tPold', { ...tPold, werkplekbegeleider: ['wpb7'] }),
      allow: ['secretariaat'],
      why: 'the first write of an old traject starts its history from the roles before and after',
    },

    // ------------------------------------------------------------ creating a traject
    {
      doc: 'trajecten',
      what: 'create a PDG traject without a role history',
      op: 'create',
      path: 'trajecten/tNewP',
      data: noHistory,
      allow: [],
      why: 'rule 8: every write carries the history',
    },
    {
      doc: 'trajecten',
      what: 'create a PDG traject whose history names the assessor as werkplekbegeleider',
      op: 'create',
      path: 'trajecten/tNewP',
      data: { ...noHistory, roleHistory: { ...noHistory.roles, werkplekbegeleider: ['wpb9', 'ass9'] } },
      allow: [],
      why: refusedWhy,
    },

    // ------------------------------------------------------------ act time
    {
      doc: 'parts',
      what: 'summative assessment where the server wrongly listed the former werkplekbegeleider as assessor',
      op: 'update',
      path: 'forms/tP__beoordeling-former/parts/assessor',
      data: { answers: { datumLesbezoek: '2026-03-02' }, status: 'draft', ...stamp },
      allow: [],
      why: 'rule 8 at act time: the traject’s roleHistory says they were werkplekbegeleider (the same one get())',
      attack: 'a former werkplekbegeleider assessing through a mis-copied part',
    },
  ];
}
