// When the reminder job should next look at a form. The job's query is `nextReminderAt <= now`, so this
// one field decides what the job reads: open forms inside their reminder window are looked at once a
// day (the job moves the field to the start of the next Amsterdam day), forms before their window wait
// for `remindFrom`, finished forms have null and cost nothing.
import { addDaysIso, parseIsoDate, startOfDayAmsterdam, toIsoDate } from '@praktijkvolg/domain';
import { isWeekend } from 'date-fns';

/** 00:00 Europe/Amsterdam of the day after `now`. */
export function startOfNextDay(now: Date): Date {
  return startOfDayAmsterdam(addDaysIso(toIsoDate(now), 1));
}

/**
 * nextReminderAt for a form, given its window and what is stored now. A value the reminder job set
 * (at most the start of tomorrow) is kept, so recomputing the schedule never makes the job look twice
 * on one day and a second run with the same input writes nothing.
 */
export function nextReminderFor(args: {
  open: boolean;
  remindFrom: Date;
  existing: Date | null | undefined;
  now: Date;
}): Date | null {
  const { open, remindFrom, existing, now } = args;
  if (!open) return null;
  if (remindFrom.getTime() > now.getTime()) return remindFrom;
  if (existing && existing.getTime() <= startOfNextDay(now).getTime()) return existing;
  return remindFrom;
}

/** 'YYYY-MM-DD' is a Saturday or Sunday. */
export function isWeekendDate(isoDate: string): boolean {
  return isWeekend(parseIsoDate(isoDate));
}
