/**
 * Schedule: from a traject (programme, start date, part-time factor, pauses, roles) compute every form
 * instance and meeting that is due, who must act, the window and when to remind.
 *
 * By concern: `clock.ts` (training months → due day: part-time stretch, pauses), `windows.ts` (open,
 * remind, close around the due day), one occurrence table per programme family (`huisarts.ts` seed 002,
 * `pdg.ts` seed 003, `led.ts` seed 000, `mbo.ts` seed 004), `computeSchedule.ts` (the whole traject),
 * `adHoc.ts` (instances made on demand) and `kpbPace.ts` (KPB: a pace target, not deadlines).
 * Only the names below are public; the family tables and the clock class stay internal.
 */
export type { FormInstanceSpec, InstancePart, MeetingInfo, ScheduleOptions, WindowRule } from './types';
export { normalisePauses, pausedDaysBefore, shiftForPauses, stretchMonths } from './clock';
export { DEFAULT_WINDOWS } from './windows';
export { VOORTGANGSGESPREKKEN } from './huisarts';
export { ledObservationCount } from './led';
export { LEARNER_REPORT_INTERVAL_DAYS } from './mbo';
export { computeSchedule } from './computeSchedule';
export { adHocInstance } from './adHoc';
export { KPB_TARGET_PER_YEAR, KPB_TOLERANCE, kpbPace, type KpbPace } from './kpbPace';
export {
  LATE_FORM_DEFAULT_DAYS,
  LATE_FORM_REASON_MAX,
  LATE_FORMS_MAX,
  LATE_START_CONFIRM_DAYS,
  defaultLateDueDate,
  lateDueDateError,
  lateFormDecisionSchema,
  lateFormsSchema,
  lateSpec,
  pastForms,
  startNeedsConfirmation,
  type LateFormDecision,
  type LateForms,
  type LateMark,
} from './lateRegistration';
