import { describe, expect, it } from 'vitest';
import { kpbPace } from './index';

describe('KPB pace (about 40 a year)', () => {
  const t = { startDate: '2025-09-01' };
  const halfway = new Date('2026-03-01T12:00:00Z'); // 181 of 365 days: expect floor(40 × 181 / 365) = 19

  it('expects an even pace and flags falling behind', () => {
    expect(kpbPace(t, 19, halfway)).toMatchObject({ expected: 19, status: 'op_schema', target: 40 });
    expect(kpbPace(t, 16, halfway).status).toBe('achter');
    expect(kpbPace(t, 17, halfway).status).toBe('op_schema');
    expect(kpbPace(t, 22, halfway).status).toBe('voor');
    expect(kpbPace(t, 10, halfway).label).toBe('10 van 40 (verwacht 19), achter op schema');
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
