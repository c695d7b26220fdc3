import { describe, expect, it } from 'vitest';
import { computeSchedule } from './index';
import { byKey, jaar1 } from './testing';

describe('windows (huisartsopleiding jaar 1, start 1 September 2025)', () => {
  const k = byKey(computeSchedule(jaar1()));

  it('windows: due 23:59:59 Amsterdam, opens 4 weeks before, reminds 1 week before, closes 6 weeks after', () => {
    const c = k['combel-m3']!;
    expect(c.dueAt.toISOString()).toBe('2025-12-01T22:59:59.000Z'); // CET
    expect(c.opensAt.toISOString()).toBe('2025-11-02T23:00:00.000Z'); // 3 Nov 00:00 CET
    expect(c.remindFrom.toISOString()).toBe('2025-11-23T23:00:00.000Z'); // 24 Nov
    expect(c.closesAt!.toISOString()).toBe('2026-01-12T22:59:59.000Z'); // 12 Jan 23:59:59
    const summer = k['combel-m9']!;
    expect(summer.dueAt.toISOString()).toBe('2026-06-01T21:59:59.000Z'); // CEST
  });

  it('institute reminder setting and window overrides apply', () => {
    const c = byKey(
      computeSchedule(jaar1(), { remindDaysBefore: 3, windows: { combel: { closesDaysAfter: null } } }),
    )['combel-m3']!;
    expect(c.remindFrom.toISOString()).toBe('2025-11-27T23:00:00.000Z'); // 28 Nov
    expect(c.closesAt).toBeNull();
  });
});
