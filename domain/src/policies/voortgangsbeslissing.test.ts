import { describe, expect, it } from 'vitest';
import { jaar1 } from '../schedule/testing';
import {
  adviceStillMissing,
  decisionAwaitsAdvice,
  isAdviceForDecision,
  isVoorlopigAdvies,
  VOORWAARDEN_TERMIJN_DAGEN,
  voorwaardenVervolg,
  voorwaardenVervolgSpec,
  type AdviceFormRef,
} from './voortgangsbeslissing';

const advies = (m: number, status: AdviceFormRef['status'] = 'completed'): AdviceFormRef => ({
  formType: 'voortgangsadvies',
  occurrenceKey: `voortgangsadvies-m${m}`,
  status,
  title: `Voortgangsadvies maand ${m}`,
});
const gesprek = (m: number, status: AdviceFormRef['status'] = 'completed'): AdviceFormRef => ({
  formType: 'voortgangsgesprek',
  occurrenceKey: `voortgangsgesprek-m${m}`,
  status,
  title: `Voortgangsgesprek maand ${m}`,
});

describe('adviceStillMissing', () => {
  it('jaar 1: waits for every opleider advice and the docenten advice of month 9', () => {
    expect(
      adviceStillMissing('huisarts_jaar1', [advies(6), advies(9, 'open'), gesprek(9, 'open')], undefined),
    ).toEqual([
      'Voortgangsadvies maand 9 (opleider)',
      'Advies van de groepsdocenten (voortgangsgesprek maand 9)',
    ]);
    // The opleider's advice alone is not enough (the attack: deciding on half the advice).
    expect(
      adviceStillMissing('huisarts_jaar1', [advies(6), advies(9), gesprek(9, 'open')], undefined),
    ).toHaveLength(1);
    expect(adviceStillMissing('huisarts_jaar1', [advies(6), advies(9), gesprek(9)], 'go')).toEqual([]);
  });

  it('jaar 3: the docenten advice is the month-8 meeting, not the provisional month-3 one', () => {
    const forms = [advies(3), advies(8), gesprek(3)];
    expect(adviceStillMissing('huisarts_jaar3', forms, 'go')).toEqual([
      'Advies van de groepsdocenten (voortgangsgesprek maand 8)',
    ]);
    expect(adviceStillMissing('huisarts_jaar3', [...forms, gesprek(8)], 'go_op_voorwaarden')).toEqual([]);
  });

  it('a meeting record handed in without an advice does not count, and says how to repair it', () => {
    const missing = adviceStillMissing('huisarts_jaar1', [advies(6), advies(9), gesprek(9)], undefined);
    expect(missing[0]).toContain('zonder advies');
    expect(adviceStillMissing('huisarts_jaar1', [advies(6), advies(9), gesprek(9)], '')).toHaveLength(1);
  });

  it('no advice form at all is missing advice; a lapsed form is not waited for', () => {
    expect(adviceStillMissing('huisarts_jaar1', [gesprek(9)], 'go')).toEqual([
      'Voortgangsadvies van de opleider',
    ]);
    expect(
      adviceStillMissing('huisarts_jaar1', [advies(6, 'vervallen'), advies(9), gesprek(9)], 'go'),
    ).toEqual([]);
  });
});

describe('decisionAwaitsAdvice', () => {
  it('only a decision without the server flag waits', () => {
    expect(decisionAwaitsAdvice({ formType: 'voortgangsbeslissing' })).toBe(true);
    expect(decisionAwaitsAdvice({ formType: 'voortgangsbeslissing', adviceComplete: false })).toBe(true);
    expect(decisionAwaitsAdvice({ formType: 'voortgangsbeslissing', adviceComplete: true })).toBe(false);
    expect(decisionAwaitsAdvice({ formType: 'combel' })).toBe(false);
  });
});

