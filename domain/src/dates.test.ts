import { describe, expect, it } from 'vitest';
import {
  addMonthsIso,
  endOfDayAmsterdam,
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatDueRelative,
  formatShortDate,
  startOfDayAmsterdam,
  toIsoDate,
} from './dates';

describe('dates in Europe/Amsterdam', () => {
  it('month arithmetic clamps to the end of shorter months', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsIso('2026-01-31', 2)).toBe('2026-03-31');
  });

  it('day boundaries follow CET/CEST', () => {
    expect(startOfDayAmsterdam('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // DST starts that night
    expect(endOfDayAmsterdam('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.000Z');
    expect(toIsoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // 00:30 in Amsterdam
  });

  it('formats in Dutch', () => {
    const due = endOfDayAmsterdam('2026-01-31');
    expect(formatDate(due)).toBe('31 januari 2026');
    expect(formatDate('2026-03-01')).toBe('1 maart 2026');
    expect(formatDateWithWeekday('2026-01-31')).toBe('zaterdag 31 januari 2026');
    expect(formatShortDate(due)).toBe('31-01-2026');
    expect(formatDateTime(due)).toBe('31 januari 2026 om 23:59');
  });

  it('relative deadlines in calendar days', () => {
    const due = endOfDayAmsterdam('2026-03-10');
    expect(formatDueRelative(due, new Date('2026-03-10T08:00:00Z'))).toBe('vandaag');
    expect(formatDueRelative(due, new Date('2026-03-09T08:00:00Z'))).toBe('morgen');
    expect(formatDueRelative(due, new Date('2026-03-05T08:00:00Z'))).toBe('over 5 dagen');
    expect(formatDueRelative(due, new Date('2026-03-11T08:00:00Z'))).toBe('1 dag te laat');
    expect(formatDueRelative(due, new Date('2026-03-13T08:00:00Z'))).toBe('3 dagen te laat');
  });
});
