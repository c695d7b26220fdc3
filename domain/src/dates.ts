/**
 * Dates in Europe/Amsterdam, shared by schedule, UI and mails.
 *
 * Calendar dates are 'YYYY-MM-DD' strings (a day in Amsterdam); instants are JS Dates. Month
 * arithmetic uses date-fns `addMonths` on a TZDate, so 31 January + 1 month = 28/29 February.
 */
import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import { isIsoDate } from './forms/schema';

export const TIME_ZONE = 'Europe/Amsterdam';
const inAmsterdam = tz(TIME_ZONE);

function parts(iso: string): [number, number, number] {
  if (!isIsoDate(iso)) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return iso.split('-').map(Number) as [number, number, number];
}

/** Midnight at the start of the day in Amsterdam, as a TZDate. */
export function parseIsoDate(iso: string): TZDate {
  const [y, m, d] = parts(iso);
  return new TZDate(y, m - 1, d, TIME_ZONE);
}

/** The Amsterdam calendar day of an instant, 'YYYY-MM-DD'. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd', { in: inAmsterdam });
}

/** Calendar months added in Amsterdam; month ends clamp (2026-01-31 + 1 = 2026-02-28). */
export function addMonthsIso(iso: string, months: number): string {
  return toIsoDate(addMonths(parseIsoDate(iso), months));
}

export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(parseIsoDate(iso), days));
}

/** b − a in calendar days. */
export function daysBetweenIso(a: string, b: string): number {
  return differenceInCalendarDays(parseIsoDate(b), parseIsoDate(a));
}

/** 00:00:00 Amsterdam of the day, as a plain Date instant. */
export function startOfDayAmsterdam(iso: string): Date {
  return new Date(parseIsoDate(iso).getTime());
}

/** 23:59:59 Amsterdam of the day, as a plain Date instant (deadlines). */
export function endOfDayAmsterdam(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 0, TIME_ZONE).getTime());
}

/** "31 januari 2026" */
export function formatDate(date: Date | string): string {
  return format(typeof date === 'string' ? parseIsoDate(date) : date, 'd MMMM yyyy', {
    locale: nl,
    in: inAmsterdam,
  });
}

/** "zaterdag 31 januari 2026" */
export function formatDateWithWeekday(date: Date | string): string {
  return format(typeof date === 'string' ? parseIsoDate(date) : date, 'EEEE d MMMM yyyy', {
    locale: nl,
    in: inAmsterdam,
  });
}

/** "31-01-2026" */
export function formatShortDate(date: Date | string): string {
  return format(typeof date === 'string' ? parseIsoDate(date) : date, 'dd-MM-yyyy', { in: inAmsterdam });
}

/** "31 januari 2026 om 23:59" */
export function formatDateTime(date: Date): string {
  return format(date, "d MMMM yyyy 'om' HH:mm", { locale: nl, in: inAmsterdam });
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
