/**
 * Clock: nominal training months → calendar due day.
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
import { addDaysIso, addMonthsIso, daysBetweenIso } from '../dates';

/** Calendar months for training month m at the part-time factor (see the header comment). */
export function stretchMonths(month: number, partTimeFactor = 1): number {
  if (!(partTimeFactor > 0 && partTimeFactor <= 1)) throw new RangeError('partTimeFactor must be in (0, 1]');
  return Math.round(month / partTimeFactor + 1e-9);
}

export interface Span {
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

export class Clock {
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
