// KPB/KVB pace: about 40 a year (one a week), a pace indicator rather than 40 deadlines.
import { addMonthsIso, daysBetweenIso, toIsoDate } from '../dates';
import type { ScheduleTraject } from '../traject';
import { normalisePauses, pausedDaysBefore, shiftForPauses, stretchMonths } from './clock';

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
  /** Dutch summary, e.g. '12 van 40 (verwacht 15), achter op schema'. */
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
    label: `${completed} van ${target} (verwacht ${expected}), ${statusText}`,
  };
}
