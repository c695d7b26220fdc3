/**
 * The progress decision and what follows it (rule 4 of docs/rules.md; docs/rules.md "Progress decision and
 * conditions"). Seed 002: the opleider's voortgangsadvies and the docenten's advice (given in the voortgangsgesprek
 * of jaar 1 month 9, jaar 3 month 8) are taken into the total advice; the hoofd opleiding decides "door", "door
 * onder voorwaarden" or "niet door". The decision waits until both are in. A decision "door onder voorwaarden"
 * gets a follow-up form (`voorwaarden_vervolg`): the conditions and their deadline on its envelope, one part for
 * the hoofd opleiding, in the hoofd's digest until closed with an outcome. The jaar 3 month-3 advice is
 * provisional ("voorlopig voortgangsadvies derde jaar").
 */
import { addDaysIso } from '../dates';
import type { Voorwaarden } from '../documents/forms';
import { isIsoDate } from '../forms/schema';
import type { FormType } from '../forms/types';
import type { ProgrammeId } from '../programmes';
import { adHocInstance } from '../schedule/adHoc';
import type { FormInstanceSpec } from '../schedule/types';
import type { ScheduleTraject } from '../traject';
import type { FormStatus } from './common';

/** The month of the voortgangsgesprek in which the docenten give the advice the decision waits for (seed 002). */
export const DOCENT_ADVICE_MONTH: Partial<Record<ProgrammeId, number>> = {
  huisarts_jaar1: 9,
  huisarts_jaar3: 8,
};
/** The occurrence key of that meeting's record, or undefined for a programme without one. */
export function adviceMeetingKey(programme: ProgrammeId): string | undefined {
  const month = DOCENT_ADVICE_MONTH[programme];
  return month === undefined ? undefined : `voortgangsgesprek-m${month}`;
}
/** Months whose voortgangsadvies is provisional, labelled "voorlopig" wherever shown (seed 002: jaar 3 month 3). */
export const VOORLOPIG_ADVIES_MONTHS: Partial<Record<ProgrammeId, readonly number[]>> = {
  huisarts_jaar3: [3],
};
export const VOORWAARDEN_VERVOLG_KEY = 'voorwaarden-vervolg';
/** A decision recorded before it had a deadline for its conditions (form version 1): this many days. */
export const VOORWAARDEN_TERMIJN_DAGEN = 90;

export const DECISION_WAITS_MESSAGE =
  'De voortgangsbeslissing kan pas worden vastgelegd als het voortgangsadvies van de opleider en het advies van de groepsdocenten binnen zijn.';

/** Is this the provisional advice (jaar 3, month 3)? Its title says so; this is for what is not a title. */
export function isVoorlopigAdvies(form: {
  programme: ProgrammeId;
  formType: FormType;
  occurrenceKey: string;
}): boolean {
  if (form.formType !== 'voortgangsadvies') return false;
  const m = /^voortgangsadvies-m(\d{1,2})$/.exec(form.occurrenceKey);
  return m !== null && (VOORLOPIG_ADVIES_MONTHS[form.programme] ?? []).includes(Number(m[1]));
}

/** The title of a voortgangsadvies occurrence: "Voorlopig voortgangsadvies maand 3" for the provisional one. */
export function voortgangsadviesTitle(programme: ProgrammeId, month: number): string {
  return (VOORLOPIG_ADVIES_MONTHS[programme] ?? []).includes(month)
    ? `Voorlopig voortgangsadvies maand ${month}`
    : `Voortgangsadvies maand ${month}`;
}

export interface AdviceFormRef {
  formType: FormType;
  occurrenceKey: string;
  status: FormStatus;
  title: string;
}

/**
 * What the decision still waits for, in Dutch (empty: it may be taken). `forms` are the traject's forms;
 * `docentAdvies` is the `advies` answer of the submitted record of the advice meeting (undefined when absent).
 * A record handed in without an advice does not count: the secretariat reopens it (reopenPart).
 */
