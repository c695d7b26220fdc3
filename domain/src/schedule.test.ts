import { describe, expect, it } from 'vitest';
import {
  adHocInstance,
  computeSchedule,
  kpbPace,
  normalisePauses,
  stretchMonths,
  type FormInstanceSpec,
} from './schedule';
import type { ScheduleTraject } from './traject';

const jaar1 = (over: Partial<ScheduleTraject> = {}): ScheduleTraject => ({
  trajectId: 't1',
  programme: 'huisarts_jaar1',
  startDate: '2025-09-01',
  roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1', 'g2'] },
  ...over,
});

function byKey(s: FormInstanceSpec[]): Record<string, FormInstanceSpec> {
  return Object.fromEntries(s.map((x) => [x.occurrenceKey, x]));
}
function dues(s: FormInstanceSpec[], formType: string): Record<string, string> {
  return Object.fromEntries(
    s.filter((x) => x.formType === formType).map((x) => [x.occurrenceKey, x.dueDate]),
  );
}

describe('huisartsopleiding jaar 1 (seed 002), start 1 September 2025', () => {
  const s = computeSchedule(jaar1());
  const k = byKey(s);

  it('ComBel at month 3, 6 and 9; the groepsdocent part only at 3 and 9', () => {
    expect(dues(s, 'combel')).toEqual({
      'combel-m3': '2025-12-01',
      'combel-m6': '2026-03-01',
      'combel-m9': '2026-06-01',
    });
    expect(k['combel-m3']!.parts.map((p) => p.partId)).toEqual(['aios', 'opleider', 'groepsdocent']);
    expect(k['combel-m6']!.parts.map((p) => p.partId)).toEqual(['aios', 'opleider']);
    expect(k['combel-m9']!.parts.map((p) => p.partId)).toEqual(['aios', 'opleider', 'groepsdocent']);
    expect(k['combel-m3']!.parts[2]!.raterUids).toEqual(['g1', 'g2']);
    expect(k['combel-m3']!.title).toBe('ComBel maand 3');
  });

  it('voortgangsadvies at month 6 and 9, by the opleider', () => {
    expect(dues(s, 'voortgangsadvies')).toEqual({
      'voortgangsadvies-m6': '2026-03-01',
      'voortgangsadvies-m9': '2026-06-01',
    });
    expect(k['voortgangsadvies-m6']!.parts).toEqual([
      { partId: 'opleider', role: 'opleider', raterUids: ['o1'] },
    ]);
  });

  it('voortgangsbeslissing after the last advice, for the hoofd opleiding (no traject raters)', () => {
    const b = k['voortgangsbeslissing']!;
    expect(b.dueDate).toBe('2026-06-29'); // 1 June + 28 days
    expect(b.opensAt.toISOString()).toBe('2026-05-31T22:00:00.000Z'); // 1 June 00:00 CEST
    expect(b.parts).toEqual([{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', raterUids: [] }]);
    expect(b.closesAt).toBeNull();
  });

  it('LEOh: private at month 3, dossier window month 9 to 10', () => {
    const p = k['leoh-private-m3-o1']!;
    expect(p).toMatchObject({
      formType: 'leoh',
      leohKind: 'private',
      subjectUid: 'o1',
      dueDate: '2025-12-01',
    });
    expect(p.parts).toEqual([{ partId: 'aios', role: 'aios', raterUids: ['a1'] }]);
    const d = k['leoh-dossier-m9-o1']!;
    expect(d).toMatchObject({ leohKind: 'dossier', subjectUid: 'o1', dueDate: '2026-07-01' });
    expect(d.opensAt.toISOString()).toBe('2026-05-31T22:00:00.000Z'); // month 9 = 1 June
    expect(d.formId).toBe('t1__leoh-dossier-m9-o1');
  });

  it('diensten at month 6 and 9', () => {
    expect(dues(s, 'diensten')).toEqual({ 'diensten-m6': '2026-03-01', 'diensten-m9': '2026-06-01' });
  });

  it('voortgangsgesprekken at month 4 (at the practice), 6 and 9, recorded by the groepsdocenten', () => {
    expect(dues(s, 'voortgangsgesprek')).toEqual({
      'voortgangsgesprek-m4': '2026-01-01',
      'voortgangsgesprek-m6': '2026-03-01',
      'voortgangsgesprek-m9': '2026-06-01',
    });
    expect(k['voortgangsgesprek-m4']!.meeting).toEqual({
      attendees: ['groepsdocent', 'aios', 'opleider'],
      note: 'Op de opleidingspraktijk',
    });
    expect(k['voortgangsgesprek-m6']!.meeting!.attendees).toEqual(['groepsdocent', 'aios']);
    expect(k['voortgangsgesprek-m9']!.parts[0]).toEqual({
      partId: 'groepsdocent',
      role: 'groepsdocent',
      raterUids: ['g1', 'g2'],
    });
  });

  it('has exactly these 13 instances, no KPB deadlines, sorted by deadline', () => {
    expect(s).toHaveLength(13);
    expect(s.some((x) => x.formType === 'kpb')).toBe(false);
    const times = s.map((x) => x.dueAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(s.map((x) => x.formId)).size).toBe(13);
  });

  it('windows: due 23:59:59 Amsterdam, opens 4 weeks before, reminds 1 week before, closes 6 weeks after', () => {
    const c = k['combel-m3']!;
    expect(c.dueAt.toISOString()).toBe('2025-12-01T22:59:59.000Z'); // CET
    expect(c.opensAt.toISOString()).toBe('2025-11-02T23:00:00.000Z'); // 3 Nov 00:00 CET
    expect(c.remindFrom.toISOString()).toBe('2025-11-23T23:00:00.000Z'); // 24 Nov
    expect(c.closesAt!.toISOString()).toBe('2026-01-12T22:59:59.000Z'); // 12 Jan 23:59:59
    const summer = k['combel-m9']!;
    expect(summer.dueAt.toISOString()).toBe('2026-06-01T21:59:59.000Z'); // CEST
  });

  it('is deterministic: recomputing gives the same formIds and dates', () => {
    expect(computeSchedule(jaar1())).toEqual(s);
  });

  it('institute reminder setting and window overrides apply', () => {
    const c = byKey(
      computeSchedule(jaar1(), { remindDaysBefore: 3, windows: { combel: { closesDaysAfter: null } } }),
    )['combel-m3']!;
    expect(c.remindFrom.toISOString()).toBe('2025-11-27T23:00:00.000Z'); // 28 Nov
    expect(c.closesAt).toBeNull();
  });
});

describe('huisartsopleiding jaar 3 with duo-opleiders', () => {
  const t: ScheduleTraject = {
    trajectId: 't3',
    programme: 'huisarts_jaar3',
    startDate: '2025-09-01',
    roles: { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'], tutor: ['tu1'] },
    names: { o1: 'Dr. Jansen', o2: 'Dr. de Vries' },
  };
  const s = computeSchedule(t);
  const k = byKey(s);

  it('voortgangsadvies at month 3 and 8; decision after month 8', () => {
    expect(dues(s, 'voortgangsadvies')).toEqual({
      'voortgangsadvies-m3': '2025-12-01',
      'voortgangsadvies-m8': '2026-05-01',
    });
    expect(k['voortgangsbeslissing']!.dueDate).toBe('2026-05-29');
    expect(k['voortgangsbeslissing']!.title).toBe('Voortgangsbeslissing jaar 3');
  });

  it('diensten only at month 6', () => {
    expect(dues(s, 'diensten')).toEqual({ 'diensten-m6': '2026-03-01' });
  });

  it('both opleiders share the opleider part of ComBel and advice', () => {
    expect(k['combel-m6']!.parts[1]!.raterUids).toEqual(['o1', 'o2']);
    expect(k['voortgangsadvies-m3']!.parts[0]!.raterUids).toEqual(['o1', 'o2']);
  });

  it('one LEOh per opleider, private and dossier, with the opleider named in the title', () => {
    const leoh = s.filter((x) => x.formType === 'leoh');
    expect(leoh.map((x) => x.occurrenceKey).sort()).toEqual([
      'leoh-dossier-m9-o1',
      'leoh-dossier-m9-o2',
      'leoh-private-m3-o1',
      'leoh-private-m3-o2',
    ]);
    expect(k['leoh-private-m3-o2']!.subjectUid).toBe('o2');
    expect(k['leoh-private-m3-o2']!.title).toBe('LEOh maand 3 (eigen gebruik) – Dr. de Vries');
    expect(k['leoh-dossier-m9-o1']!.title).toBe('LEOh maand 9–10 (dossier) – Dr. Jansen');
  });

  it('voortgangsgesprekken: m3 tutor, m6 aios+opleider, m8 tutor, m12 docenten (IOP)', () => {
    expect(dues(s, 'voortgangsgesprek')).toEqual({
      'voortgangsgesprek-m3': '2025-12-01',
      'voortgangsgesprek-m6': '2026-03-01',
      'voortgangsgesprek-m8': '2026-05-01',
      'voortgangsgesprek-m12': '2026-09-01',
    });
    expect(k['voortgangsgesprek-m3']!.parts).toEqual([
      { partId: 'tutor', role: 'tutor', raterUids: ['tu1'] },
    ]);
    expect(k['voortgangsgesprek-m6']!.parts).toEqual([
      { partId: 'opleider', role: 'opleider', raterUids: ['o1', 'o2'] },
    ]);
    expect(k['voortgangsgesprek-m6']!.meeting!.attendees).toEqual(['aios', 'opleider']);
    expect(k['voortgangsgesprek-m12']!.parts[0]!.partId).toBe('groepsdocent');
    expect(s).toHaveLength(3 + 2 + 1 + 4 + 1 + 4);
  });

  it('without a tutor the groepsdocent records the tutor meetings', () => {
    const noTutor = byKey(
      computeSchedule({ ...t, roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] } }),
    );
    expect(noTutor['voortgangsgesprek-m3']!.parts[0]).toEqual({
      partId: 'groepsdocent',
      role: 'groepsdocent',
      raterUids: ['g1'],
    });
  });
});

describe('month ends', () => {
  it('a start on 31 January gives the last day of shorter months, never the 1st–3rd of the next', () => {
    const s = computeSchedule(jaar1({ startDate: '2026-01-31' }));
    expect(dues(s, 'combel')).toEqual({
      'combel-m3': '2026-04-30',
      'combel-m6': '2026-07-31',
      'combel-m9': '2026-10-31',
    });
    expect(dues(s, 'voortgangsgesprek')['voortgangsgesprek-m4']).toBe('2026-05-31');
    expect(byKey(s)['leoh-dossier-m9-o1']!.dueDate).toBe('2026-11-30');
  });

  it('30 November + 3 months = 28 February, and 29 February in a leap year', () => {
    expect(dues(computeSchedule(jaar1({ startDate: '2025-11-30' })), 'combel')['combel-m3']).toBe(
      '2026-02-28',
    );
    expect(dues(computeSchedule(jaar1({ startDate: '2027-11-30' })), 'combel')['combel-m3']).toBe(
      '2028-02-29',
    );
  });

  it('31 August + 6 months = 28 February (jaar 3 advice at month 8 = 30 April)', () => {
    const s = computeSchedule({ ...jaar1({ startDate: '2026-08-31' }), programme: 'huisarts_jaar3' });
    expect(dues(s, 'diensten')).toEqual({ 'diensten-m6': '2027-02-28' });
    expect(dues(s, 'voortgangsadvies')['voortgangsadvies-m8']).toBe('2027-04-30');
  });
});

describe('part-time', () => {
  it('stretches month m to round(m / factor) months', () => {
    expect([3, 6, 9, 10, 12].map((m) => stretchMonths(m, 0.8))).toEqual([4, 8, 11, 13, 15]);
    expect([3, 6, 9].map((m) => stretchMonths(m, 0.5))).toEqual([6, 12, 18]);
    expect([3, 4, 6, 9].map((m) => stretchMonths(m, 0.9))).toEqual([3, 4, 7, 10]);
    expect(() => stretchMonths(3, 0)).toThrow();
  });

  it('jaar 1 at 0.8: ComBel at calendar months 4, 8, 11; LEOh dossier 11 → 13', () => {
    const s = computeSchedule(jaar1({ partTimeFactor: 0.8 }));
    expect(dues(s, 'combel')).toEqual({
      'combel-m3': '2026-01-01',
      'combel-m6': '2026-05-01',
      'combel-m9': '2026-08-01',
    });
    expect(dues(s, 'voortgangsgesprek')['voortgangsgesprek-m4']).toBe('2026-02-01');
    const d = byKey(s)['leoh-dossier-m9-o1']!;
    expect(d.dueDate).toBe('2026-10-01');
    expect(d.opensAt.toISOString()).toBe('2026-07-31T22:00:00.000Z'); // month 9 → 11 = 1 Aug
    expect(d.month).toBe(10); // the nominal month is kept
  });

  it('jaar 1 at 0.5: everything takes twice as long', () => {
    const s = computeSchedule(jaar1({ partTimeFactor: 0.5 }));
    expect(dues(s, 'voortgangsadvies')).toEqual({
      'voortgangsadvies-m6': '2026-09-01',
      'voortgangsadvies-m9': '2027-03-01',
    });
  });
});

describe('pauses (sick leave)', () => {
  it('moves every later deadline by the pause length, leaves earlier ones alone', () => {
    // 5 Jan – 15 Feb 2026 inclusive = 42 days
    const s = computeSchedule(jaar1({ pauses: [{ from: '2026-01-05', to: '2026-02-15' }] }));
    expect(dues(s, 'combel')).toEqual({
      'combel-m3': '2025-12-01',
      'combel-m6': '2026-04-12',
      'combel-m9': '2026-07-13',
    });
    expect(dues(s, 'voortgangsgesprek')['voortgangsgesprek-m4']).toBe('2026-01-01');
    const c6 = byKey(s)['combel-m6']!;
    expect(c6.opensAt.toISOString()).toBe('2026-03-14T23:00:00.000Z'); // window moves along: 15 March
  });

  it('a deadline inside a pause moves past it by its length', () => {
    // 20 Feb – 10 Mar = 19 days; month 6 (1 March) → 20 March
    const s = computeSchedule(jaar1({ pauses: [{ from: '2026-02-20', to: '2026-03-10' }] }));
    expect(dues(s, 'combel')['combel-m6']).toBe('2026-03-20');
  });

  it('a pause that starts before the moved deadline also counts (the clock is stopped)', () => {
    // Feb (28 days) moves 1 Mar → 29 Mar; the pause from 15 Mar (10 days) then moves it to 8 Apr
    const s = computeSchedule(
      jaar1({
        pauses: [
          { from: '2026-03-15', to: '2026-03-24' },
          { from: '2026-02-01', to: '2026-02-28' },
        ],
      }),
    );
    expect(dues(s, 'combel')['combel-m6']).toBe('2026-04-08');
  });

  it('overlapping pauses are merged; pauses before the start are ignored', () => {
    expect(
      normalisePauses('2025-09-01', [
        { from: '2025-01-01', to: '2025-02-01' },
        { from: '2026-01-10', to: '2026-01-20' },
        { from: '2026-01-15', to: '2026-01-31' },
      ]),
    ).toEqual([{ from: '2026-01-10', to: '2026-01-31' }]);
    // 10–31 Jan = 22 days: month 6 → 23 March
    const s = computeSchedule(
      jaar1({
        pauses: [
          { from: '2025-01-01', to: '2025-02-01' },
          { from: '2026-01-10', to: '2026-01-20' },
          { from: '2026-01-15', to: '2026-01-31' },
        ],
      }),
    );
    expect(dues(s, 'combel')['combel-m6']).toBe('2026-03-23');
  });
});

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
    expect(k['aanvraag-summatief-1']!.dueDate).toBe('2026-07-01');
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

describe('LED and mbo', () => {
  it('LED: leerdoelen in the first month, an observation by the collega-docent every half year', () => {
    const s = computeSchedule({
      trajectId: 'l1',
      programme: 'led_basis',
      startDate: '2025-09-01',
      roles: { deelnemer: ['d1'], collega_docent: ['c1'] },
    });
    expect(s.map((x) => [x.occurrenceKey, x.dueDate])).toEqual([
      ['leerdoelen', '2025-10-01'],
      ['observatie-1', '2026-03-01'],
      ['observatie-2', '2026-09-01'],
    ]);
    expect(s[2]!.opensAt.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(s[1]!.parts).toEqual([{ partId: 'collega_docent', role: 'collega_docent', raterUids: ['c1'] }]);
  });

  it('LED over two years: at least 2 observations a year', () => {
    const s = computeSchedule(
      {
        trajectId: 'l2',
        programme: 'led_ontwikkelen_onderwijs',
        startDate: '2025-09-01',
        roles: { deelnemer: ['d1'] },
      },
      { durationMonths: 24 },
    );
    expect(s.filter((x) => x.formType === 'observatie')).toHaveLength(4);
  });

  it('mbo: a learner report every 7 weeks for a year, window 6 to 8 weeks', () => {
    const s = computeSchedule({
      trajectId: 'm1',
      programme: 'mbo_team',
      startDate: '2025-09-01',
      roles: { deelnemer: ['d1'] },
    });
    expect(s.map((x) => x.dueDate)).toEqual([
      '2025-10-20',
      '2025-12-08',
      '2026-01-26',
      '2026-03-16',
      '2026-05-04',
      '2026-06-22',
      '2026-08-10',
    ]);
    expect(s[0]!.opensAt.toISOString()).toBe('2025-10-12T22:00:00.000Z'); // 13 Oct, week 6
    expect(s[0]!.closesAt!.toISOString()).toBe('2025-10-27T22:59:59.000Z'); // 27 Oct, week 8
    expect(s[0]!.occurrenceKey).toBe('learner-report-1');
  });

  it('mbo: part-time does not stretch the team rhythm, a pause does move it', () => {
    const base = {
      trajectId: 'm1',
      programme: 'mbo_team' as const,
      startDate: '2025-09-01',
      roles: { deelnemer: ['d1'] },
    };
    expect(computeSchedule({ ...base, partTimeFactor: 0.5 })[0]!.dueDate).toBe('2025-10-20');
    expect(computeSchedule({ ...base, pauses: [{ from: '2025-09-10', to: '2025-09-16' }] })[0]!.dueDate).toBe(
      '2025-10-27',
    );
  });
});

describe('KPB pace (about 40 a year)', () => {
  const t = { startDate: '2025-09-01' };
  const halfway = new Date('2026-03-01T12:00:00Z'); // 181 of 365 days: expect floor(40 × 181 / 365) = 19

  it('expects an even pace and flags falling behind', () => {
    expect(kpbPace(t, 19, halfway)).toMatchObject({ expected: 19, status: 'op_schema', target: 40 });
    expect(kpbPace(t, 16, halfway).status).toBe('achter');
    expect(kpbPace(t, 17, halfway).status).toBe('op_schema');
    expect(kpbPace(t, 22, halfway).status).toBe('voor');
    expect(kpbPace(t, 10, halfway).label).toBe('10 van 40 KPB/KVB (verwacht: 19) – achter op schema');
  });

  it('nothing expected before the start; the target at the end; pauses stop the clock', () => {
    expect(kpbPace(t, 0, new Date('2025-08-01T12:00:00Z')).expected).toBe(0);
    expect(kpbPace(t, 40, new Date('2026-10-01T12:00:00Z'))).toMatchObject({
      expected: 40,
      perWeekNeeded: 0,
    });
    // 28 paused days in February: elapsed 181 − 28 = 153 of 365 → floor(40 × 153 / 365) = 16
    expect(kpbPace({ ...t, pauses: [{ from: '2026-02-01', to: '2026-02-28' }] }, 0, halfway).expected).toBe(
      16,
    );
  });
});