describe('isAdviceForDecision', () => {
  it('every voortgangsadvies, and only the advice meeting of the programme', () => {
    expect(isAdviceForDecision({ ...advies(6), programme: 'huisarts_jaar1' })).toBe(true);
    expect(isAdviceForDecision({ ...gesprek(9), programme: 'huisarts_jaar1' })).toBe(true);
    expect(isAdviceForDecision({ ...gesprek(6), programme: 'huisarts_jaar1' })).toBe(false);
    expect(isAdviceForDecision({ ...gesprek(8), programme: 'huisarts_jaar3' })).toBe(true);
    expect(isAdviceForDecision({ ...gesprek(9), programme: 'huisarts_jaar3' })).toBe(false);
    expect(
      isAdviceForDecision({ formType: 'combel', occurrenceKey: 'combel-m3', programme: 'huisarts_jaar1' }),
    ).toBe(false);
  });
});

describe('isVoorlopigAdvies', () => {
  it('jaar 3 month 3 only', () => {
    const f = (programme: 'huisarts_jaar1' | 'huisarts_jaar3', m: number) =>
      isVoorlopigAdvies({ programme, formType: 'voortgangsadvies', occurrenceKey: `voortgangsadvies-m${m}` });
    expect(f('huisarts_jaar3', 3)).toBe(true);
    expect(f('huisarts_jaar3', 8)).toBe(false);
    expect(f('huisarts_jaar1', 3)).toBe(false);
    expect(
      isVoorlopigAdvies({
        programme: 'huisarts_jaar3',
        formType: 'voortgangsgesprek',
        occurrenceKey: 'voortgangsgesprek-m3',
      }),
    ).toBe(false);
  });
});

describe('voorwaardenVervolg', () => {
  const decision = (answers: Record<string, unknown>, partStatus = 'submitted') => ({
    formId: 't1__voortgangsbeslissing',
    formType: 'voortgangsbeslissing' as const,
    partStatus,
    answers,
    submittedOn: '2026-07-02',
  });
  const onder = {
    uitkomst: 'door_onder_voorwaarden',
    voorwaarden: '  Twee extra KPBs op spoedzorg.  ',
    voorwaardenUiterlijk: '2026-10-01',
    datumBeslissing: '2026-07-01',
  };

  it('a decision "door onder voorwaarden" gets the conditions and their deadline', () => {
    expect(voorwaardenVervolg(decision(onder))).toEqual({
      ok: true,
      voorwaarden: {
        tekst: 'Twee extra KPBs op spoedzorg.',
        uiterlijk: '2026-10-01',
        beslissing: 't1__voortgangsbeslissing',
      },
      decidedOn: '2026-07-01',
    });
  });

  it('a decision of form version 1 (no deadline) gets the default term after the decision', () => {
    const { voorwaardenUiterlijk: _d, ...v1 } = onder;
    const v = voorwaardenVervolg(decision(v1));
    expect(v.ok && v.voorwaarden.uiterlijk).toBe('2026-09-29');
    expect(VOORWAARDEN_TERMIJN_DAGEN).toBe(90);
  });

  it('nothing for another outcome, a draft, or another form', () => {
    expect(voorwaardenVervolg(decision({ ...onder, uitkomst: 'door' })).ok).toBe(false);
    expect(voorwaardenVervolg(decision(onder, 'draft')).ok).toBe(false);
    expect(voorwaardenVervolg(decision({ ...onder, voorwaarden: '  ' })).ok).toBe(false);
    expect(voorwaardenVervolg({ ...decision(onder), formType: 'voortgangsadvies' }).ok).toBe(false);
  });

  it('the follow-up is the hoofd opleiding part, open from the decision, due on the deadline, never closing', () => {
    const v = voorwaardenVervolg(decision(onder));
    if (!v.ok) throw new Error(v.reason);
    const spec = voorwaardenVervolgSpec(jaar1({ trajectId: 't1' }), v);
    expect(spec.formId).toBe('t1__voorwaarden-vervolg-1');
    expect(spec.formType).toBe('voorwaarden_vervolg');
    expect(spec.dueDate).toBe('2026-10-01');
    expect(spec.closesAt).toBeNull();
    expect(spec.parts).toEqual([{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', raterUids: [] }]);
    // In the hoofd's digest from the decision day on (remindFrom = the opening day).
    expect(spec.remindFrom.getTime()).toBe(spec.opensAt.getTime());
  });
});
