// Late registration (docs/data-model.md "trajecten.lateForms"): a traject entered with a start date in the past
// has forms whose window already closed. None of them may lapse silently: the secretariat chooses per form
// "nog uitvoeren" (a new due date) or "niet van toepassing" (with a reason); a past form without a choice stays
// open and overdue. Windows that close while the traject runs keep lapsing as before (windows.ts).
import { z } from 'zod';
import { addDaysIso, daysBetweenIso, endOfDayAmsterdam, startOfDayAmsterdam, toIsoDate } from '../dates';
import { isoDateSchema } from '../forms/schema';
import { hasForbiddenNameCharacter } from '../policies/text';
import type { ScheduleTraject } from '../traject';
import { computeSchedule } from './computeSchedule';
import type { FormInstanceSpec, ScheduleOptions } from './types';

/** Default new due date of a form still to be done: this many days from today. */
export const LATE_FORM_DEFAULT_DAYS = 28;
/** A start date further back than this asks the secretariat to confirm. */
export const LATE_START_CONFIRM_DAYS = 365;
export const LATE_FORM_REASON_MAX = 500;
/** At most this many choices on one traject (a two-year schedule has far fewer forms). */
export const LATE_FORMS_MAX = 100;
/** Reminders of a late form start this many days before its new due date. */
const LATE_REMIND_DAYS = 7;

export const lateFormDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('todo'), dueDate: isoDateSchema }),
  z.strictObject({
    decision: z.literal('nvt'),
    reason: z
      .string()
      .trim()
      .min(1, { error: 'Geef een reden waarom dit formulier niet van toepassing is' })
      .max(LATE_FORM_REASON_MAX, { error: `De reden is maximaal ${LATE_FORM_REASON_MAX} tekens` })
      .refine((r) => !hasForbiddenNameCharacter(r), {
        error: 'De reden bevat een onzichtbaar of stuurteken',
      }),
  }),
]);
export type LateFormDecision = z.infer<typeof lateFormDecisionSchema>;

/** Keyed by occurrenceKey (e.g. 'combel-m3'): the same key as the form's id suffix. */
export const lateFormsSchema = z
  .record(z.string().regex(/^[a-z0-9_-]{1,80}$/, { error: 'Onbekend formulier' }), lateFormDecisionSchema)
  .refine((m) => Object.keys(m).length <= LATE_FORMS_MAX, { error: `Maximaal ${LATE_FORMS_MAX} keuzes` });
export type LateForms = z.infer<typeof lateFormsSchema>;

/** The schedule's forms whose window had already closed at `now`: the ones a late registration must decide. */
export function pastForms(
  traject: ScheduleTraject,
  now: Date,
  options: ScheduleOptions = {},
): FormInstanceSpec[] {
  return computeSchedule(traject, options).filter(
    (s) => s.closesAt !== null && s.closesAt.getTime() < now.getTime(),
  );
}

/** The default choice's due date: LATE_FORM_DEFAULT_DAYS after today (Amsterdam). */
export function defaultLateDueDate(now: Date): string {
  return addDaysIso(toIsoDate(now), LATE_FORM_DEFAULT_DAYS);
}

/** True when the start date lies more than LATE_START_CONFIRM_DAYS before today: the UI asks to confirm. */
export function startNeedsConfirmation(startDate: string, now: Date): boolean {
  return daysBetweenIso(startDate, toIsoDate(now)) > LATE_START_CONFIRM_DAYS;
}

/** Dutch message when a 'todo' due date lies before today (a new deadline must be ahead). */
export function lateDueDateError(dueDate: string, now: Date): string | null {
  return dueDate < toIsoDate(now) ? 'Kies een nieuwe inleverdatum vanaf vandaag' : null;
}

/** What the envelope records of a late form: 'nvt' with its reason, or only that it was registered late. */
export interface LateMark {
  lateRegistration: true;
  notApplicable?: { reason: string };
}

/**
 * The spec a late form is materialised with. `late` says whether the form is late-registered (its window had
 * closed when it was first created, or a choice was made for it). Without a choice it never closes (open and
 * overdue, it appears in Achterstanden); 'todo' moves the due date to the chosen day and never closes;
 * 'nvt' keeps the spec and marks it not applicable (the envelope becomes 'vervallen' with the reason).
 */
export function lateSpec(
  spec: FormInstanceSpec,
  decision: LateFormDecision | undefined,
  late: boolean,
): { spec: FormInstanceSpec; mark: LateMark | null } {
  if (!late && !decision) return { spec, mark: null };
  if (decision?.decision === 'nvt') {
    return {
      spec: { ...spec, closesAt: null },
      mark: { lateRegistration: true, notApplicable: { reason: decision.reason } },
    };
  }
  if (decision?.decision === 'todo') {
    const remindDate = addDaysIso(decision.dueDate, -LATE_REMIND_DAYS);
    const dueAt = endOfDayAmsterdam(decision.dueDate);
    const remindFrom = startOfDayAmsterdam(remindDate);
    return {
      spec: {
        ...spec,
        dueDate: decision.dueDate,
        dueAt,
        opensAt:
          spec.opensAt.getTime() < dueAt.getTime() ? spec.opensAt : startOfDayAmsterdam(decision.dueDate),
        remindFrom: remindFrom.getTime() > spec.opensAt.getTime() ? remindFrom : spec.opensAt,
        closesAt: null,
      },
      mark: { lateRegistration: true },
    };
  }
  return { spec: { ...spec, closesAt: null }, mark: { lateRegistration: true } };
}
