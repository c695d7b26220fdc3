import { describe, expect, it } from 'vitest';
import { computeSchedule } from './index';

describe('mbo (seed 004)', () => {
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
