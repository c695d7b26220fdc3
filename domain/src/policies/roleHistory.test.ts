// Rule 8 of docs/rules.md: once werkplekbegeleider, never (tweede) assessor or leidinggevende of that deelnemer, also
// not later or by swapping roles in one write.
import { describe, expect, it } from 'vitest';
import {
  MAX_ROLE_HISTORY,
  membersOf,
  nextRoleHistory,
  trajectSchema,
  type RoleAssignments,
  type RoleHistory,
} from '../traject';
import { adHocInstance } from '../schedule';
import { mayActOnPart } from './actOnPart';
import type { Actor, FormLike } from './common';
import { validateRoleAssignment, validateRoleChange, type RoleCheck } from './roleAssignment';
import { formerRoleConflicts, roleBarredBy, rolesFitToRate, scheduleTrajectOf } from './roleHistory';

const rules = (r: RoleCheck) => (r.ok ? [] : r.violations.map((v) => v.rule));
const secretariaat: Actor = { uid: 's1', staffRoles: ['secretariaat'], institute: 'hr' };
const names = { w1: 'Kees Jansen', as1: 'Ingrid Bakker', as2: 'Jan de Wit', w0: 'Petra Smit' };

const pdgRoles: RoleAssignments = {
  deelnemer: ['d1'],
  werkplekbegeleider: ['w1'],
  assessor: ['as1'],
  tweede_assessor: ['as2'],
};
/** w0 was werkplekbegeleider before w1. */
const history: RoleHistory = nextRoleHistory(
  { roles: pdgRoles, roleHistory: { werkplekbegeleider: ['w0'] } },
  pdgRoles,
);

describe('nextRoleHistory', () => {
  it('keeps the history, adds who held a role before and who holds it after, once, in first-seen order', () => {
    expect(history).toEqual({
      deelnemer: ['d1'],
      werkplekbegeleider: ['w0', 'w1'],
      assessor: ['as1'],
      tweede_assessor: ['as2'],
    });
    const after = { ...pdgRoles, werkplekbegeleider: ['w2'], assessor: ['as3'] };
    expect(nextRoleHistory({ roles: pdgRoles, roleHistory: history }, after)).toEqual({
      deelnemer: ['d1'],
      werkplekbegeleider: ['w0', 'w1', 'w2'],
      assessor: ['as1', 'as3'],
      tweede_assessor: ['as2'],
    });
  });

  it('starts from the roles alone for a new traject or one written before the history existed', () => {
    expect(nextRoleHistory(undefined, pdgRoles)).toEqual(pdgRoles);
    expect(nextRoleHistory({ roles: pdgRoles }, { ...pdgRoles, werkplekbegeleider: ['w2'] })).toMatchObject({
      werkplekbegeleider: ['w1', 'w2'],
    });
  });

  it('is part of the traject schema: optional (old trajecten), bounded per role', () => {
    const members = membersOf(pdgRoles);
    const t = {
      instituteId: 'hr',
      programme: 'pdg',
      traineeName: 'Lotte',
      workplace: 'ROC',
      startDate: '2025-09-01',
      partTimeFactor: 1,
      pauses: [],
      roles: pdgRoles,
      members,
      names: {},
      status: 'actief',
    };
    expect(trajectSchema.safeParse(t).success).toBe(true);
    expect(trajectSchema.safeParse({ ...t, roleHistory: history }).success).toBe(true);
    const long = Array.from({ length: MAX_ROLE_HISTORY + 1 }, (_, i) => `w${i}`);
    expect(trajectSchema.safeParse({ ...t, roleHistory: { werkplekbegeleider: long } }).success).toBe(false);
    expect(trajectSchema.safeParse({ ...t, roleHistory: { baas: ['x'] } }).success).toBe(false);
  });
});

describe('rule 8: the secretariat changes roles', () => {
  it('refuses swapping werkplekbegeleider and assessor in one write', () => {
    const swapped = { ...pdgRoles, werkplekbegeleider: ['as1'], assessor: ['w1'] };
    // The state after the write alone is fine: that is the hole.
    expect(validateRoleAssignment('pdg', swapped)).toEqual({ ok: true });
    const r = validateRoleChange(secretariaat, 'pdg', pdgRoles, swapped, names, history);
    expect(rules(r)).toEqual(['eerdere_rol']);
    expect(!r.ok && r.violations[0]).toMatchObject({ uid: 'w1', roles: ['assessor'] });
    expect(!r.ok && r.violations[0]!.message).toMatch(
      /^Kees Jansen is werkplekbegeleider van deze deelnemer geweest en kan geen assessor \(opleiding\) worden, ook niet later/,
    );
  });

  it('refuses swapping werkplekbegeleider and tweede assessor, also on a traject without a history yet', () => {
    const swapped = { ...pdgRoles, werkplekbegeleider: ['as2'], tweede_assessor: ['w1'] };
    expect(rules(validateRoleChange(secretariaat, 'pdg', pdgRoles, swapped, names))).toEqual(['eerdere_rol']);
    const r = validateRoleChange(secretariaat, 'pdg', pdgRoles, swapped, names, history);
    expect(!r.ok && r.violations[0]!.message).toContain('kan geen tweede assessor (school) worden');
  });

  it('refuses a former werkplekbegeleider (in the history) as assessor, tweede assessor or leidinggevende later', () => {
    for (const role of ['assessor', 'tweede_assessor', 'leidinggevende'] as const) {
      const after = { ...pdgRoles, [role]: ['w0'] };
      const r = validateRoleChange(secretariaat, 'pdg', pdgRoles, after, names, history);
      expect(rules(r), role).toEqual(['eerdere_rol']);
      expect(!r.ok && r.violations[0]!.message).toMatch(
        /^Petra Smit is werkplekbegeleider van deze deelnemer geweest/,
      );
    }
  });

  it('reports the current werkplekbegeleider as assessor once, as the plain conflict', () => {
    const after = { ...pdgRoles, assessor: ['w1'] };
    expect(rules(validateRoleChange(secretariaat, 'pdg', pdgRoles, after, names, history))).toEqual([
      'wpb_niet_assessor',
    ]);
  });

  it('accepts valid changes: a new werkplekbegeleider, a new assessor, a former assessor as werkplekbegeleider', () => {
    const ok = (after: RoleAssignments) =>
      validateRoleChange(secretariaat, 'pdg', pdgRoles, after, names, history);
    expect(ok({ ...pdgRoles, werkplekbegeleider: ['w2'] })).toEqual({ ok: true });
    expect(ok({ ...pdgRoles, assessor: ['as3'] })).toEqual({ ok: true });
    // The bar has one direction: having assessed someone does not bar supervising them later.
    expect(ok({ ...pdgRoles, werkplekbegeleider: ['as1'], assessor: ['as3'] })).toEqual({ ok: true });
  });
});

