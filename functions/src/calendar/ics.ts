// Renders a person's calendar entries (domain policies/calendarFeed.ts) as iCalendar with ical-generator.
// All-day events on the Amsterdam due day (DTSTART/DTEND as VALUE=DATE, so no time zone can shift them),
// transparent (a deadline does not make anyone busy), with SEQUENCE and LAST-MODIFIED from the envelope's
// update time so calendar apps replace a moved event instead of keeping the old one.
import {
  addDaysIso,
  CALENDAR_FEED_NAME,
  CALENDAR_REFRESH_SECONDS,
  type CalendarEntry,
} from '@praktijkvolg/domain';
import ical, { ICalEventClass, ICalEventTransparency } from 'ical-generator';

export function renderCalendar(entries: readonly CalendarEntry[], now: Date): string {
  const calendar = ical({
    name: CALENDAR_FEED_NAME,
    description: 'Je openstaande formulieren en geplande voortgangsgesprekken in Praktijkvolg.',
    prodId: { company: 'Praktijkvolg', product: 'deadlines', language: 'NL' },
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: how often calendar apps should fetch again.
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  for (const e of entries) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: e.date,
      end: addDaysIso(e.date, 1),
      summary: e.summary,
      description: e.description,
      url: e.url,
      sequence: e.sequence,
      lastModified: e.lastModified,
      stamp: now,
      transparency: ICalEventTransparency.TRANSPARENT,
      class: ICalEventClass.PRIVATE,
    });
  }
  return calendar.toString();
}
