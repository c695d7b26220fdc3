// The document builders of every test world and of the demo seed (scripts/seed/seed.ts), so no fixture can
// drift from the contracts in domain/: a traject goes through the domain's trajectSchema, with members, names
// and role history derived as the secretariat's editor derives them; a form's envelope and parts go through
// formEnvelopeSchema and partDocSchema, with readers and staff visibility from the domain's formAudience and
// windows on the schedule's day boundaries (docs/data-model.md).
import {
  endOfDayAmsterdam,
  formAudience,
  formEnvelopeSchema,
  FORM_DEFINITIONS,
  FORM_EXAMPLES,
  membersOf,
  nextRoleHistory,
  partDocSchema,
  startOfDayAmsterdam,
  trajectSchema,
  type FormType,
  type LeohKind,
  type PartId,
  type ProgrammeId,
  type RoleAssignments,
  type Traject,
} from '@praktijkvolg/domain';

export const DAY_MS = 86_400_000;
/** The calendar day in Amsterdam, 'YYYY-MM-DD'. */
export const isoDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

export interface TrajectInput {
  instituteId: string;
  programme: ProgrammeId;
  traineeName: string;
  workplace: string;
  startDate: string;
  roles: RoleAssignments;
  partTimeFactor?: number;
  pauses?: Traject['pauses'];
  status?: Traject['status'];
  /** The display name of a member (the traject keeps one per member). */
  nameOf: (uid: string) => string;
  updatedBy?: string;
}

/** A traject (active unless `status` says otherwise) as the secretariat's editor writes it; throws where the contract refuses it. */
export function trajectDoc(t: TrajectInput): Traject {
  const members = membersOf(t.roles);
  return trajectSchema.parse({
    instituteId: t.instituteId,
    programme: t.programme,
    traineeName: t.traineeName,
    workplace: t.workplace,
    startDate: t.startDate,
    partTimeFactor: t.partTimeFactor ?? 1,
    pauses: t.pauses ?? [],
    roles: t.roles,
    roleHistory: nextRoleHistory(undefined, t.roles),
    members,
    names: Object.fromEntries(members.map((uid) => [uid, t.nameOf(uid)])),
    status: t.status ?? 'actief',
    ...(t.updatedBy && { updatedBy: t.updatedBy }),
  });
}

export interface PartState {
  status: 'open' | 'draft' | 'submitted';
  answers?: Record<string, unknown>;
  /** Replaces the raters the traject's roles give (to model bad server data). */
  raterUids?: string[];
}

export interface FormInput {
  formId: string;
  trajectId: string;
  traject: Pick<Traject, 'instituteId' | 'programme' | 'traineeName' | 'roles'>;
  formType: FormType;
  title: string;
  /** Due this many days from `now` (negative: overdue). */
  dueInDays: number;
  leohKind?: LeohKind;
  subjectUid?: string;
  status?: 'open' | 'completed' | 'ingediend' | 'vervallen';
  parts: Partial<Record<PartId, PartState>>;
  /** Server-written fields on the envelope and every part (a decision's `adviceComplete`). */
  serverFields?: Record<string, unknown>;
  /** Server-written fields on the envelope only (a follow-up's `voorwaarden`). */
  envelopeFields?: Record<string, unknown>;
}

/**
 * An envelope and its parts, by path, as functions/src/forms writes them: open at 00:00 and due at 23:59:59
 * Amsterdam time, raters from the traject's roles (staff parts: none), a submitted part without answers given
 * the domain's example. `toTimestamp` makes the SDK's timestamp.
 */
