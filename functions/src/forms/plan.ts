// Pure planning of what syncTrajectForms writes for one form: from the schedule's spec (or none, when the
// form left the schedule), the stored envelope and parts, and `now`, compute only the fields that differ.
// An empty plan means "write nothing", which makes a repeated sync a no-op and keeps triggers from looping.
import {
  countsForRound,
  FORM_DEFINITIONS,
  formAudience,
  type FormInstanceSpec,
  type FormStatus,
  type PartId,
  type RoleAssignments,
  type PartIndexEntry,
  type FormEnvelope,
  type LateMark,
  type PartDoc,
  partEntryOf,
} from '@praktijkvolg/domain';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { nextReminderFor } from './timing.js';

export interface FormState {
  envelope: FormEnvelope | null;
  /** Stored parts by partId (absent = not created yet). */
  parts: ReadonlyMap<string, PartDoc>;
}

export interface TrajectContext {
  instituteId: string;
  traineeName: string;
  roles: RoleAssignments;
}

export interface FormPlan {
  formId: string;
  createEnvelope?: Record<string, unknown>;
  updateEnvelope?: Record<string, unknown>;
  createParts: Record<string, Record<string, unknown>>;
  updateParts: Record<string, Record<string, unknown>>;
}

export function isEmptyPlan(plan: FormPlan): boolean {
  return (
    !plan.createEnvelope &&
    !plan.updateEnvelope &&
    Object.keys(plan.createParts).length === 0 &&
    Object.keys(plan.updateParts).length === 0
  );
}

/** Deep equality for Firestore values (Timestamps by instant, arrays in order, maps by key). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Timestamp || b instanceof Timestamp) {
    return a instanceof Timestamp && b instanceof Timestamp && a.isEqual(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

const ts = (d: Date) => Timestamp.fromDate(d);

/** Raters who came in through a single-use link (linkTokens: synthetic uids `ext_…`) are not traject roles. */
export const LINK_RATER_PREFIX = 'ext_';

/** The spec's raters plus link raters already on the part: a role change must not drop an invited outsider. */
function ratersFor(specRaters: readonly string[], doc: PartDoc | undefined): string[] {
  const invited = (doc?.raterUids ?? []).filter(
    (uid) => uid.startsWith(LINK_RATER_PREFIX) && !specRaters.includes(uid),
  );
  return [...specRaters, ...invited];
}
const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();

function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The envelope's entry for one part, from the stored part (its status is the truth) or the spec. */
function indexEntry(
  role: PartId,
  specRaters: readonly string[] | undefined,
  doc: PartDoc | undefined,
  fallback?: PartIndexEntry,
): PartIndexEntry {
  if (doc) {
    return withoutUndefined({
      role,
      // A submitted part is final: its raters stay as they were when it was submitted.
      raterUids: doc.status === 'submitted' || !specRaters ? [...doc.raterUids] : ratersFor(specRaters, doc),
      status: doc.status,
      submittedAt: doc.status === 'submitted' ? (doc.submittedAt ?? undefined) : undefined,
    });
  }
  if (specRaters) return { role, raterUids: [...specRaters], status: 'open' };
  return fallback!;
}

/** The parts that make the round: not the feedback givers' (domain countsForRound). */
const roundOf = (parts: Record<string, PartIndexEntry>) =>
  Object.entries(parts)
    .filter(([id]) => countsForRound(id))
    .map(([, p]) => p);

/** The envelope status from its parts: finished when every part is in, 'vervallen' after the window. */
export function envelopeStatus(
  existing: FormStatus | undefined,
  parts: Record<string, PartIndexEntry>,
  closesAt: Date | null,
  now: Date,
): FormStatus {
  if (existing === 'ingediend') return 'ingediend';
  const entries = roundOf(parts);
  if (entries.length > 0 && entries.every((p) => p.status === 'submitted')) return 'completed';
  if (closesAt && now.getTime() > closesAt.getTime()) return 'vervallen';
  return 'open';
}

function diffInto(
  update: Record<string, unknown>,
  existing: Record<string, unknown>,
  desired: Record<string, unknown>,
  keys: readonly string[],
): void {
  for (const key of keys) {
    const want = desired[key];
    const have = existing[key];
    if (want === undefined) {
      if (have !== undefined) update[key] = FieldValue.delete();
    } else if (!sameValue(want, have)) update[key] = want;
  }
}

const ENVELOPE_FIELDS = [
  'instituteId',
  'trajectId',
  'programme',
  'formType',
  'occurrenceKey',
  'title',
  'traineeName',
  'leohKind',
  'subjectUid',
  'opensAt',
  'dueAt',
  'remindFrom',
  'closesAt',
  'status',
  'raterUids',
  'readerUids',
  'staffVisible',
  'revealed',
  'nextReminderAt',
  'origin',
  'lateRegistration',
  'notApplicable',
] as const;

const PART_MANAGED_FIELDS = ['instituteId', 'trajectId', 'raterUids', 'opensAt', 'closesAt'] as const;

