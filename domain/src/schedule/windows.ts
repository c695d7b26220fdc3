// Windows: when an occurrence opens, reminds and closes around its due day.
// Time: due at 23:59:59 Europe/Amsterdam on the due day; windows open at 00:00 Amsterdam.
import { addDaysIso, endOfDayAmsterdam, startOfDayAmsterdam } from '../dates';
import { formIdOf } from '../documents/forms';
import type { FormType } from '../forms/types';
import type { ScheduleTraject } from '../traject';
import type { Occurrence } from './occurrence';
import type { FormInstanceSpec, ScheduleOptions, WindowRule } from './types';

/**
 * Default windows. Assessment forms stay fillable 6 weeks after the deadline (the reminder job
 * escalates overdue parts meanwhile); meeting records 8 weeks, because they are written after the
 * meeting. Forms without a hard deadline (PDG portfolio items, the summative request, the
 * progress decision) never close. Learner reports cover "the last 6–8 weeks": open a week before,
 * close a week after the 7-week mark.
 */
export const DEFAULT_WINDOWS: Record<FormType, WindowRule> = {
  combel: { opensDaysBefore: 28, remindDaysBefore: 7, closesDaysAfter: 42 },
  voortgangsadvies: { opensDaysBefore: 21, remindDaysBefore: 7, closesDaysAfter: 42 },
  voortgangsgesprek: { opensDaysBefore: 28, remindDaysBefore: 7, closesDaysAfter: 56 },
  leoh: { opensDaysBefore: 28, remindDaysBefore: 7, closesDaysAfter: 42 },
  diensten: { opensDaysBefore: 28, remindDaysBefore: 7, closesDaysAfter: 42 },
  kpb: { opensDaysBefore: 0, remindDaysBefore: 0, closesDaysAfter: null },
  observatie: { opensDaysBefore: 28, remindDaysBefore: 14, closesDaysAfter: null },
  ontwikkelingsmeter: { opensDaysBefore: 28, remindDaysBefore: 14, closesDaysAfter: null },
  overeenkomst_wpb: { opensDaysBefore: 0, remindDaysBefore: 7, closesDaysAfter: null },
  // Due = the programme's end; no reminders, only a notice from 8 weeks before (policies/summatief.ts).
  aanvraag_summatief: { opensDaysBefore: 0, remindDaysBefore: 56, closesDaysAfter: null },
  beoordeling_summatief: { opensDaysBefore: 14, remindDaysBefore: 3, closesDaysAfter: null },
  leerdoelen: { opensDaysBefore: 0, remindDaysBefore: 7, closesDaysAfter: null },
  learner_report: { opensDaysBefore: 7, remindDaysBefore: 3, closesDaysAfter: 7 },
  observatie_led: { opensDaysBefore: 28, remindDaysBefore: 14, closesDaysAfter: null },
  praktijkopdracht: { opensDaysBefore: 42, remindDaysBefore: 7, closesDaysAfter: null },
  // Opens on the decision day and is in the hoofd opleiding's digest from then until closed (a year's lead
  // reaches back past the opening day): the conditions are never forgotten (policies/voortgangsbeslissing.ts).
  voorwaarden_vervolg: { opensDaysBefore: 0, remindDaysBefore: 366, closesDaysAfter: null },
  voortgangsbeslissing: { opensDaysBefore: 28, remindDaysBefore: 7, closesDaysAfter: null },
};

function windowFor(formType: FormType, options: ScheduleOptions): WindowRule {
  const w = { ...DEFAULT_WINDOWS[formType], ...options.windows?.[formType] };
  // The institute's reminder lead does not apply to the request's notice (it is not a reminder).
  if (
    options.remindDaysBefore !== undefined &&
    options.windows?.[formType]?.remindDaysBefore === undefined &&
    formType !== 'aanvraag_summatief'
  ) {
    w.remindDaysBefore = options.remindDaysBefore;
  }
  return w;
}

/** The occurrence with its window applied: the instance spec that functions/ writes as a form envelope. */
export function toSpec(t: ScheduleTraject, o: Occurrence, options: ScheduleOptions): FormInstanceSpec {
  const w = windowFor(o.formType, options);
  const opensDate = o.opensDate ?? addDaysIso(o.dueDate, -w.opensDaysBefore);
  const remindDate = addDaysIso(o.dueDate, -w.remindDaysBefore);
  const spec: FormInstanceSpec = {
    formId: formIdOf(t.trajectId, o.occurrenceKey),
    trajectId: t.trajectId,
    programme: t.programme,
    formType: o.formType,
    occurrenceKey: o.occurrenceKey,
    title: o.title,
    dueDate: o.dueDate,
    opensAt: startOfDayAmsterdam(opensDate),
    dueAt: endOfDayAmsterdam(o.dueDate),
    closesAt: w.closesDaysAfter === null ? null : endOfDayAmsterdam(addDaysIso(o.dueDate, w.closesDaysAfter)),
    remindFrom: startOfDayAmsterdam(remindDate > opensDate ? remindDate : opensDate),
    parts: o.parts,
  };
  if (o.month !== undefined) spec.month = o.month;
  if (o.leohKind) spec.leohKind = o.leohKind;
  if (o.subjectUid) spec.subjectUid = o.subjectUid;
  if (o.meeting) spec.meeting = o.meeting;
  return spec;
}
