import { describe, expect, it } from 'vitest';
import { isTrainee, mayHoldPart, mayInviteInto } from './invitePolicy.js';

describe('who may invite whom', () => {
  it('the trainee of the traject: the aios in the huisartsopleiding, the deelnemer in PDG', () => {
    expect(isTrainee('huisarts_jaar1', { aios: ['a1'], opleider: ['o1'] }, 'a1')).toBe(true);
    expect(isTrainee('huisarts_jaar1', { aios: ['a1'], opleider: ['o1'] }, 'o1')).toBe(false);
    expect(isTrainee('pdg', { deelnemer: ['d1'], werkplekbegeleider: ['w1'] }, 'd1')).toBe(true);
    expect(isTrainee('pdg', { deelnemer: ['d1'], werkplekbegeleider: ['w1'] }, 'w1')).toBe(false);
  });

  it('into the opleider part of a ComBel or duty report', () => {
    expect(mayInviteInto('combel', 'opleider')).toEqual({ ok: true });
    expect(mayInviteInto('diensten', 'opleider')).toEqual({ ok: true });
  });

  it('never into an assessor part: the secretariat assigns the assessors, not the deelnemer', () => {
    for (const part of ['assessor', 'tweede_assessor']) {
      expect(mayInviteInto('beoordeling_summatief', part)).toEqual({
        ok: false,
        reason: 'De assessoren van het summatief lesbezoek worden door het secretariaat aangewezen, niet door de deelnemer.',
      });
    }
  });

  it("never into the trainee's own part, a docent part, a staff part or a LEOh", () => {
    expect(mayInviteInto('combel', 'aios')).toEqual({
      ok: false,
      reason: 'Voor het deel "aios" van dit formulier kun je niemand uitnodigen.',
    });
    expect(mayInviteInto('combel', 'groepsdocent').ok).toBe(false);
    expect(mayInviteInto('voortgangsbeslissing', 'hoofd_opleiding').ok).toBe(false);
    expect(mayInviteInto('beoordeling_summatief', 'assessor').ok).toBe(false);
    expect(mayInviteInto('leoh', 'aios')).toEqual({
      ok: false,
      reason: 'Voor een LEOh nodig je niemand uit: de aios vult hem zelf in.',
    });
  });

  it('never the werkplekbegeleider as (tweede) assessor (rule 1)', () => {
    const roles = { deelnemer: ['d1'], werkplekbegeleider: ['w1'], pdg_trainer: ['t1'] };
    const r = mayHoldPart('pdg', roles, ['w1'], 'tweede_assessor', 'Kees');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^De werkplekbegeleider mag nooit tweede assessor zijn/);
    expect(mayHoldPart('pdg', roles, ['x9'], 'tweede_assessor', 'Jan')).toEqual({ ok: true });
  });

  it('nobody in two roles the programme keeps apart; the same role is fine', () => {
    const roles = { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] };
    expect(mayHoldPart('huisarts_jaar1', roles, ['g1'], 'opleider', 'Gerda')).toEqual({
      ok: false,
      reason: 'Gerda is in dit traject al groepsdocent en kan niet ook het deel "opleider" invullen.',
    });
    expect(mayHoldPart('huisarts_jaar1', roles, ['o1'], 'opleider', 'Pieter')).toEqual({ ok: true });
  });
});