describe('rule 8 where raters are put on parts and act', () => {
  const form: FormLike = {
    formId: 'p1__beoordeling-summatief-1',
    formType: 'beoordeling_summatief',
    parts: {
      assessor: { role: 'assessor', raterUids: ['w0'] },
      tweede_assessor: { role: 'tweede_assessor', raterUids: ['as2'] },
    },
  };

  it('a former werkplekbegeleider listed on an assessor part cannot fill it', () => {
    const traject = { roles: pdgRoles, roleHistory: history };
    expect(mayActOnPart({ uid: 'w0' }, form, 'assessor', { traject })).toEqual({
      ok: false,
      reason:
        'Je bent werkplekbegeleider in dit traject geweest en mag daarom het deel "assessor (opleiding)" nooit invullen.',
    });
    expect(mayActOnPart({ uid: 'as2' }, form, 'tweede_assessor', { traject })).toEqual({ ok: true });
    // Without the history (an old traject) nothing is known about w0.
    expect(mayActOnPart({ uid: 'w0' }, form, 'assessor', { traject: { roles: pdgRoles } })).toEqual({
      ok: true,
    });
  });

  it('the schedule leaves a barred holder off the part; valid roles pass unchanged', () => {
    expect(rolesFitToRate(pdgRoles, history)).toBe(pdgRoles);
    const bad = { ...pdgRoles, assessor: ['w0'], tweede_assessor: ['as2'] };
    expect(rolesFitToRate(bad, history)).toEqual({
      deelnemer: ['d1'],
      werkplekbegeleider: ['w1'],
      tweede_assessor: ['as2'],
    });
    expect(formerRoleConflicts(history, bad)).toEqual([
      { uid: 'w0', former: 'werkplekbegeleider', barred: 'assessor' },
    ]);
  });

  it('a stored traject gives the schedule only the raters the history allows', () => {
    const stored = {
      programme: 'pdg' as const,
      startDate: '2025-09-01',
      partTimeFactor: 1,
      pauses: [],
      roles: { ...pdgRoles, assessor: ['w0'] },
      roleHistory: history,
      names,
    } as unknown as Parameters<typeof scheduleTrajectOf>[1];
    expect(scheduleTrajectOf('p1', stored)).toEqual({
      trajectId: 'p1',
      programme: 'pdg',
      startDate: '2025-09-01',
      partTimeFactor: 1,
      pauses: [],
      roles: { deelnemer: ['d1'], werkplekbegeleider: ['w1'], tweede_assessor: ['as2'] },
      roleHistory: history,
      names,
    });
  });

  it('a summative assessment made on demand puts no former werkplekbegeleider on an assessor part', () => {
    const traject = {
      trajectId: 'p1',
      programme: 'pdg' as const,
      startDate: '2025-09-01',
      roles: { ...pdgRoles, assessor: ['w0'] }, // written past the rules
      roleHistory: history,
    };
    const b = adHocInstance(traject, 'beoordeling_summatief', { sequence: 1, dueDate: '2026-05-12' });
    expect(b.parts.map((p) => [p.partId, p.raterUids])).toEqual([
      ['assessor', []],
      ['tweede_assessor', ['as2']],
    ]);
  });

  it('the invite flow asks who is barred from a part role', () => {
    const traject = { roles: pdgRoles, roleHistory: history };
    expect(roleBarredBy(traject, 'w0', 'tweede_assessor')).toBe('werkplekbegeleider');
    expect(roleBarredBy(traject, 'w1', 'leidinggevende')).toBe('werkplekbegeleider');
    expect(roleBarredBy(traject, 'as1', 'werkplekbegeleider')).toBeUndefined();
    expect(roleBarredBy({ roles: pdgRoles }, 'w0', 'assessor')).toBeUndefined();
  });
});
