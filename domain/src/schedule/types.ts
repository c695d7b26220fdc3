// What the schedule produces: one spec per form instance or meeting, and the options that tune it.
import type { FormType } from '../forms/types';
import type { LeohKind } from '../forms/leoh';
import type { PartId, ProgrammeId, StaffRole, TrajectRole } from '../programmes';

export interface InstancePart {
  partId: PartId;
  role: TrajectRole | StaffRole;
  /** Traject members who fill the part. Empty for staff parts (the server fills those). */
  raterUids: string[];
}

export interface MeetingInfo {
  /** Who takes part in the meeting. */
  attendees: (TrajectRole | StaffRole)[];
  /** Dutch: place or purpose, e.g. 'Op de opleidingspraktijk'. */
  note: string;
}

export interface FormInstanceSpec {
  /** `${trajectId}__${occurrenceKey}`: deterministic, so recomputing overwrites, never duplicates. */
  formId: string;
  trajectId: string;
  programme: ProgrammeId;
  formType: FormType;
  occurrenceKey: string;
  /** Dutch, e.g. 'ComBel maand 3'. */
  title: string;
  leohKind?: LeohKind;
  /** The opleider a LEOh is about. */
  subjectUid?: string;
  /** Nominal month of the training (before part-time stretch and pauses), if month-based. */
  month?: number;
  /** Due day in Amsterdam, 'YYYY-MM-DD'. */
  dueDate: string;
  opensAt: Date;
  dueAt: Date;
  /** After this instant the part can no longer be filled (status 'vervallen'); null = stays open. */
  closesAt: Date | null;
  /** From this instant the open parts' raters get reminders. */
  remindFrom: Date;
  parts: InstancePart[];
  /** Set for voortgangsgesprekken. */
  meeting?: MeetingInfo;
}

export interface WindowRule {
  /** Window opens this many days before the due day (00:00 Amsterdam). */
  opensDaysBefore: number;
  /** Reminders start this many days before the due day (never before the window opens). */
  remindDaysBefore: number;
  /** Window closes this many days after the due day (23:59:59); null = never closes. */
  closesDaysAfter: number | null;
}

export interface ScheduleOptions {
  /** Override the programme's default length (months), e.g. a PDG traject of 18 months. */
  durationMonths?: number;
  /** Per form type window overrides. */
  windows?: Partial<Record<FormType, Partial<WindowRule>>>;
  /** Institute setting: reminders start this many days before every due day. */
  remindDaysBefore?: number;
}
