import { describe, expect, it } from 'vitest';
import {
  addMonthsIso,
  calendarDaysBetween,
  daysLate,
  dueRelativeLabel,
  endOfDayAmsterdam,
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatDueRelative,
  formatShortDate,
  startOfDayAmsterdam,
  lateLabel,
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

describe('one calendar-day count for every screen and mail', () => {
  const dueYesterday = endOfDayAmsterdam('2026-03-09');

  it('a deadline at 23:59 yesterday is 1 day late at 00:01 today and at 23:00 today alike', () => {
    const at0001 = new Date('2026-03-09T23:01:00Z'); // 10 March 00:01 CET
    const at2300 = new Date('2026-03-10T22:00:00Z'); // 10 March 23:00 CET
    expect(calendarDaysBetween(dueYesterday, at0001)).toBe(1);
    expect(calendarDaysBetween(dueYesterday, at2300)).toBe(1);
    expect(daysLate(dueYesterday, at0001)).toBe(1);
    expect(daysLate(dueYesterday, at2300)).toBe(1);
    expect(daysLate(dueYesterday, new Date('2026-03-10T23:01:00Z'))).toBe(2); // 11 March 00:01
  });

  it('counts days, not 24-hour periods (129 × 24 h + 6 h after a deadline is day 130)', () => {
    const dueAt = endOfDayAmsterdam('2025-12-01');
    const jobRun = new Date('2026-04-10T05:00:00Z'); // 07:00 CEST
    expect(Math.floor((jobRun.getTime() - dueAt.getTime()) / 86_400_000)).toBe(129);
    expect(calendarDaysBetween(dueAt, jobRun)).toBe(130);
    expect(calendarDaysBetween(dueAt, '2026-04-10')).toBe(130); // the reminder job's day
    expect(calendarDaysBetween('2025-12-01', jobRun)).toBe(130);
  });

  it('is unaffected by daylight saving time and negative before the deadline', () => {
    // 28 March 23:30 CET → 29 March 23:30 CEST is 23 hours, still one day
    expect(calendarDaysBetween(new Date('2026-03-28T22:30:00Z'), new Date('2026-03-29T21:30:00Z'))).toBe(1);
    // 24 October 23:30 CEST → 25 October 23:30 CET is 25 hours, still one day
    expect(calendarDaysBetween(new Date('2026-10-24T21:30:00Z'), new Date('2026-10-25T22:30:00Z'))).toBe(1);
    expect(calendarDaysBetween(dueYesterday, new Date('2026-03-04T08:00:00Z'))).toBe(-5);
    expect(daysLate(dueYesterday, new Date('2026-03-04T08:00:00Z'))).toBe(0);
    expect(daysLate(dueYesterday, new Date('2026-03-09T21:00:00Z'))).toBe(0); // due day itself
  });

  it('says it in Dutch the same way everywhere', () => {
    expect(lateLabel(1)).toBe('1 dag te laat');
    expect(lateLabel(130)).toBe('130 dagen te laat');
    expect([2, 1, 0, -1, -5].map(dueRelativeLabel)).toEqual([
      '2 dagen te laat',
      '1 dag te laat',
      'vandaag',
      'morgen',
      'over 5 dagen',
    ]);
  });
});