/** What to write so that the form matches its spec in the traject's schedule. */
export function planScheduledForm(
  spec: FormInstanceSpec,
  state: FormState,
  traject: TrajectContext,
  now: Date,
  origin: 'schedule' | 'summatief' = 'schedule',
  /** Late registration (domain lateSpec): marks the envelope; 'nvt' makes an unfinished form 'vervallen'. */
  late: LateMark | null = null,
): FormPlan {
  const plan: FormPlan = { formId: spec.formId, createParts: {}, updateParts: {} };
  const existing = state.envelope;
  const def = FORM_DEFINITIONS[spec.formType];

  // Parts: create the missing ones; keep unsubmitted ones in step (raters, window); never touch submitted ones.
  for (const p of spec.parts) {
    const doc = state.parts.get(p.partId);
    const desired = withoutUndefined({
      instituteId: traject.instituteId,
      trajectId: spec.trajectId,
      formId: spec.formId,
      formType: spec.formType,
      role: p.role,
      leohKind: spec.leohKind,
      subjectUid: spec.subjectUid,
      raterUids: ratersFor(p.raterUids, doc),
      opensAt: ts(spec.opensAt),
      closesAt: spec.closesAt ? ts(spec.closesAt) : null,
    });
    if (!doc) {
      plan.createParts[p.partId] = {
        ...desired,
        status: 'open',
        answers: {},
        schemaVersion: def.version,
        version: 1,
        revealed: existing?.revealed ?? false,
        updatedAt: ts(now),
      };
    } else if (doc.status !== 'submitted') {
      const update: Record<string, unknown> = {};
      diffInto(update, doc, desired, PART_MANAGED_FIELDS);
      if (Object.keys(update).length > 0) plan.updateParts[p.partId] = update;
    }
  }

  // The parts index: spec parts first, then any other parts the envelope already lists.
  const parts: Record<string, PartIndexEntry> = {};
  for (const p of spec.parts) parts[p.partId] = indexEntry(p.role, p.raterUids, state.parts.get(p.partId));
  for (const [partId, entry] of Object.entries(existing?.parts ?? {})) {
    if (!parts[partId]) parts[partId] = indexEntry(entry.role, undefined, state.parts.get(partId), entry);
  }

  const computed = envelopeStatus(existing?.status, parts, spec.closesAt, now);
  const status = late?.notApplicable && computed === 'open' ? 'vervallen' : computed;
  const allIn = roundOf(parts).every((p) => p.status === 'submitted');
  const revealed = (existing?.revealed ?? false) || allIn;
  const audience = formAudience(
    {
      formType: spec.formType,
      leohKind: spec.leohKind,
      subjectUid: spec.subjectUid,
      status,
      parts,
      sharedWith: existing?.sharedWith,
    },
    { roles: traject.roles },
  );
  const next = nextReminderFor({
    open: status === 'open' && !allIn,
    remindFrom: spec.remindFrom,
    existing: existing?.nextReminderAt?.toDate() ?? null,
    now,
  });

  const envelope = withoutUndefined({
    instituteId: traject.instituteId,
    trajectId: spec.trajectId,
    programme: spec.programme,
    formType: spec.formType,
    occurrenceKey: spec.occurrenceKey,
    title: spec.title,
    traineeName: traject.traineeName,
    leohKind: spec.leohKind,
    subjectUid: spec.subjectUid,
    opensAt: ts(spec.opensAt),
    dueAt: ts(spec.dueAt),
    remindFrom: ts(spec.remindFrom),
    closesAt: spec.closesAt ? ts(spec.closesAt) : null,
    status,
    parts,
    raterUids: union(Object.values(parts).map((p) => p.raterUids)),
    readerUids: audience.readerUids,
    staffVisible: audience.staffVisible,
    revealed,
    nextReminderAt: next ? ts(next) : null,
    origin,
    lateRegistration: late ? true : undefined,
    notApplicable: late?.notApplicable,
  });

  if (!existing) {
    plan.createEnvelope = envelope;
    return plan;
  }
  const update: Record<string, unknown> = {};
  diffInto(update, existing, envelope, ENVELOPE_FIELDS);
  for (const [partId, entry] of Object.entries(parts)) {
    if (!sameValue(entry, partEntryOf(existing, partId))) update[`parts.${partId}`] = entry;
  }
  if (Object.keys(update).length > 0) plan.updateEnvelope = update;
  return plan;
}

/**
 * A scheduled form that is no longer in the schedule (role removed, programme changed, traject
 * stopped): 'vervallen' unless something was already submitted, and no more reminders either way.
 * Nothing is deleted, and its parts are left as they are.
 */
export function planRetiredForm(formId: string, state: FormState): FormPlan {
  const plan: FormPlan = { formId, createParts: {}, updateParts: {} };
  const existing = state.envelope;
  if (!existing || existing.origin !== 'schedule') return plan;
  const anySubmitted =
    Object.values(existing.parts).some((p) => p.status === 'submitted') ||
    [...state.parts.values()].some((p) => p.status === 'submitted');
  const update: Record<string, unknown> = {};
  if (!anySubmitted && existing.status !== 'vervallen') update.status = 'vervallen';
  if (existing.nextReminderAt !== null) update.nextReminderAt = null;
  if (Object.keys(update).length > 0) plan.updateEnvelope = update;
  return plan;
}
