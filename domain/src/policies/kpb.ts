/**
 * The weekly KPB/KVB (docs/rules.md, "KPB/KVB"): the aios starts one when a moment with the opleider is
 * agreed; the opleider (or a waarnemend opleider the opleider names, policies/invitation.ts) fills the
 * observation part. About 40 a year: a pace indicator (schedule/kpbPace.ts), not 40 deadlines. The
 * `startKpb` function decides with `mayStartKpb`, the home screen shows the same refusal.
 */
import { addDaysIso, toIsoDate } from '../dates';
import { PROGRAMMES, type ProgrammeId } from '../programmes';
import type { RoleAssignments, ScheduleTraject, TrajectStatus } from '../traject';
import { kpbPace, type KpbPace } from '../schedule/kpbPace';
import type { FormStatus } from './common';
import type { FormType } from '../forms/types';
import type { DigestEventItem } from '../documents/digestEvents';

/** At most this many KPBs open at once per aios: a KPB is started when the observation is agreed. */
export const KPB_MAX_OPEN = 3;
/** At most this many started per Amsterdam day (a weekly form; more is a mistake or an abuse). */
export const KPB_STARTS_PER_DAY = 3;
/** A started KPB is due a week later: it is discussed in the next weekly leergesprek. */
export const KPB_DUE_DAYS = 7;

export interface KpbTraject {
  programme: ProgrammeId;
  status: TrajectStatus;
  roles: RoleAssignments;
  instituteId?: string;
}

export interface KpbStarter {
  uid: string;
  institute?: string;
  linkPart?: string;
}

export type KpbStartDecision = { ok: true } | { ok: false; reason: string; notYours?: boolean };

/** Is this a programme with KPBs (the huisartsopleiding)? */
export const hasKpb = (programme: ProgrammeId) => PROGRAMMES[programme].family === 'huisarts';

/**
 * May the actor start a new KPB on this traject now? Only the aios of the traject itself, on an active
 * huisarts traject with an opleider, below the open and daily limits.
 */
export function mayStartKpb(
  actor: KpbStarter,
  traject: KpbTraject,
  counts: { open: number; startedToday: number },
): KpbStartDecision {
  if (actor.linkPart)
    return { ok: false, reason: 'Met een eenmalige link kun je geen KPB starten.', notYours: true };
  const isAios = (traject.roles.aios ?? []).includes(actor.uid);
  const sameInstitute = !actor.institute || !traject.instituteId || actor.institute === traject.instituteId;
  if (!isAios || !sameInstitute)
    return { ok: false, reason: 'Alleen de aios van dit traject kan een KPB starten.', notYours: true };
  if (!hasKpb(traject.programme)) return { ok: false, reason: 'Een KPB/KVB hoort bij de huisartsopleiding.' };
  if (traject.status !== 'actief')
    return { ok: false, reason: 'Dit traject is niet meer actief: je kunt geen KPB meer starten.' };
  if ((traject.roles.opleider ?? []).length === 0)
    return {
      ok: false,
      reason: 'Er is nog geen opleider aan je traject gekoppeld. Vraag het secretariaat om dat te regelen.',
    };
  if (counts.open >= KPB_MAX_OPEN)
    return {
      ok: false,
      reason: `Je hebt al ${counts.open} KPB's openstaan (maximaal ${KPB_MAX_OPEN}). Rond die eerst af met je opleider voordat je een nieuwe start.`,
    };
  if (counts.startedToday >= KPB_STARTS_PER_DAY)
    return {
      ok: false,
      reason: `Je hebt vandaag al ${counts.startedToday} KPB's gestart. Start de volgende morgen.`,
    };
  return { ok: true };
}

/** What the KPB rules need of a form envelope. */
export interface KpbFormLike {
  formType: FormType;
  occurrenceKey: string;
  status: FormStatus;
}

const sequenceOf = (occurrenceKey: string): number | null => {
  const m = /^kpb-(\d{1,5})$/.exec(occurrenceKey);
  return m ? Number(m[1]) : null;
};

/** The sequence number of the next KPB of a traject: one past the highest so far (never reused). */
export function nextKpbSequence(forms: readonly KpbFormLike[]): number {
  let max = 0;
  for (const f of forms) {
    const n = f.formType === 'kpb' ? sequenceOf(f.occurrenceKey) : null;
    if (n !== null && n > max) max = n;
  }
  return max + 1;
}

/** KPBs still waiting for a part (counted against KPB_MAX_OPEN). */
export const openKpbCount = (forms: readonly KpbFormLike[]) =>
  forms.filter((f) => f.formType === 'kpb' && f.status === 'open').length;

/** KPBs done: both parts in. */
export const completedKpbCount = (forms: readonly KpbFormLike[]) =>
  forms.filter((f) => f.formType === 'kpb' && f.status === 'completed').length;

/** The due day of a KPB started at `now`: a week later, in Amsterdam days. */
export const kpbDueDate = (now: Date) => addDaysIso(toIsoDate(now), KPB_DUE_DAYS);

/**
 * The pace of one traject from its KPB forms; null for a programme without KPBs. The label reads as the
 * issue asks: "12 van 40 (verwacht 15), achter op schema".
 */
export function kpbPaceOfTraject(
  traject: Pick<ScheduleTraject, 'programme' | 'startDate' | 'partTimeFactor' | 'pauses'>,
  forms: readonly KpbFormLike[],
  asOf: Date,
): KpbPace | null {
  if (!hasKpb(traject.programme)) return null;
  return kpbPace(traject, completedKpbCount(forms), asOf);
}

/**
 * Falling behind is a line in the weekly digest (on Mondays, reminders/), never a mail per KPB: one digest
 * event per person per week (`weekOf`, the Monday) for the aios and each opleider of a traject behind.
 */
export function kpbBehindEvents(
  traject: { trajectId: string; traineeName: string; roles: RoleAssignments },
  pace: KpbPace,
  weekOf: string,
): { uid: string; item: DigestEventItem }[] {
  if (pace.status !== 'achter') return [];
  const line = `KPB/KVB: ${pace.label}`;
  const need = `Nodig om ${pace.target} te halen: ongeveer ${String(pace.perWeekNeeded).replace('.', ',')} per week.`;
  const item = (uid: string, title: string, why: string): { uid: string; item: DigestEventItem } => ({
    uid,
    item: {
      eventId: `kpb-achter_${traject.trajectId}_${weekOf}_${uid}`,
      kind: 'kpb_achter',
      title,
      why,
      path: '/',
      lines: [line, need],
    },
  });
  return [
    ...(traject.roles.aios ?? []).map((uid) =>
      item(
        uid,
        'Je KPB/KVB loopt achter op schema',
        'Spreek met je opleider een moment af en start de KPB vanaf je overzicht (Nieuwe KPB).',
      ),
    ),
    ...(traject.roles.opleider ?? []).map((uid) =>
      item(
        uid,
        `KPB/KVB van ${traject.traineeName} loopt achter op schema`,
        `Je bent opleider van ${traject.traineeName}; plan samen een KPB of KVB in het gezamenlijk spreekuur.`,
      ),
    ),
  ];
}
