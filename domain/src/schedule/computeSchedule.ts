// The whole schedule of a traject: its programme family's occurrences with their windows applied.
import { PROGRAMMES } from '../programmes';
import type { ScheduleTraject } from '../traject';
import { Clock } from './clock';
import { huisarts } from './huisarts';
import { led } from './led';
import { mbo } from './mbo';
import type { Occurrence } from './occurrence';
import { pdg } from './pdg';
import type { FormInstanceSpec, ScheduleOptions } from './types';
import { toSpec } from './windows';

/** Every form instance and meeting due in the traject, sorted by deadline. */
export function computeSchedule(traject: ScheduleTraject, options: ScheduleOptions = {}): FormInstanceSpec[] {
  const programme = PROGRAMMES[traject.programme];
  const duration = options.durationMonths ?? programme.durationMonths;
  const clock = new Clock(traject.startDate, traject.partTimeFactor ?? 1, traject.pauses);
  let occurrences: Occurrence[];
  switch (programme.family) {
    case 'huisarts':
      occurrences = huisarts(traject, clock, traject.programme === 'huisarts_jaar1' ? 1 : 3);
      break;
    case 'pdg':
      occurrences = pdg(traject, clock, duration);
      break;
    case 'led':
      occurrences = led(traject, clock, duration);
      break;
    case 'mbo':
      occurrences = mbo(traject, clock, duration);
      break;
  }
  return occurrences
    .map((o) => toSpec(traject, o, options))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.occurrenceKey.localeCompare(b.occurrenceKey));
}
