// The Intl formats of ./dateFormat.ts against the date-fns formats they replaced (the strings on screens and
// in mails must not change), across Amsterdam's DST nights, day ends, month and year ends and a leap day.
import { TZDate, tz } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import { describe, expect, it } from 'vitest';
import {
  daysBetweenIso,
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatShortDate,
  TIME_ZONE,
  toIsoDate,
} from './dateFormat';

const inAmsterdam = tz(TIME_ZONE);
const previous = {
  toIsoDate: (d: Date) => format(d, 'yyyy-MM-dd', { in: inAmsterdam }),
  formatDate: (d: Date) => format(d, 'd MMMM yyyy', { locale: nl, in: inAmsterdam }),
  formatDateWithWeekday: (d: Date) => format(d, 'EEEE d MMMM yyyy', { locale: nl, in: inAmsterdam }),
  formatShortDate: (d: Date) => format(d, 'dd-MM-yyyy', { in: inAmsterdam }),
  formatDateTime: (d: Date) => format(d, "d MMMM yyyy 'om' HH:mm", { locale: nl, in: inAmsterdam }),
};
const amsterdamMidnight = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, TIME_ZONE);
};

/** Every quarter of an hour from `fromUtc` for `hours` hours. */
function quarters(fromUtc: string, hours: number): Date[] {
  const start = Date.parse(fromUtc);
  return Array.from({ length: hours * 4 + 1 }, (_, i) => new Date(start + i * 15 * 60_000));
}

const instants: Date[] = [
  // DST starts (02:00 CET → 03:00 CEST) and ends (03:00 CEST → 02:00 CET), and the evenings around them.
  ...quarters('2026-03-28T20:00:00Z', 10),
  ...quarters('2026-10-24T20:00:00Z', 10),
  ...quarters('2027-03-27T22:00:00Z', 4),
  ...quarters('2027-10-30T22:00:00Z', 4),
  // Day, month and year ends in winter and summer time; a leap day; single-digit days and hours.
  new Date('2025-12-31T22:59:59Z'),
  new Date('2025-12-31T23:00:00Z'),
  new Date('2026-06-30T21:59:59Z'),
  new Date('2026-06-30T22:00:00Z'),
  new Date('2028-02-28T23:00:00Z'),
  new Date('2028-02-29T22:59:00Z'),
  new Date('2026-01-05T08:05:00Z'),
  new Date('2026-09-01T00:00:00Z'),
];
// Every calendar day of a common and a leap year, as 'YYYY-MM-DD'.
const days = [2026, 2028].flatMap((year) =>
  Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10)).filter(
    (iso) => iso.startsWith(String(year)),
  ),
);

describe('Intl date formats match the date-fns formats they replaced', () => {
  it('for instants, DST nights included', () => {
    for (const at of instants) {
      expect(toIsoDate(at), at.toISOString()).toBe(previous.toIsoDate(at));
      expect(formatDate(at), at.toISOString()).toBe(previous.formatDate(at));
      expect(formatDateWithWeekday(at), at.toISOString()).toBe(previous.formatDateWithWeekday(at));
      expect(formatShortDate(at), at.toISOString()).toBe(previous.formatShortDate(at));
      expect(formatDateTime(at), at.toISOString()).toBe(previous.formatDateTime(at));
    }
    // The hour that does not exist in spring and the one that happens twice in autumn.
    expect(formatDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('29 maart 2026 om 03:00');
    expect(formatDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25 oktober 2026 om 02:30');
    expect(formatDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25 oktober 2026 om 02:30');
  });

  it('for calendar dates (a day in Amsterdam) and their instants', () => {
    for (const iso of days) {
      const midnight = amsterdamMidnight(iso);
      expect(formatDate(iso)).toBe(previous.formatDate(midnight));
      expect(formatDateWithWeekday(iso)).toBe(previous.formatDateWithWeekday(midnight));
      expect(formatShortDate(iso)).toBe(previous.formatShortDate(midnight));
      expect(toIsoDate(midnight)).toBe(iso);
    }
    expect(formatDateWithWeekday('2026-01-31')).toBe('zaterdag 31 januari 2026');
  });

  it('calendar-day differences, across DST changes, as date-fns counted them', () => {
    const pairs = days.filter((_, i) => i % 7 === 0);
    for (const a of pairs)
      for (const b of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26', '2028-02-29', '2028-12-31'])
        expect(daysBetweenIso(a, b), `${a} → ${b}`).toBe(
          differenceInCalendarDays(amsterdamMidnight(b), amsterdamMidnight(a)),
        );
  });
});
