/**
 * Schedule: from a traject (programme, start date, part-time factor, pauses, roles) compute every form
 * instance and meeting that is due, who must act, the window and when to remind.
 *
 * Rules (seed 002 unless noted), months counted from the start date:
 *   ComBel m3/m6/m9 (groepsdocent part only m3/m9) · voortgangsadvies jaar 1 m6/m9, jaar 3 m3/m8 ·
 *   voortgangsbeslissing after the last advice · LEOh per opleider: m3 private, m9–10 dossier ·
 *   diensten jaar 1 m6/m9, jaar 3 m6 · voortgangsgesprekken jaar 1 m4/m6/m9, jaar 3 m3/m6/m8/m12 ·
 *   PDG (seed 003): overeenkomst at the start, 4 lesson visits (2 per half), formative visit and
 *   ontwikkelingsmeter halfway, ontwikkelingsmeter at the end, one summative request ·
 *   LED (seed 000): leerdoelen at the start, ≥ 2 observations a year · mbo (seed 004): a learner
 *   report every 7 weeks (the middle of "every 6–8 weeks") · KPB: a pace target, see kpbPace.
 *
 * Time: due at 23:59:59 Europe/Amsterdam on the due day; windows open at 00:00 Amsterdam.
 *
 * Part-time: month m of the training falls in calendar month round(m / factor) (half rounds up):
 * training time, not calendar time, drives the seed's "after n months". Whole months keep the
 * month-end behaviour of addMonths and give the same day-of-month as the start. E.g. factor 0.8:
 * m3 → 4, m6 → 8 (7.5), m9 → 11 (11.25), m12 → 15. Learner reports are a calendar rhythm of the team
 * and are not stretched.
 *
 * Pauses (e.g. sick leave) stop the clock: every deadline on or after a pause's first day moves later
 * by the pause length in days (inclusive); overlapping pauses are merged, pauses before the start
 * are ignored. The window moves with the deadline.
 */
import {
  addDaysIso,
  addMonthsIso,
  daysBetweenIso,
  endOfDayAmsterdam,
  startOfDayAmsterdam,
  toIsoDate,
} from './dates';
import type { FormType } from './forms/types';
import type { LeohKind } from './forms/leoh';
import { PROGRAMMES, type PartId, type ProgrammeId, type StaffRole, type TrajectRole } from './programmes';
import type { RoleAssignments, ScheduleTraject } from './traject';

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
  aanvraag_summatief: { opensDaysBefore: 0, remindDaysBefore: 28, closesDaysAfter: null },
  beoordeling_summatief: { opensDaysBefore: 14, remindDaysBefore: 3, closesDaysAfter: null },
  leerdoelen: { opensDaysBefore: 0, remindDaysBefore: 7, closesDaysAfter: null },
  learner_report: { opensDaysBefore: 7, remindDaysBefore: 3, closesDaysAfter: 7 },
  voortgangsbeslissing: { opensDaysBefore: 28, remindDaysBefore: 7, closesDaysAfter: null },
};

export interface ScheduleOptions {
  /** Override the programme's default length (months), e.g. a PDG traject of 18 months. */
  durationMonths?: number;
  /** Per form type window overrides. */
  windows?: Partial<Record<FormType, Partial<WindowRule>>>;
  /** Institute setting: reminders start this many days before every due day. */
  remindDaysBefore?: number;
}

// ---------------------------------------------------------------------------------------------
// Clock: nominal training months → calendar due day

/** Calendar months for training month m at the part-time factor (see the header comment). */
export function stretchMonths(month: number, partTimeFactor = 1): number {
  if (!(partTimeFactor > 0 && partTimeFactor <= 1)) throw new RangeError('partTimeFactor must be in (0, 1]');
  return Math.round(month / partTimeFactor + 1e-9);
}

interface Span {
  from: string;
  to: string;
}

