// Overdue parts across an institute's forms, one row per part, for the secretariat's overview.
import {
  daysLate,
  getFormDefinition,
  PROGRAMMES,
  toIsoDate,
  type FormType,
  type PartId,
  type ProgrammeId,
} from '@praktijkvolg/domain';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';

export interface OverdueRow {
  formId: string;
  partId: PartId;
  trajectId: string;
  traineeName: string;
  programme: ProgrammeId;
  formType: FormType;
  formTitle: string;
  partLabel: string;
  raters: string;
  status: 'open' | 'draft';
  dueAt: Date;
  daysLate: number;
  /** Someone holds the part (a reminder has somebody to go to). */
  hasRaters: boolean;
  /** The secretariat sent "herinner nu" for this part today (remindNow: once per part per day). */
  remindedToday: boolean;
  /** Late registration, still to be done (domain schedule/lateRegistration.ts): listed before its new due date too. */
  late: boolean;
}

export function overdueRows(
  forms: readonly FormEnvelope[],
  trajecten: ReadonlyMap<string, TrajectDoc>,
  now: Date,
): OverdueRow[] {
  const rows: OverdueRow[] = [];
  const today = toIsoDate(now);
  for (const f of forms) {
    // A late-registered form still to be done is backlog from the day it is registered (docs/data-model.md lateForms).
    if (f.status !== 'open' || (f.dueAt >= now && f.lateRegistration !== true)) continue;
    const def = getFormDefinition(f.formType);
    const t = trajecten.get(f.trajectId);
    for (const pd of def.parts) {
      const part = f.parts[pd.partId];
      if (!part || part.status === 'submitted') continue;
      rows.push({
        formId: f.formId,
        partId: pd.partId,
        trajectId: f.trajectId,
        traineeName: t?.traineeName ?? f.trajectId,
        programme: f.programme,
        formType: f.formType,
        formTitle: f.title,
        partLabel: pd.label,
        raters: part.raterUids.map((u) => t?.names[u] ?? u).join(', ') || (pd.staff ? pd.label : '—'),
        status: part.status,
        dueAt: f.dueAt,
        daysLate: daysLate(f.dueAt, now),
        hasRaters: part.raterUids.length > 0,
        remindedToday: f.remindedOn?.[pd.partId] === today,
        late: f.lateRegistration === true,
      });
    }
  }
  return rows.sort((a, b) => a.traineeName.localeCompare(b.traineeName, 'nl') || b.daysLate - a.daysLate);
}

export interface OverdueFilter {
  search: string;
  programme: ProgrammeId | '';
  formType: FormType | '';
  minDaysLate: number;
}

export function filterRows(rows: readonly OverdueRow[], f: OverdueFilter): OverdueRow[] {
  const q = f.search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (f.programme === '' || r.programme === f.programme) &&
      (f.formType === '' || r.formType === f.formType) &&
      r.daysLate >= f.minDaysLate &&
      (q === '' || `${r.traineeName} ${r.raters} ${r.formTitle}`.toLowerCase().includes(q)),
  );
}

export const CSV_HEADER = [
  'Aios/deelnemer',
  'Opleiding',
  'Formulier',
  'Deel',
  'Invuller(s)',
  'Status',
  'Deadline',
  'Dagen te laat',
] as const;

export function csvRow(r: OverdueRow): (string | number)[] {
  return [
    r.traineeName,
    PROGRAMMES[r.programme].label,
    r.formTitle,
    r.partLabel,
    r.raters,
    r.status === 'draft' ? 'concept' : 'niet begonnen',
    toIsoDate(r.dueAt),
    r.daysLate,
  ];
}
