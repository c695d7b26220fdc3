// LED (seed 000): leerdoelen at the start (with the collega-docent's response), ≥ 2 observations a year on
// the docent's own learning points, and practice assignments with reflection each quarter.
import type { ScheduleTraject } from '../traject';
import type { Clock } from './clock';
import { part, type Occurrence } from './occurrence';

/** A practice assignment with reflection every quarter (a 12-month course: months 3, 6 and 9). */
export const PRAKTIJKOPDRACHT_EVERY_MONTHS = 3;

/** LED: at least 2 observations a year, evenly spread; leerdoelen in the first month. */
export function ledObservationCount(durationMonths: number): number {
  return Math.max(2, Math.ceil((2 * durationMonths) / 12));
}

export function led(t: ScheduleTraject, clock: Clock, duration: number): Occurrence[] {
  const r = t.roles;
  const out: Occurrence[] = [
    {
      formType: 'leerdoelen',
      occurrenceKey: 'leerdoelen',
      title: 'Leerdoelen bij de start',
      month: 1,
      opensDate: t.startDate,
      dueDate: clock.month(1),
      parts: [part(r, 'deelnemer'), part(r, 'collega_docent')],
    },
  ];
  const n = ledObservationCount(duration);
  let previous = t.startDate;
  for (let k = 1; k <= n; k++) {
    const month = (k * duration) / n;
    const due = clock.month(month);
    out.push({
      formType: 'observatie_led',
      occurrenceKey: `observatie-led-${k}`,
      title: `Observatie op eigen leerpunten ${k}`,
      month,
      opensDate: previous,
      dueDate: due,
      parts: [part(r, 'collega_docent')],
    });
    previous = due;
  }
  for (let k = 1; k * PRAKTIJKOPDRACHT_EVERY_MONTHS < duration; k++) {
    out.push({
      formType: 'praktijkopdracht',
      occurrenceKey: `praktijkopdracht-${k}`,
      title: `Praktijkopdracht en reflectie ${k}`,
      month: k * PRAKTIJKOPDRACHT_EVERY_MONTHS,
      dueDate: clock.month(k * PRAKTIJKOPDRACHT_EVERY_MONTHS),
      parts: [part(r, 'deelnemer'), part(r, 'collega_docent')],
    });
  }
  return out;
}
