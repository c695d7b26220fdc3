import { describe, expect, it } from 'vitest';
import { computeSchedule } from './index';

describe('LED (seed 000)', () => {
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
});