export function formDocs<TS>(
  f: FormInput,
  now: Date,
  toTimestamp: (d: Date) => TS,
): [string, Record<string, unknown>][] {
  const ts = (d: Date | null) => (d ? toTimestamp(d) : null);
  const definition = FORM_DEFINITIONS[f.formType];
  const opensAt = startOfDayAmsterdam(
    isoDay(new Date(now.getTime() + (Math.min(f.dueInDays, 0) - 21) * DAY_MS)),
  );
  const dueAt = endOfDayAmsterdam(isoDay(new Date(now.getTime() + f.dueInDays * DAY_MS)));
  const closesAt = new Date(dueAt.getTime() + 42 * DAY_MS);
  const parts = (Object.keys(f.parts) as PartId[]).map((partId) => {
    const def = definition.parts.find((p) => p.partId === partId)!;
    const state = f.parts[partId]!;
    const raterUids =
      state.raterUids ?? (def.staff ? [] : [...(f.traject.roles[def.role as keyof RoleAssignments] ?? [])]);
    return { partId, role: def.role, raterUids, state };
  });
  const submittedAt = new Date(now.getTime() - 2 * DAY_MS);
  const audience = formAudience(
    {
      formId: f.formId,
      instituteId: f.traject.instituteId,
      formType: f.formType,
      status: f.status ?? 'open',
      ...(f.leohKind && { leohKind: f.leohKind }),
      ...(f.subjectUid && { subjectUid: f.subjectUid }),
      parts: parts.map((p) => ({
        partId: p.partId,
        role: p.role,
        raterUids: p.raterUids,
        status: p.state.status,
      })),
    },
    { roles: f.traject.roles },
  );
  const allSubmitted = parts.every((p) => p.state.status === 'submitted');
  const revealed = definition.sealed ? allSubmitted : true;
  const common = {
    instituteId: f.traject.instituteId,
    trajectId: f.trajectId,
    formType: f.formType,
    ...(f.leohKind && { leohKind: f.leohKind }),
    ...(f.subjectUid && { subjectUid: f.subjectUid }),
  };
  const envelope = {
    ...common,
    programme: f.traject.programme,
    occurrenceKey: f.formId.split('__')[1],
    title: f.title,
    traineeName: f.traject.traineeName,
    opensAt: ts(opensAt),
    dueAt: ts(dueAt),
    remindFrom: ts(new Date(dueAt.getTime() - 14 * DAY_MS)),
    closesAt: ts(closesAt),
    status: f.status ?? (allSubmitted ? 'completed' : 'open'),
    parts: Object.fromEntries(
      parts.map((p) => [
        p.partId,
        {
          role: p.role,
          raterUids: p.raterUids,
          status: p.state.status,
          ...(p.state.status === 'submitted' && { submittedAt: ts(submittedAt) }),
        },
      ]),
    ),
    raterUids: [...new Set(parts.flatMap((p) => p.raterUids))].sort(),
    readerUids: audience.readerUids,
    staffVisible: audience.staffVisible,
    revealed,
    nextReminderAt: allSubmitted ? null : ts(new Date(now.getTime() - 3_600_000)),
    ...f.serverFields,
    ...f.envelopeFields,
  };
  formEnvelopeSchema.parse(envelope);
  const partDocs = parts.map((p): [string, Record<string, unknown>] => {
    const doc = {
      ...common,
      formId: f.formId,
      role: p.role,
      raterUids: p.raterUids,
      opensAt: ts(opensAt),
      closesAt: ts(closesAt),
      status: p.state.status,
      answers:
        p.state.answers ??
        (p.state.status === 'submitted' ? (FORM_EXAMPLES[f.formType][p.partId] ?? {}) : {}),
      schemaVersion: definition.version,
      version: 1,
      revealed,
      updatedAt: ts(p.state.status === 'open' ? opensAt : submittedAt),
      updatedBy: p.state.status === 'open' ? null : (p.raterUids[0] ?? null),
      ...(p.state.status === 'submitted' && { submittedAt: ts(submittedAt) }),
      ...f.serverFields,
    };
    partDocSchema.parse(doc);
    return [`forms/${f.formId}/parts/${p.partId}`, doc];
  });
  return [[`forms/${f.formId}`, envelope], ...partDocs];
}