export function adviceStillMissing(
  programme: ProgrammeId,
  forms: readonly AdviceFormRef[],
  docentAdvies: unknown,
): string[] {
  const missing: string[] = [];
  const live = forms.filter((f) => f.status !== 'vervallen');
  const advice = live.filter((f) => f.formType === 'voortgangsadvies');
  if (advice.length === 0) missing.push('Voortgangsadvies van de opleider');
  for (const f of advice)
    if (f.status !== 'completed' && f.status !== 'ingediend') missing.push(`${f.title} (opleider)`);
  const month = DOCENT_ADVICE_MONTH[programme];
  const meetingKey = adviceMeetingKey(programme);
  if (month === undefined || meetingKey === undefined) return missing;
  const meeting = live.find((f) => f.formType === 'voortgangsgesprek' && f.occurrenceKey === meetingKey);
  const title = meeting?.title ?? `Voortgangsgesprek maand ${month}`;
  if (!meeting || meeting.status !== 'completed')
    missing.push(`Advies van de groepsdocenten (${title.toLowerCase()})`);
  else if (typeof docentAdvies !== 'string' || docentAdvies === '')
    missing.push(
      `Advies van de groepsdocenten: het verslag van het ${title.toLowerCase()} is ingediend zonder advies; het secretariaat kan het verslag heropenen`,
    );
  return missing;
}

/**
 * Is this form advice the decision waits for (the opleider's voortgangsadvies, or the record of the meeting
 * where the docenten give theirs)? Reopening a part of it puts an open decision on hold again: advice under
 * correction is not advice yet (docs/rules.md, "Progress decision and conditions").
 */
export function isAdviceForDecision(
  form: Pick<AdviceFormRef, 'formType' | 'occurrenceKey'> & { programme: ProgrammeId },
): boolean {
  if (form.formType === 'voortgangsadvies') return true;
  const meetingKey = adviceMeetingKey(form.programme);
  return (
    form.formType === 'voortgangsgesprek' && meetingKey !== undefined && form.occurrenceKey === meetingKey
  );
}

/** May the hoofd opleiding record the decision (the server's flag on the decision form, set once advice is in)? */
export function decisionAwaitsAdvice(form: { formType: FormType; adviceComplete?: boolean | undefined }) {
  return form.formType === 'voortgangsbeslissing' && form.adviceComplete !== true;
}

export type VoorwaardenVervolg =
  { ok: true; voorwaarden: Voorwaarden; decidedOn: string } | { ok: false; reason: string };

/**
 * What follows a recorded decision: a follow-up only for "door onder voorwaarden", with its conditions and a
 * deadline (the decision's `voorwaardenUiterlijk`, or VOORWAARDEN_TERMIJN_DAGEN after the decision for one
 * recorded before that field existed). At most one per decision: the caller creates it with a deterministic id.
 */
export function voorwaardenVervolg(decision: {
  formId: string;
  formType: FormType;
  partStatus: string | undefined;
  answers: Record<string, unknown> | undefined;
  /** The Amsterdam day of the submission (fallback for the decision's date). */
  submittedOn: string;
}): VoorwaardenVervolg {
  if (decision.formType !== 'voortgangsbeslissing')
    return { ok: false, reason: 'Alleen een voortgangsbeslissing heeft een vervolg met voorwaarden.' };
  const a = decision.answers ?? {};
  if (decision.partStatus !== 'submitted')
    return { ok: false, reason: 'De beslissing is nog niet vastgelegd.' };
  if (a.uitkomst !== 'door_onder_voorwaarden')
    return { ok: false, reason: 'Geen beslissing onder voorwaarden.' };
  const tekst = typeof a.voorwaarden === 'string' ? a.voorwaarden.trim() : '';
  if (tekst === '') return { ok: false, reason: 'De beslissing noemt geen voorwaarden.' };
  const decidedOn =
    typeof a.datumBeslissing === 'string' && isIsoDate(a.datumBeslissing)
      ? a.datumBeslissing
      : decision.submittedOn;
  const uiterlijk =
    typeof a.voorwaardenUiterlijk === 'string' && isIsoDate(a.voorwaardenUiterlijk)
      ? a.voorwaardenUiterlijk
      : addDaysIso(decidedOn, VOORWAARDEN_TERMIJN_DAGEN);
  return {
    ok: true,
    voorwaarden: { tekst: tekst.slice(0, 2000), uiterlijk, beslissing: decision.formId },
    decidedOn,
  };
}

/** The follow-up form: opens on the decision day (never later than its deadline), due on the deadline. */
export function voorwaardenVervolgSpec(
  traject: ScheduleTraject,
  v: { voorwaarden: Voorwaarden; decidedOn: string },
): FormInstanceSpec {
  const opens = v.decidedOn < v.voorwaarden.uiterlijk ? v.decidedOn : v.voorwaarden.uiterlijk;
  return adHocInstance(traject, 'voorwaarden_vervolg', {
    sequence: 1,
    opensDate: opens,
    dueDate: v.voorwaarden.uiterlijk,
    title: 'Vervolg voorwaarden voortgangsbeslissing',
  });
}
