// mbo (seed 004): a learner report every 7 weeks (the middle of "every 6–8 weeks"). A calendar rhythm
// of the team: not stretched for part-time, moved by pauses.
import { addDaysIso, addMonthsIso } from '../dates';
import type { ScheduleTraject } from '../traject';
import type { Clock } from './clock';
import { part, type Occurrence } from './occurrence';

export const LEARNER_REPORT_INTERVAL_DAYS = 49; // 7 weeks: the middle of "every 6–8 weeks"

export function mbo(t: ScheduleTraject, clock: Clock, duration: number): Occurrence[] {
  const end = addMonthsIso(t.startDate, duration);
  const out: Occurrence[] = [];
  for (let k = 1; addDaysIso(t.startDate, k * LEARNER_REPORT_INTERVAL_DAYS) <= end; k++) {
    out.push({
      formType: 'learner_report',
      occurrenceKey: `learner-report-${k}`,
      title: `Learner report ${k}`,
      dueDate: clock.days(k * LEARNER_REPORT_INTERVAL_DAYS),
      parts: [part(t.roles, 'deelnemer')],
    });
  }
  return out;
}
