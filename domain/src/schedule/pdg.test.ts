import { describe, expect, it } from 'vitest';
import type { ScheduleTraject } from '../traject';
import { adHocInstance, computeSchedule } from './index';
import { byKey, dues } from './testing';

describe('PDG (seed 003), start 1 September 2025, 12 months', () => {
  const t: ScheduleTraject = {
    trajectId: 'p1',
    programme: 'pdg',
    startDate: '2025-09-01',
    roles: { deelnemer: ['d1'], werkplekbegeleider: ['w1'], pdg_trainer: ['tr1'] },
  };
  const s = computeSchedule(t);
  const k = byKey(s);

  it('four lesson visits by the werkplekbegeleider, two in each half', () => {
    expect(dues(s, 'observatie')).toEqual({
      'observatie-1': '2025-12-01',
      'observatie-2': '2026-03-01',
      'observatie-3': '2026-06-01',
      'observatie-4': '2026-09-01',
      'observatie-formatief': '2026-03-01',
    });
    const wpb = s.filter((x) => x.formType === 'observatie' && x.parts[0]!.partId === 'werkplekbegeleider');
    expect(wpb).toHaveLength(4);
    expect(wpb.filter((x) => x.dueDate <= '2026-03-01')).toHaveLength(2);
    // visits of the second half open at the half
    expect(k['observatie-3']!.opensAt.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(k['observatie-1']!.opensAt.toISOString()).toBe('2025-08-31T22:00:00.000Z');
    expect(k['observatie-formatief']!.parts[0]).toEqual({
      partId: 'pdg_trainer',
      role: 'pdg_trainer',
      raterUids: ['tr1'],
    });
  });

  it('ontwikkelingsmeter halfway and at the end; overeenkomst in the first month; one summative request', () => {
    expect(dues(s, 'ontwikkelingsmeter')).toEqual({
      'ontwikkelingsmeter-tussentijds': '2026-03-01',
      'ontwikkelingsmeter-eind': '2026-09-01',
    });
    expect(k['overeenkomst-wpb']!.dueDate).toBe('2025-10-01');
    expect(k['overeenkomst-wpb']!.parts.map((p) => p.partId)).toEqual([
      'werkplekbegeleider',
      'deelnemer',
      'pdg_trainer',
    ]);
    // No deadline: due at the programme's end; only a notice from 8 weeks before.
    expect(k['aanvraag-summatief-1']!.dueDate).toBe('2026-09-01');
    expect(k['aanvraag-summatief-1']!.remindFrom.toISOString()).toBe('2026-07-06T22:00:00.000Z');
    expect(k['aanvraag-summatief-1']!.closesAt).toBeNull();
    expect(s).toHaveLength(1 + 5 + 2 + 1);
  });

  it('a longer programme spreads the visits over its halves', () => {
    const long = computeSchedule(t, { durationMonths: 18 });
    expect(dues(long, 'observatie')).toEqual({
      'observatie-1': '2026-02-01', // 4.5 → 5 months
      'observatie-2': '2026-06-01',
      'observatie-3': '2026-11-01', // 13.5 → 14
      'observatie-4': '2027-03-01',
      'observatie-formatief': '2026-06-01',
    });
  });

  it('the summative assessment is created on demand after a go, for both assessors', () => {
    const withAssessors = { ...t, roles: { ...t.roles, assessor: ['as1'], tweede_assessor: ['as2'] } };
    const b = adHocInstance(withAssessors, 'beoordeling_summatief', { sequence: 1, dueDate: '2026-05-12' });
    expect(b.formId).toBe('p1__beoordeling-summatief-1');
    expect(b.parts.map((p) => [p.partId, p.raterUids])).toEqual([
      ['assessor', ['as1']],
      ['tweede_assessor', ['as2']],
    ]);
    expect(b.dueAt.toISOString()).toBe('2026-05-12T21:59:59.000Z');
  });
});
