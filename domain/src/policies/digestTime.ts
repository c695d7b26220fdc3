// When a person's daily mail goes (docs/data-model.md, "Mail preferences"): at the hour they chose on Voorkeuren
// (DIGEST_HOURS, Europe/Amsterdam). The reminder job runs at each of those hours; the run that plans a day's
// digest sends those whose hour has come and leaves the others waiting (`reminderDigests.sendAt`) for the run at
// their hour. The earliest hour is the default and always due: a manual run before it (the local stack, tests)
// still sends the default digests, and the schedule never runs earlier in production.
import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '../dates';
import { DIGEST_HOURS, type DigestHour } from '../documents/preferences';

/** The instant of `hour`:00 in Amsterdam on the calendar day `date` ('YYYY-MM-DD'). */
export function digestSendAt(date: string, hour: DigestHour): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, 0, TIME_ZONE).getTime());
}

/** null: send now; otherwise the instant the digest waits for. */
export function digestWaitsUntil(date: string, hour: DigestHour, now: Date): Date | null {
  if (hour === DIGEST_HOURS[0]) return null;
  const at = digestSendAt(date, hour);
  return at.getTime() <= now.getTime() ? null : at;
}

/** The day's first scheduled run (before the second digest hour) plans the day; later runs mostly send what waits. */
export const isPlanningRun = (date: string, now: Date): boolean =>
  now.getTime() < digestSendAt(date, DIGEST_HOURS[1]).getTime();
