// Fixtures shared by the schedule's tests (not exported from the domain index).
import type { ScheduleTraject } from '../traject';
import type { FormInstanceSpec } from './types';

/** A huisartsopleiding jaar 1 traject starting 1 September 2025. */
export const jaar1 = (over: Partial<ScheduleTraject> = {}): ScheduleTraject => ({
  trajectId: 't1',
  programme: 'huisarts_jaar1',
  startDate: '2025-09-01',
  roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1', 'g2'] },
  ...over,
});

export function byKey(s: FormInstanceSpec[]): Record<string, FormInstanceSpec> {
  return Object.fromEntries(s.map((x) => [x.occurrenceKey, x]));
}

/** occurrenceKey → due day of the instances of one form type. */
export function dues(s: FormInstanceSpec[], formType: string): Record<string, string> {
  return Object.fromEntries(
    s.filter((x) => x.formType === formType).map((x) => [x.occurrenceKey, x.dueDate]),
  );
}
