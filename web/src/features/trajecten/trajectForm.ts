// The traject editor's form values, validated with the domain's traject schema (the fields the secretariat
// edits, picked from trajectFieldsSchema: no second schema), and the Dutch labels its messages are shown with.
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  PROGRAMMES,
  trajectFieldsSchema,
  type LateForms,
  type RoleAssignments,
  type TrajectRole,
} from '@praktijkvolg/domain';
import type { TrajectDoc } from './model';

export const trajectEditorSchema = trajectFieldsSchema.pick({
  programme: true,
  traineeName: true,
  workplace: true,
  startDate: true,
  partTimeFactor: true,
  pauses: true,
  roles: true,
  names: true,
  status: true,
});
export type TrajectValues = z.input<typeof trajectEditorSchema>;

export const emptyTraject = (): TrajectValues => ({
  programme: 'huisarts_jaar1',
  traineeName: '',
  workplace: '',
  startDate: '',
  partTimeFactor: 1,
  pauses: [],
  roles: {},
  names: {},
  status: 'actief',
});

export const valuesOf = (t: TrajectDoc): TrajectValues => ({
  programme: t.programme,
  traineeName: t.traineeName,
  workplace: t.workplace,
  startDate: t.startDate,
  partTimeFactor: t.partTimeFactor,
  pauses: t.pauses,
  roles: t.roles,
  names: t.names,
  status: t.status,
});

/** "0,8" and "0.8" both read as a number; an empty field as NaN (the resolver explains it). */
export const parseFactor = (v: unknown): number =>
  v === '' || v === null || v === undefined ? Number.NaN : Number(String(v).replace(',', '.'));

const FACTOR_MISSING = 'Vul de deeltijdfactor in: een getal van 0,5 tot en met 1.';

/** zodResolver on the domain schema; a factor that is no number at all gets a Dutch message too. */
export function trajectResolver(): Resolver<TrajectValues> {
  const zr = zodResolver(trajectEditorSchema) as unknown as Resolver<TrajectValues>;
  return async (values, context, options) => {
    const result = await zr(values, context, options);
    if (!Number.isFinite(values.partTimeFactor) && result.errors.partTimeFactor) {
      result.errors.partTimeFactor = { type: 'custom', message: FACTOR_MISSING };
    }
    return result;
  };
}

const LABELS: Record<string, string> = {
  programme: 'Opleiding',
  workplace: 'Opleidingspraktijk of school',
  pauses: 'Onderbrekingen',
  startDate: 'Startdatum',
  partTimeFactor: 'Deeltijdfactor',
  status: 'Status',
  roles: 'Rollen',
  names: 'Namen',
};
const PAUSE_LABELS: Record<string, string> = { from: 'Van', to: 'Tot en met', reason: 'Reden' };

/** The label a message at `path` is shown with: "Startdatum", "Onderbreking 2 – Tot en met". */
export function trajectFieldLabel(path: string, traineeLabel: string): string {
  const [key, index, sub] = path.split('.');
  if (key === 'traineeName') return traineeLabel;
  if (key === 'pauses' && index !== undefined && /^\d+$/.test(index)) {
    return [`Onderbreking ${Number(index) + 1}`, sub && PAUSE_LABELS[sub]].filter(Boolean).join(' – ');
  }
  return LABELS[key ?? ''] ?? path;
}

const ORDER = [
  'programme',
  'traineeName',
  'workplace',
  'startDate',
  'partTimeFactor',
  'status',
  'pauses',
  'roles',
  'names',
] as const;

/** Every message in the errors, with its path, in the order of the form. */
export function trajectErrors(errors: FieldErrors<TrajectValues>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.message === 'string' && n.message) out.push({ path, message: n.message });
    for (const [k, v] of Object.entries(n)) {
      if (!['message', 'type', 'ref', 'types'].includes(k)) visit(v, path ? `${path}.${k}` : k);
    }
  };
  for (const key of ORDER) visit((errors as Record<string, unknown>)[key], key);
  return out;
}

/** The fields to write: roles of another programme dropped (the programme changed), late-registration choices kept. */
export function fieldsToSave(values: TrajectValues, instituteId: string, lateForms: LateForms | undefined) {
  const allowed = new Set(PROGRAMMES[values.programme].roles.map((r) => r.role));
  const roles = Object.fromEntries(
    Object.entries(values.roles).filter(([r]) => allowed.has(r as TrajectRole)),
  ) as RoleAssignments;
  return { ...values, roles, instituteId, ...(lateForms && { lateForms }) };
}