/** Pauses on/after the start, sorted and merged (overlapping or adjacent). */
export function normalisePauses(startDate: string, pauses: readonly Span[] = []): Span[] {
  const sorted = pauses
    .filter((p) => p.to >= startDate)
    .map((p) => ({ from: p.from < startDate ? startDate : p.from, to: p.to }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Span[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= addDaysIso(last.to, 1)) {
      if (p.to > last.to) last.to = p.to;
    } else merged.push({ ...p });
  }
  return merged;
}

/** Move a nominal due day later by every pause that starts on or before it (clock stops). */
export function shiftForPauses(day: string, pauses: readonly Span[]): string {
  let d = day;
  for (const p of pauses) {
    if (p.from <= d) d = addDaysIso(d, daysBetweenIso(p.from, p.to) + 1);
  }
  return d;
}

/** Total paused days between the start and `day` (inclusive), for pace calculations. */
export function pausedDaysBefore(day: string, pauses: readonly Span[]): number {
  let total = 0;
  for (const p of pauses) {
    if (p.from > day) continue;
    const end = p.to < day ? p.to : day;
    total += daysBetweenIso(p.from, end) + 1;
  }
  return total;
}

class Clock {
  readonly pauses: Span[];
  constructor(
    readonly startDate: string,
    readonly factor: number,
    pauses: readonly Span[] | undefined,
  ) {
    this.pauses = normalisePauses(startDate, pauses);
  }
  /** Due day of nominal training month m. */
  month(m: number): string {
    return shiftForPauses(addMonthsIso(this.startDate, stretchMonths(m, this.factor)), this.pauses);
  }
  /** Due day `days` calendar days after the start (not stretched), pauses applied. */
  days(days: number): string {
    return shiftForPauses(addDaysIso(this.startDate, days), this.pauses);
  }
}

// ---------------------------------------------------------------------------------------------

interface Occurrence {
  formType: FormType;
  occurrenceKey: string;
  title: string;
  dueDate: string;
  parts: InstancePart[];
  month?: number;
  /** Overrides the window rule's opening day. */
  opensDate?: string;
  leohKind?: LeohKind;
  subjectUid?: string;
  meeting?: MeetingInfo;
}

function part(roles: RoleAssignments, role: TrajectRole): InstancePart {
  return { partId: role, role, raterUids: [...(roles[role] ?? [])] };
}

function has(roles: RoleAssignments, role: TrajectRole): boolean {
  return (roles[role]?.length ?? 0) > 0;
}

const MONTHS_JAAR1 = {
  combel: [3, 6, 9],
  combelDocent: [3, 9],
  advies: [6, 9],
  diensten: [6, 9],
};
const MONTHS_JAAR3 = {
  combel: [3, 6, 9],
  combelDocent: [3, 9],
  advies: [3, 8],
  diensten: [6],
};

interface MeetingRule {
  month: number;
  recorder: TrajectRole;
  /** If the recorder role has no holder, this role records instead. */
  fallback?: TrajectRole;
  attendees: TrajectRole[];
  note: string;
}

/** Seed 002 table "voortgangsgesprekken". */
export const VOORTGANGSGESPREKKEN: Record<'huisarts_jaar1' | 'huisarts_jaar3', MeetingRule[]> = {
  huisarts_jaar1: [
    {
      month: 4,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios', 'opleider'],
      note: 'Op de opleidingspraktijk',
    },
    {
      month: 6,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios'],
      note: 'Tweede voortgangsgesprek',
    },
    {
      month: 9,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios', 'opleider'],
      note: 'Go / no-go / go op voorwaarden',
    },
  ],
  huisarts_jaar3: [
    {
      month: 3,
      recorder: 'tutor',
      fallback: 'groepsdocent',
      attendees: ['tutor', 'aios', 'opleider'],
      note: 'Voorlopig voortgangsadvies derde jaar',
    },
    { month: 6, recorder: 'opleider', attendees: ['aios', 'opleider'], note: 'Gesprek aios en opleider' },
    {
      month: 8,
      recorder: 'tutor',
      fallback: 'groepsdocent',
      attendees: ['tutor', 'aios', 'opleider'],
      note: 'Voortgangsadvies en voortgangsbeslissing derde jaar',
    },
    {
      month: 12,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios'],
      note: 'Individueel opleidingsplan en terugblik op de opleidingspraktijk',
    },
  ],
};

function huisarts(t: ScheduleTraject, clock: Clock, jaar: 1 | 3): Occurrence[] {
  const r = t.roles;
  const m = jaar === 1 ? MONTHS_JAAR1 : MONTHS_JAAR3;
  const out: Occurrence[] = [];

  for (const month of m.combel) {
    const parts = [part(r, 'aios'), part(r, 'opleider')];
    if (m.combelDocent.includes(month)) parts.push(part(r, 'groepsdocent'));
    out.push({
      formType: 'combel',
      occurrenceKey: `combel-m${month}`,
      title: `ComBel maand ${month}`,
      month,
      dueDate: clock.month(month),
      parts,
    });
  }

  for (const month of m.advies) {
    out.push({
      formType: 'voortgangsadvies',
      occurrenceKey: `voortgangsadvies-m${month}`,
      title: `Voortgangsadvies maand ${month}`,
      month,
      dueDate: clock.month(month),
      parts: [part(r, 'opleider')],
    });
  }
  const lastAdvies = Math.max(...m.advies);
  const lastAdviesDue = clock.month(lastAdvies);
  out.push({
    formType: 'voortgangsbeslissing',
    occurrenceKey: 'voortgangsbeslissing',
    title: `Voortgangsbeslissing jaar ${jaar}`,
    dueDate: addDaysIso(lastAdviesDue, 28),
    opensDate: lastAdviesDue,
    parts: [{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', raterUids: [] }],
  });

  const opleiders = r.opleider ?? [];
  const duo = opleiders.length > 1;
  for (const [i, o] of opleiders.entries()) {
    const suffix = duo ? ` – ${t.names?.[o] ?? `opleider ${i + 1}`}` : '';
    out.push({
      formType: 'leoh',
      occurrenceKey: `leoh-private-m3-${o}`,
      title: `LEOh maand 3 (eigen gebruik)${suffix}`,
      month: 3,
      dueDate: clock.month(3),
      leohKind: 'private',
      subjectUid: o,
      parts: [part(r, 'aios')],
    });
    // "na negen/tien maanden": the window opens at month 9, the deadline is month 10.
    out.push({
      formType: 'leoh',
      occurrenceKey: `leoh-dossier-m9-${o}`,
      title: `LEOh maand 9–10 (dossier)${suffix}`,
      month: 10,
      opensDate: clock.month(9),
      dueDate: clock.month(10),
      leohKind: 'dossier',
      subjectUid: o,
      parts: [part(r, 'aios')],
    });
  }

  for (const month of m.diensten) {
    out.push({
      formType: 'diensten',
      occurrenceKey: `diensten-m${month}`,
      title: `Voortgangsrapportage diensten maand ${month}`,
      month,
      dueDate: clock.month(month),
      parts: [part(r, 'opleider')],
    });
  }

  for (const g of VOORTGANGSGESPREKKEN[jaar === 1 ? 'huisarts_jaar1' : 'huisarts_jaar3']) {
    const recorder = !has(r, g.recorder) && g.fallback ? g.fallback : g.recorder;
    out.push({
      formType: 'voortgangsgesprek',
      occurrenceKey: `voortgangsgesprek-m${g.month}`,
      title: `Voortgangsgesprek maand ${g.month}`,
      month: g.month,
      dueDate: clock.month(g.month),
      parts: [part(r, recorder)],
      meeting: { attendees: g.attendees, note: g.note },
    });
  }
  return out;
}

function pdg(t: ScheduleTraject, clock: Clock, duration: number): Occurrence[] {
  const r = t.roles;
  const half = duration / 2;
  const out: Occurrence[] = [];
  out.push({
    formType: 'overeenkomst_wpb',
    occurrenceKey: 'overeenkomst-wpb',
    title: 'Overeenkomst werkplekbegeleider',
    month: 1,
    opensDate: t.startDate,
    dueDate: clock.month(1),
    parts: [part(r, 'werkplekbegeleider'), part(r, 'deelnemer'), part(r, 'pdg_trainer')],
  });
  // 4 visits: 2 in each half, due at the quarter marks; each half's visits open at its start.
  for (let k = 1; k <= 4; k++) {
    const firstHalf = k <= 2;
    out.push({
      formType: 'observatie',
      occurrenceKey: `observatie-${k}`,
      title: `Lesbezoek ${k} werkplekbegeleider (${firstHalf ? 'eerste' : 'tweede'} helft)`,
      month: (k * duration) / 4,
      opensDate: firstHalf ? t.startDate : clock.month(half),
      dueDate: clock.month((k * duration) / 4),
      parts: [part(r, 'werkplekbegeleider')],
    });
  }
  out.push({
    formType: 'observatie',
    occurrenceKey: 'observatie-formatief',
    title: 'Formatief lesbezoek PDG-trainer (halverwege)',
    month: half,
    dueDate: clock.month(half),
    parts: [part(r, 'pdg_trainer')],
  });
  out.push({
    formType: 'ontwikkelingsmeter',
    occurrenceKey: 'ontwikkelingsmeter-tussentijds',
    title: 'Ontwikkelingsmeter tussentijds portfolio',
    month: half,
    dueDate: clock.month(half),
    parts: [part(r, 'werkplekbegeleider')],
  });
  out.push({
    formType: 'ontwikkelingsmeter',
    occurrenceKey: 'ontwikkelingsmeter-eind',
    title: 'Ontwikkelingsmeter kwalificatieportfolio',
    month: duration,
    dueDate: clock.month(duration),
    parts: [part(r, 'werkplekbegeleider')],
  });
  // The deelnemer chooses the moment; the latest sensible request leaves two months for the visit.
  out.push({
    formType: 'aanvraag_summatief',
    occurrenceKey: 'aanvraag-summatief-1',
    title: 'Aanvraag summatief lesbezoek',
    month: duration - 2,
    opensDate: t.startDate,
    dueDate: clock.month(duration - 2),
    parts: [part(r, 'deelnemer'), part(r, 'pdg_trainer')],
  });
  return out;
}

/** LED: at least 2 observations a year, evenly spread; leerdoelen in the first month. */
export function ledObservationCount(durationMonths: number): number {
  return Math.max(2, Math.ceil((2 * durationMonths) / 12));
}

function led(t: ScheduleTraject, clock: Clock, duration: number): Occurrence[] {
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

export const LEARNER_REPORT_INTERVAL_DAYS = 49; // 7 weeks: the middle of "every 6–8 weeks"

function mbo(t: ScheduleTraject, clock: Clock, duration: number): Occurrence[] {
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

function windowFor(formType: FormType, options: ScheduleOptions): WindowRule {
  const w = { ...DEFAULT_WINDOWS[formType], ...options.windows?.[formType] };
  if (options.remindDaysBefore !== undefined && options.windows?.[formType]?.remindDaysBefore === undefined) {
    w.remindDaysBefore = options.remindDaysBefore;
  }
  return w;
}

function toSpec(t: ScheduleTraject, o: Occurrence, options: ScheduleOptions): FormInstanceSpec {
  const w = windowFor(o.formType, options);
  const opensDate = o.opensDate ?? addDaysIso(o.dueDate, -w.opensDaysBefore);
  const remindDate = addDaysIso(o.dueDate, -w.remindDaysBefore);
  const spec: FormInstanceSpec = {
    formId: `${t.trajectId}__${o.occurrenceKey}`,
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

/**
 * An instance created on demand rather than by the schedule: a KPB/KVB, a summative assessment after
 * a go, a second summative request after a no-go. `sequence` makes the occurrenceKey unique
 * (e.g. 'kpb-17', 'beoordeling-summatief-1').
 */
export function adHocInstance(
  traject: ScheduleTraject,
  formType: 'kpb' | 'aanvraag_summatief' | 'beoordeling_summatief' | 'observatie' | 'leerdoelen',
  args: { sequence: number; dueDate: string; opensDate?: string; title?: string },
  options: ScheduleOptions = {},
): FormInstanceSpec {
  const r = traject.roles;
  const defaults: Record<typeof formType, { key: string; title: string; parts: InstancePart[] }> = {
    kpb: { key: 'kpb', title: 'KPB/KVB', parts: [part(r, 'aios'), part(r, 'opleider')] },
    aanvraag_summatief: {
      key: 'aanvraag-summatief',
      title: 'Aanvraag summatief lesbezoek',
      parts: [part(r, 'deelnemer'), part(r, 'pdg_trainer')],
    },
    beoordeling_summatief: {
      key: 'beoordeling-summatief',
      title: 'Beoordeling summatief lesbezoek',
      parts: [part(r, 'assessor'), part(r, 'tweede_assessor')],
    },
    observatie: {
      key: 'observatie-extra',
      title: 'Extra lesbezoek',
      parts: [
        part(r, PROGRAMMES[traject.programme].family === 'led' ? 'collega_docent' : 'werkplekbegeleider'),
      ],
    },
    leerdoelen: { key: 'leerdoelen', title: 'Leerdoelen', parts: [part(r, 'deelnemer')] },
  };
  const d = defaults[formType];
  const o: Occurrence = {
    formType,
    occurrenceKey: `${d.key}-${args.sequence}`,
    title: args.title ?? `${d.title} ${args.sequence}`,
    dueDate: args.dueDate,
    parts: d.parts,
  };
  if (args.opensDate) o.opensDate = args.opensDate;
  return toSpec(traject, o, options);
}

// ---------------------------------------------------------------------------------------------
// KPB/KVB pace: about 40 a year (one a week), a pace indicator rather than 40 deadlines.

export const KPB_TARGET_PER_YEAR = 40;
/** Within this many KPBs of the expected count the aios is "op schema". */
export const KPB_TOLERANCE = 2;

export interface KpbPace {
  target: number;
  /** How many should have been done by `asOf` at an even pace. */
  expected: number;
  completed: number;
  status: 'achter' | 'op_schema' | 'voor';
  /** KPBs per week needed from now to reach the target (0 when reached). */
  perWeekNeeded: number;
  /** Dutch summary, e.g. '12 van 40 KPB/KVB (verwacht: 15) – achter op schema'. */
  label: string;
}

export function kpbPace(
  traject: Pick<ScheduleTraject, 'startDate' | 'partTimeFactor' | 'pauses'>,
  completed: number,
  asOf: Date,
  target = KPB_TARGET_PER_YEAR,
): KpbPace {
  const pauses = normalisePauses(traject.startDate, traject.pauses);
  // The year of training, stretched for part-time, lengthened by pauses.
  const end = shiftForPauses(
    addMonthsIso(traject.startDate, stretchMonths(12, traject.partTimeFactor ?? 1)),
    pauses,
  );
  const today = toIsoDate(asOf);
  const pausedTotal = pausedDaysBefore(end, pauses);
  const totalDays = daysBetweenIso(traject.startDate, end) - pausedTotal;
  const rawElapsed =
    today < traject.startDate ? 0 : daysBetweenIso(traject.startDate, today > end ? end : today);
  const elapsed = Math.max(0, rawElapsed - pausedDaysBefore(today, pauses));
  const expected = Math.min(target, Math.floor((target * elapsed) / totalDays));
  const status =
    completed < expected - KPB_TOLERANCE
      ? 'achter'
      : completed > expected + KPB_TOLERANCE
        ? 'voor'
        : 'op_schema';
  const remaining = Math.max(0, target - completed);
  const weeksLeft = Math.max(1, (totalDays - elapsed) / 7);
  const perWeekNeeded = remaining === 0 ? 0 : Math.round((remaining / weeksLeft) * 10) / 10;
  const statusText = { achter: 'achter op schema', op_schema: 'op schema', voor: 'voor op schema' }[status];
  return {
    target,
    expected,
    completed,
    status,
    perWeekNeeded,
    label: `${completed} van ${target} KPB/KVB (verwacht: ${expected}) – ${statusText}`,
  };
}
