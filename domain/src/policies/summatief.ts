/**
 * The summative lesson visit of the PDG (seed 003; docs/rules.md "Summative lesson visit"). The deelnemer
 * decides when to request it (aanvraag summatief): no deadline and no reminders for the request, only a notice
 * when the end of the programme approaches without one. The PDG-trainer records go / no-go in the request's
 * second part. On a go the server creates the assessment (beoordeling summatief) with the assessor and the
 * tweede assessor parts, filled by whom the secretariat assigned on the traject (never the werkplekbegeleider:
 * adHocInstance leaves barred holders off); on a no-go it creates a new request. Clients never create forms.
 */
import { addDaysIso } from '../dates';
import type { FormType } from '../forms/types';
import { isFeedbackPartId, type PartId } from '../programmes';
import { adHocInstance } from '../schedule/adHoc';
import type { FormInstanceSpec } from '../schedule/types';
import { DEFAULT_WINDOWS } from '../schedule/windows';
import type { ScheduleTraject } from '../traject';
import type { FormStatus, PartStatus } from './common';

export const AANVRAAG_SUMMATIEF_KEY = 'aanvraag-summatief';
export const BEOORDELING_SUMMATIEF_KEY = 'beoordeling-summatief';
/** After a go the visit is planned and assessed within this many days (the assessment's due day). */
export const BEOORDELING_TERMIJN_DAGEN = 42;
/** The notice "the programme ends and you have not requested yet" starts this many days before the end. */
export const AANVRAAG_NOTICE_DAGEN = DEFAULT_WINDOWS.aanvraag_summatief.remindDaysBefore;
/** `origin` of a form the server created from a go / no-go (kept in step with the traject's roles). */
export const SUMMATIEF_ORIGIN = 'summatief';

export type Besluit = 'go' | 'no_go';

/** The PDG-trainer's decision in a request's answers, if any. */
export function besluitOf(answers: Record<string, unknown> | undefined): Besluit | null {
  const b = answers?.besluit;
  return b === 'go' || b === 'no_go' ? b : null;
}

/** The sequence number of an occurrence key like 'aanvraag-summatief-2' (null for another key). */
export function summatiefSequence(occurrenceKey: string, key: string): number | null {
  const m = new RegExp(`^${key}-([1-9][0-9]{0,2})$`).exec(occurrenceKey);
  return m ? Number(m[1]) : null;
}

export interface SummatiefFormRef {
  formType: FormType;
  occurrenceKey: string;
  status: FormStatus;
}

export type Vervolg =
  | { ok: true; formType: 'beoordeling_summatief' | 'aanvraag_summatief'; sequence: number }
  | { ok: false; reason: string };

/**
 * What follows a decided request. `aanvraag` is the request (its envelope completed: both parts in) and
 * `forms` every form of the traject. At most one assessment per traject ever (a second go, a retried trigger
 * or a go on an older request creates nothing); a no-go leads to exactly one next request, and only while no
 * other request is open.
 */
export function summatiefVervolg(
  aanvraag: SummatiefFormRef & { besluit: Besluit | null },
  forms: readonly SummatiefFormRef[],
): Vervolg {
  if (aanvraag.formType !== 'aanvraag_summatief')
    return { ok: false, reason: 'Alleen een aanvraag summatief lesbezoek heeft een vervolg.' };
  const n = summatiefSequence(aanvraag.occurrenceKey, AANVRAAG_SUMMATIEF_KEY);
  if (n === null) return { ok: false, reason: 'Onbekende aanvraag.' };
  if (aanvraag.status !== 'completed' || aanvraag.besluit === null)
    return { ok: false, reason: 'Over deze aanvraag is nog geen besluit genomen.' };
  const live = forms.filter((f) => f.status !== 'vervallen');
  if (aanvraag.besluit === 'go') {
    if (live.some((f) => f.formType === 'beoordeling_summatief'))
      return { ok: false, reason: 'Er is al een beoordeling summatief lesbezoek.' };
    return { ok: true, formType: 'beoordeling_summatief', sequence: n };
  }
  const requests = live.filter((f) => f.formType === 'aanvraag_summatief');
  const later = requests.some((f) => (summatiefSequence(f.occurrenceKey, AANVRAAG_SUMMATIEF_KEY) ?? 0) > n);
  if (later) return { ok: false, reason: 'Er is al een nieuwe aanvraag.' };
  if (requests.some((f) => f.status === 'open' && f.occurrenceKey !== aanvraag.occurrenceKey))
    return { ok: false, reason: 'Er staat al een aanvraag open.' };
  if (live.some((f) => f.formType === 'beoordeling_summatief'))
    return { ok: false, reason: 'Er is al een beoordeling summatief lesbezoek.' };
  return { ok: true, formType: 'aanvraag_summatief', sequence: n + 1 };
}

