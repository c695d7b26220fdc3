// Role assignment: rules 1 and 6 (docs/rules.md), the cardinalities per programme and who may hold
// two roles.
import { describe, expect, it } from 'vitest';
import type { RoleAssignments } from '../traject';
import { mayActOnPart } from './actOnPart';
import type { Actor, FormLike } from './common';
import {
  mayGrantStaffRoles,
  validateRoleAssignment,
  validateRoleChange,
  type RoleCheck,
} from './roleAssignment';

const rules = (r: RoleCheck) => (r.ok ? [] : r.violations.map((v) => v.rule));

const huisartsRoles: RoleAssignments = { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1', 'g2'] };
const pdgRoles: RoleAssignments = {
  deelnemer: ['d1'],
  werkplekbegeleider: ['w1'],
  pdg_trainer: ['tr1'],
  assessor: ['as1'],
  tweede_assessor: ['as2'],
  leidinggevende: ['l1'],
};

describe('rule 1: the werkplekbegeleider is never assessor nor leidinggevende', () => {
  it('accepts a PDG traject with separate people', () => {
    expect(validateRoleAssignment('pdg', pdgRoles)).toEqual({ ok: true });
  });

  it('refuses the werkplekbegeleider as assessor', () => {
    const r = validateRoleAssignment('pdg', { ...pdgRoles, assessor: ['w1'] }, { w1: 'Karin de Boer' });
    expect(rules(r)).toEqual(['wpb_niet_assessor']);
    expect(!r.ok && r.violations[0]!.message).toMatch(
      /^Karin de Boer: De werkplekbegeleider mag nooit assessor zijn/,
    );
    expect(!r.ok && r.violations[0]!.uid).toBe('w1');
  });

  it('refuses the werkplekbegeleider as tweede assessor', () => {
    expect(rules(validateRoleAssignment('pdg', { ...pdgRoles, tweede_assessor: ['w1'] }))).toEqual([
      'wpb_niet_assessor',
    ]);
  });

  it('refuses the werkplekbegeleider as leidinggevende (no hierarchical relation)', () => {
    const r = validateRoleAssignment('pdg', { ...pdgRoles, leidinggevende: ['w1'] });
    expect(rules(r)).toEqual(['wpb_niet_leidinggevende']);
    expect(!r.ok && r.violations[0]!.message).toContain('hiërarchische relatie');
  });

  it('refuses at act time too: a werkplekbegeleider listed as rater cannot assess', () => {
    const form: FormLike = {
      formId: 'p1__beoordeling-summatief-1',
      formType: 'beoordeling_summatief',
      parts: {
        assessor: { role: 'assessor', raterUids: ['w1'] },
        tweede_assessor: { role: 'tweede_assessor', raterUids: ['as2'] },
      },
    };
    const r = mayActOnPart({ uid: 'w1' }, form, 'assessor', { traject: { roles: pdgRoles } });
    expect(r).toEqual({
      ok: false,
      reason: 'De werkplekbegeleider mag nooit assessor zijn bij het summatief lesbezoek.',
    });
    expect(mayActOnPart({ uid: 'as2' }, form, 'tweede_assessor', { traject: { roles: pdgRoles } })).toEqual({
      ok: true,
    });
  });
});

describe('cardinalities', () => {
  it('accepts duo-opleiders and two groepsdocenten', () => {
    expect(validateRoleAssignment('huisarts_jaar1', huisartsRoles)).toEqual({ ok: true });
  });

  it('refuses a third opleider and a third groepsdocent', () => {
    const r = validateRoleAssignment('huisarts_jaar1', {
      ...huisartsRoles,
      opleider: ['o1', 'o2', 'o3'],
      groepsdocent: ['g1', 'g2', 'g3'],
    });
    expect(rules(r)).toEqual(['te_veel', 'te_veel']);
    expect(!r.ok && r.violations[0]!.message).toBe(
      'Een traject in Huisartsopleiding fase I (jaar 1) heeft maximaal 2 opleiders (nu 3).',
    );
  });

  it('requires exactly one aios and at least one opleider', () => {
    expect(rules(validateRoleAssignment('huisarts_jaar1', { opleider: ['o1'] }))).toEqual(['te_weinig']);
    const two = validateRoleAssignment('huisarts_jaar1', { aios: ['a1', 'a2'], opleider: ['o1'] });
    expect(!two.ok && two.violations[0]!.message).toBe(
      'Een traject in Huisartsopleiding fase I (jaar 1) heeft precies 1 aios (nu 2).',
    );
    const none = validateRoleAssignment('huisarts_jaar1', { aios: ['a1'] });
    expect(!none.ok && none.violations[0]!.message).toBe(
      'Een traject in Huisartsopleiding fase I (jaar 1) heeft minimaal 1 opleider (nu 0).',
    );
  });

  it('requires a werkplekbegeleider in PDG; allows only one', () => {
    const { werkplekbegeleider: _w, ...noWpb } = pdgRoles;
    expect(rules(validateRoleAssignment('pdg', noWpb))).toEqual(['te_weinig']);
    expect(rules(validateRoleAssignment('pdg', { ...pdgRoles, werkplekbegeleider: ['w1', 'w2'] }))).toEqual([
      'te_veel',
    ]);
  });

  it('refuses roles the programme does not have, and a person listed twice in one role', () => {
    expect(rules(validateRoleAssignment('huisarts_jaar1', { ...huisartsRoles, tutor: ['t1'] }))).toEqual([
      'rol_niet_in_opleiding',
    ]);
    expect(validateRoleAssignment('huisarts_jaar3', { ...huisartsRoles, tutor: ['t1'] })).toEqual({
      ok: true,
    });
    expect(rules(validateRoleAssignment('pdg', { ...pdgRoles, aios: ['x'] }))).toEqual([
      'rol_niet_in_opleiding',
    ]);
    expect(
      rules(validateRoleAssignment('huisarts_jaar1', { ...huisartsRoles, opleider: ['o1', 'o1'] })),
    ).toEqual(['dubbel_in_rol']);
  });
});

describe('nobody holds two roles unless the programme allows it', () => {
  it('refuses the aios as their own opleider', () => {
    const r = validateRoleAssignment(
      'huisarts_jaar1',
      { aios: ['a1'], opleider: ['a1'] },
      { a1: 'Sanne Visser' },
    );
    expect(rules(r)).toEqual(['twee_rollen']);
    expect(!r.ok && r.violations[0]!.message).toBe(
      'Sanne Visser staat zowel als aios als als opleider in dit traject. In Huisartsopleiding fase I (jaar 1) heeft iedereen één rol; kies voor één van beide.',
    );
  });

  it('refuses an opleider who is also groepsdocent of the same aios', () => {
    expect(
      rules(validateRoleAssignment('huisarts_jaar3', { ...huisartsRoles, groepsdocent: ['o1'] })),
    ).toEqual(['twee_rollen']);
  });

  it('allows groepsdocent + tutor in fase II, a mentor who is also leidinggevende in LED', () => {
    expect(validateRoleAssignment('huisarts_jaar3', { ...huisartsRoles, tutor: ['g1'] })).toEqual({
      ok: true,
    });
    expect(
      validateRoleAssignment('led_basis', {
        deelnemer: ['d1'],
        collega_docent: ['c1'],
        leidinggevende: ['c1'],
      }),
    ).toEqual({ ok: true });
  });

  it('refuses the PDG-trainer as werkplekbegeleider, and the deelnemer as their own assessor', () => {
    expect(rules(validateRoleAssignment('pdg', { ...pdgRoles, pdg_trainer: ['w1'] }))).toEqual([
      'twee_rollen',
    ]);
    expect(rules(validateRoleAssignment('pdg', { ...pdgRoles, assessor: ['d1'] }))).toEqual(['twee_rollen']);
  });
});

describe('rule 6: nobody grants themselves a role', () => {
  const secretariaat: Actor = { uid: 's1', staffRoles: ['secretariaat'], institute: 'lumc' };

  it('the secretariat assigns roles to others', () => {
    expect(validateRoleChange(secretariaat, 'huisarts_jaar1', {}, huisartsRoles)).toEqual({ ok: true });
  });

  it('refuses the secretariat making itself opleider', () => {
    const r = validateRoleChange(secretariaat, 'huisarts_jaar1', huisartsRoles, {
      ...huisartsRoles,
      opleider: ['o1', 's1'],
    });
    expect(rules(r)).toEqual(['zelf_rol_toekennen']);
  });

  it('refuses role changes by someone who is not secretariat or admin, e.g. the opleider adding a groepsdocent', () => {
    const r = validateRoleChange({ uid: 'o1' }, 'huisarts_jaar1', huisartsRoles, {
      ...huisartsRoles,
      groepsdocent: ['g1'],
    });
    expect(rules(r)).toEqual(['geen_beheerder']);
  });

  it('also checks the resulting assignment', () => {
    expect(
      rules(validateRoleChange(secretariaat, 'pdg', pdgRoles, { ...pdgRoles, assessor: ['w1'] })),
    ).toEqual(['wpb_niet_assessor']);
  });

  it('staff claims: only an admin of the same institute, never for themselves', () => {
    const admin = { uid: 'ad1', staffRoles: ['admin' as const], institute: 'lumc' };
    expect(mayGrantStaffRoles(admin, { uid: 'x', institute: 'lumc' })).toEqual({ ok: true });
    expect(mayGrantStaffRoles(admin, { uid: 'ad1', institute: 'lumc' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/eigen rollen/),
    });
    expect(mayGrantStaffRoles(admin, { uid: 'x', institute: 'hr' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/eigen opleiding/),
    });
    // An admin claim without an institute grants nothing anywhere.
    expect(
      mayGrantStaffRoles({ uid: 'ad1', staffRoles: ['admin'] }, { uid: 'x', institute: 'lumc' }).ok,
    ).toBe(false);
    expect(
      mayGrantStaffRoles({ ...secretariaat, institute: 'lumc' }, { uid: 'x', institute: 'lumc' }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Alleen een beheerder/),
    });
  });
});
