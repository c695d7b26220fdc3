// LED (seed 000): leerdoelen at the start, ≥ 2 observations a year.
import type { ScheduleTraject } from '../traject';
import type { Clock } from './clock';
import { part, type Occurrence } from './occurrence';

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
      parts: [part(r, 'deelnemer')],
    },
  ];
  const n = ledObservationCount(duration);
  let previous = t.startDate;
  for (let k = 1; k <= n; k++) {
    const month = (k * duration) / n;
    const due = clock.month(month);
    out.push({
      formType: 'observatie',
      occurrenceKey: `observatie-${k}`,
      title: `Observatie door collega-docent ${k}`,
      month,
      opensDate: previous,
      dueDate: due,
      parts: [part(r, 'collega_docent')],
    });
    previous = due;
  }
  return out;
}