/**
 * The spec of a follow-up form. `endDate` is the programme's end (the first request's due day, see pdg.ts);
 * `decidedOn` the Amsterdam day of the decision. Also used to keep an existing follow-up in step with the
 * traject's roles: pass the same days again.
 */
export function vervolgSpec(
  traject: ScheduleTraject,
  vervolg: { formType: 'beoordeling_summatief' | 'aanvraag_summatief'; sequence: number },
  days: { endDate: string; decidedOn: string },
): FormInstanceSpec {
  if (vervolg.formType === 'beoordeling_summatief') {
    return adHocInstance(traject, 'beoordeling_summatief', {
      sequence: vervolg.sequence,
      opensDate: days.decidedOn,
      dueDate: addDaysIso(days.decidedOn, BEOORDELING_TERMIJN_DAGEN),
      title: 'Beoordeling summatief lesbezoek',
    });
  }
  return adHocInstance(traject, 'aanvraag_summatief', {
    sequence: vervolg.sequence,
    opensDate: days.decidedOn,
    dueDate: days.endDate < days.decidedOn ? days.decidedOn : days.endDate,
    title: `Aanvraag summatief lesbezoek (${vervolg.sequence}e aanvraag)`,
  });
}

/**
 * How the reminder job treats an open part. The request is the deelnemer's own moment: her part is never a
 * reminder or escalation, only a notice once the end approaches (the envelope's remindFrom). The PDG-trainer has
 * nothing to decide while the request is not in.
 */
export type ReminderKind = 'herinnering' | 'melding' | 'geen';

export function reminderKind(
  formType: FormType,
  partId: PartId | string,
  parts: Readonly<Record<string, { status?: PartStatus | undefined }>>,
): ReminderKind {
  // A feedback giver is asked once, by the person who needs the feedback; nobody is reminded or escalated to.
  if (isFeedbackPartId(String(partId))) return 'geen';
  if (formType !== 'aanvraag_summatief') return 'herinnering';
  if (partId === 'deelnemer') return 'melding';
  return parts.deelnemer?.status === 'submitted' ? 'herinnering' : 'geen';
}

/** A due day that is shown as a deadline (the request has none: it is the end of the programme). */
export function hasDeadline(formType: FormType, partId: PartId | string): boolean {
  return !(formType === 'aanvraag_summatief' && partId === 'deelnemer');
}

/**
 * The notice on the deelnemer's home and in her digest: the programme's end (the request's due day) is within
 * AANVRAAG_NOTICE_DAGEN (the envelope's remindFrom) and her request is not in.
 */
export function aanvraagMeldingDue(
  form: {
    formType: FormType;
    remindFrom: Date;
    status: FormStatus;
    parts: Readonly<Record<string, { status?: PartStatus | undefined } | undefined>>;
  },
  now: Date,
): boolean {
  return (
    form.formType === 'aanvraag_summatief' &&
    form.status === 'open' &&
    form.parts.deelnemer?.status !== 'submitted' &&
    now.getTime() >= form.remindFrom.getTime()
  );
}
