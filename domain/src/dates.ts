/**
 * Dates in Europe/Amsterdam, shared by schedule, UI and mails.
 *
 * Calendar dates are 'YYYY-MM-DD' strings (a day in Amsterdam); instants are JS Dates. Month
 * arithmetic uses date-fns `addMonths` on a TZDate, so 31 January + 1 month = 28/29 February.
 * The display formats and calendar-day counts need no date-fns and live in ./dateFormat.ts (re-exported
 * here), so a screen that only shows dates does not load date-fns (docs/architecture.md, "The form route on
 * a phone").
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths } from 'date-fns';
import { isoDateParts, TIME_ZONE, toIsoDate } from './dateFormat';

export * from './dateFormat';

/** Midnight at the start of the day in Amsterdam, as a TZDate. */
export function parseIsoDate(iso: string): TZDate {
  const [y, m, d] = isoDateParts(iso);
  return new TZDate(y, m - 1, d, TIME_ZONE);
}

/** Calendar months added in Amsterdam; month ends clamp (2026-01-31 + 1 = 2026-02-28). */
export function addMonthsIso(iso: string, months: number): string {
  return toIsoDate(addMonths(parseIsoDate(iso), months));
}

export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(parseIsoDate(iso), days));
}

/** 00:00:00 Amsterdam of the day, as a plain Date instant. */
export function startOfDayAmsterdam(iso: string): Date {
  return new Date(parseIsoDate(iso).getTime());
}

/** 23:59:59 Amsterdam of the day, as a plain Date instant (deadlines). */
export function endOfDayAmsterdam(iso: string): Date {
  const [y, m, d] = isoDateParts(iso);
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 0, TIME_ZONE).getTime());
}
