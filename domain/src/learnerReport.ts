/**
 * Team overview of learner reports (seed 004): which of the 11 activity types a team learns from.
 * Individual answers stay with the teacher; the team and its leidinggevende see only these counts.
 */
import { ACTIVITEIT_TYPES, type ActiviteitType } from './forms/options';

/**
 * The overview is shown only from this many reports of this many teachers on (rule 10 of docs/rules.md): a smaller
 * group would let the reader recognise one teacher's activities.
 */
export const MIN_TEACHERS_FOR_OVERVIEW = 3;
export const MIN_REPORTS_FOR_OVERVIEW = 5;

export interface ActivityCount {
  type: ActiviteitType;
  label: string;
  categorie: 'informeel' | 'formeel';
  count: number;
  /** Share of all typed activities, 0..1. */
  share: number;
}

export interface TeamActivityOverview {
  reports: number;
  teachers: number;
  activities: number;
  byType: Record<ActiviteitType, number>;
  byCategory: { informeel: number; formeel: number };
  /** All 11 types, most frequent first (ties in the seed's order). */
  ranked: ActivityCount[];
  /** False below MIN_REPORTS_FOR_OVERVIEW reports or MIN_TEACHERS_FOR_OVERVIEW teachers. */
  sufficient: boolean;
}

export interface ReportForOverview {
  /** The teacher (deelnemer uid) who wrote the report. */
  authorUid: string;
  answers: { activiteiten?: readonly { type?: string }[] };
}

const KNOWN = new Map<string, (typeof ACTIVITEIT_TYPES)[number]>(ACTIVITEIT_TYPES.map((t) => [t.value, t]));

/** Count activity types over a team's submitted reports; unknown or missing types are skipped. */
export function teamActivityOverview(reports: readonly ReportForOverview[]): TeamActivityOverview {
  const byType = Object.fromEntries(ACTIVITEIT_TYPES.map((t) => [t.value, 0])) as Record<
    ActiviteitType,
    number
  >;
  const byCategory = { informeel: 0, formeel: 0 };
  let activities = 0;
  for (const r of reports) {
    for (const a of r.answers.activiteiten ?? []) {
      const t = a.type === undefined ? undefined : KNOWN.get(a.type);
      if (!t) continue;
      byType[t.value] += 1;
      byCategory[t.categorie] += 1;
      activities += 1;
    }
  }
  const order = ACTIVITEIT_TYPES.map((t) => t.value);
  const ranked = ACTIVITEIT_TYPES.map((t) => ({
    type: t.value,
    label: t.label,
    categorie: t.categorie,
    count: byType[t.value],
    share: activities === 0 ? 0 : byType[t.value] / activities,
  })).sort((a, b) => b.count - a.count || order.indexOf(a.type) - order.indexOf(b.type));
  const teachers = new Set(reports.map((r) => r.authorUid)).size;
  return {
    reports: reports.length,
    teachers,
    activities,
    byType,
    byCategory,
    ranked,
    sufficient: teachers >= MIN_TEACHERS_FOR_OVERVIEW && reports.length >= MIN_REPORTS_FOR_OVERVIEW,
  };
}
