/**
 * Dates in Europe/Amsterdam without date-fns: the calendar-day helpers and the Dutch display formats, with the
 * platform's Intl.DateTimeFormat. Kept apart from ./dates.ts (month and day arithmetic on date-fns, which
 * re-exports all of this) so a screen that only shows dates, such as the form route on a phone
 * (docs/architecture.md), does not load date-fns. The strings are those date-fns gave ("31 januari 2026",
 * "31-01-2026", "31 januari 2026 om 23:59"): dateFormat.test.ts compares them, DST nights included.
 */
import { isIsoDate } from './forms/definition';

export const TIME_ZONE = 'Europe/Amsterdam';

/** [year, month 1–12, day] of a 'YYYY-MM-DD' date; a RangeError for anything else. */
export function isoDateParts(iso: string): [number, number, number] {
  if (!isIsoDate(iso)) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return iso.split('-').map(Number) as [number, number, number];
}

type Part = 'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute';
type Style = 'long' | 'short' | 'time';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  time: {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};
// Formatters are costly to create: one per style and zone ('UTC' formats a calendar date as itself).
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The named parts of an instant in Amsterdam, or of a calendar date as it is. */
function partsOf(date: Date | string, style: Style): Record<Part, string> {
  let instant = date;
  let timeZone = TIME_ZONE;
  if (typeof date === 'string') {
    const [y, m, d] = isoDateParts(date);
    instant = new Date(Date.UTC(y, m - 1, d));
    timeZone = 'UTC';
  }
  const key = `${style} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('nl-NL', { ...OPTIONS[style], timeZone });
    formatters.set(key, formatter);
  }
  const out = {} as Record<Part, string>;
  for (const p of formatter.formatToParts(instant as Date)) out[p.type as Part] = p.value;
  return out;
}

/** The Amsterdam calendar day of an instant, 'YYYY-MM-DD'. */
export function toIsoDate(date: Date): string {
  const p = partsOf(date, 'short');
  return `${p.year}-${p.month}-${p.day}`;
}

/** b − a in calendar days (a calendar date has no time zone: counted on the proleptic calendar). */
export function daysBetweenIso(a: string, b: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = isoDateParts(iso);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** "31 januari 2026" */
export function formatDate(date: Date | string): string {
  const p = partsOf(date, 'long');
  return `${p.day} ${p.month} ${p.year}`;
}

/** "zaterdag 31 januari 2026" */
export function formatDateWithWeekday(date: Date | string): string {
  const p = partsOf(date, 'long');
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "31-01-2026" */
export function formatShortDate(date: Date | string): string {
  const p = partsOf(date, 'short');
  return `${p.day}-${p.month}-${p.year}`;
}

/** "31 januari 2026 om 23:59" */
export function formatDateTime(date: Date): string {
  const p = partsOf(date, 'time');
  return `${p.day} ${p.month} ${p.year} om ${p.hour}:${p.minute}`;
}

/**
 * `to` − `from` in Amsterdam calendar days: the one day count behind every "te laat" and "over n dagen"
 * on a screen or in a mail. An instant counts as its Amsterdam day, a 'YYYY-MM-DD' string is that day;
 * so a deadline at 23:59 yesterday is 1 day late at 00:01 today and at 23:00 today alike.
 */
export function calendarDaysBetween(from: Date | string, to: Date | string): number {
  const day = (d: Date | string) => (typeof d === 'string' ? d : toIsoDate(d));
  return daysBetweenIso(day(from), day(to));
}

/** Days a deadline has passed on `now`'s day; 0 on the due day itself and before it. */
export function daysLate(dueAt: Date, now: Date): number {
  return Math.max(0, calendarDaysBetween(dueAt, now));
}

/** "1 dag", "130 dagen" */
export function daysLabel(days: number): string {
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** "1 dag te laat", "130 dagen te laat" */
export function lateLabel(days: number): string {
  return `${daysLabel(days)} te laat`;
}

/**
 * A deadline `daysOverdue` calendar days ago (negative: still ahead), in Dutch:
 * "vandaag", "morgen", "over 5 dagen", "1 dag te laat", "3 dagen te laat".
 */
export function dueRelativeLabel(daysOverdue: number): string {
  if (daysOverdue === 0) return 'vandaag';
  if (daysOverdue === -1) return 'morgen';
  if (daysOverdue < -1) return `over ${daysLabel(-daysOverdue)}`;
  return lateLabel(daysOverdue);
}

/** Deadline relative to now, counted in Amsterdam calendar days (see dueRelativeLabel). */
export function formatDueRelative(due: Date, now: Date): string {
  return dueRelativeLabel(calendarDaysBetween(due, now));
}
