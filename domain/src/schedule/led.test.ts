import { describe, expect, it } from 'vitest';
import { computeSchedule } from './index';

describe('LED (seed 000)', () => {
  it('LED: leerdoelen in the first month, an observation on the own learning points every half year, a practice assignment each quarter', () => {
    const s = computeSchedule({
      trajectId: 'l1',
      programme: 'led_basis',
      startDate: '2025-09-01',
      roles: { deelnemer: ['d1'], collega_docent: ['c1'] },
    });
    const rows = s.map((x) => [x.occurrenceKey, x.formType, x.dueDate]);
    expect(rows).toHaveLength(6);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['leerdoelen', 'leerdoelen', '2025-10-01'],
        ['observatie-led-1', 'observatie_led', '2026-03-01'],
        ['observatie-led-2', 'observatie_led', '2026-09-01'],
        ['praktijkopdracht-1', 'praktijkopdracht', '2025-12-01'],
        ['praktijkopdracht-2', 'praktijkopdracht', '2026-03-01'],
        ['praktijkopdracht-3', 'praktijkopdracht', '2026-06-01'],
      ]),
    );
    const byKey = (k: string) => s.find((x) => x.occurrenceKey === k)!;
    expect(byKey('observatie-led-2').opensAt.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(byKey('observatie-led-1').parts).toEqual([
      { partId: 'collega_docent', role: 'collega_docent', raterUids: ['c1'] },
    ]);
    // The collega-docent responds to the leerdoelen in a part of their own.
    expect(byKey('leerdoelen').parts.map((p) => [p.partId, p.raterUids])).toEqual([
      ['deelnemer', ['d1']],
      ['collega_docent', ['c1']],
    ]);
    expect(byKey('praktijkopdracht-1').parts.map((p) => p.partId)).toEqual(['deelnemer', 'collega_docent']);
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
    expect(s.filter((x) => x.formType === 'observatie_led')).toHaveLength(4);
    expect(s.some((x) => x.formType === 'observatie')).toBe(false); // never the PDG behaviour indicators
  });
});
