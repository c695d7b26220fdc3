import { describe, expect, it } from 'vitest';
import { computeSchedule, normalisePauses, stretchMonths } from './index';
import { byKey, dues, jaar1 } from './testing';

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
