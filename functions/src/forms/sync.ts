// Materialises a traject's schedule: every form instance of computeSchedule becomes forms/{formId} with
// its parts. Runs on every write of a traject (create, start date, roles, part-time factor, pauses,
// status). Idempotent: it reads first, plans the difference and writes only forms that differ, each in
// its own transaction that re-reads and re-plans, so a concurrent submission (partWritten) is never
// overwritten and a second run with the same input writes nothing.
import pLimit from 'p-limit';
import { parseEnvelope, parsePart } from '../documents.js';
import {
  computeSchedule,
  formerRoleConflicts,
  lateSpec,
  rolesFitToRate,
  type LateForms,
  type FormInstanceSpec,
  type Traject,
  FORMS_COLLECTION,
  PARTS_COLLECTION,
  formEnvelopeSchema,
  type FormEnvelope,
  type PartDoc,
} from '@praktijkvolg/domain';
import type { DocumentReference, DocumentSnapshot, Firestore, Transaction } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { readInstituteSettings } from './institute.js';
import {
  isEmptyPlan,
  planRetiredForm,
  planScheduledForm,
  type FormPlan,
  type FormState,
  type TrajectContext,
} from './plan.js';
import { existingVervolgSpec } from './summatief.js';

export interface SyncReport {
  scheduled: number;
  created: number;
  updated: number;
  retired: number;
  unchanged: number;
}

/** At most this many form transactions at once (the emulator locks pessimistically). */
const CONCURRENCY = 8;

function partRefs(db: Firestore, formId: string, partIds: Iterable<string>): DocumentReference[] {
  const form = db.collection(FORMS_COLLECTION).doc(formId);
  return [...new Set(partIds)].map((id) => form.collection(PARTS_COLLECTION).doc(id));
}

function partIdsOf(spec: FormInstanceSpec | undefined, envelope: FormEnvelope | null): string[] {
  return [...(spec?.parts.map((p) => p.partId) ?? []), ...Object.keys(envelope?.parts ?? {})];
}

async function readState(
  read: { getAll: (...refs: DocumentReference[]) => Promise<DocumentSnapshot[]> },
  db: Firestore,
  formId: string,
  spec: FormInstanceSpec | undefined,
  envelope: FormEnvelope | null,
): Promise<FormState> {
  const refs = partRefs(db, formId, partIdsOf(spec, envelope));
  const snaps = refs.length > 0 ? await read.getAll(...refs) : [];
  const parts = new Map<string, PartDoc>();
  for (const snap of snaps) {
    const part = parsePart(snap);
    if (part) parts.set(snap.id, part);
  }
  return { envelope, parts };
}

function plan(
  spec: FormInstanceSpec | undefined,
  formId: string,
  state: FormState,
  ctx: TrajectContext | null,
  now: Date,
  origin: 'schedule' | 'summatief' = 'schedule',
  lateForms: LateForms = {},
): FormPlan {
  if (!spec || !ctx) return planRetiredForm(formId, state);
  if (origin !== 'schedule') return planScheduledForm(spec, state, ctx, now, origin);
  // Late registration (domain schedule/lateRegistration.ts): a form whose window had closed when it was first
  // created never lapses silently; the secretariat's choice (traject.lateForms) sets its new due date or 'nvt'.
  const late = state.envelope
    ? state.envelope.lateRegistration === true
    : spec.closesAt !== null && spec.closesAt.getTime() < now.getTime();
  const adjusted = lateSpec(spec, lateForms[spec.occurrenceKey], late);
  return planScheduledForm(adjusted.spec, state, ctx, now, origin, adjusted.mark);
}

function apply(tx: Transaction, db: Firestore, p: FormPlan): void {
  const form = db.collection(FORMS_COLLECTION).doc(p.formId);
  if (p.createEnvelope) tx.create(form, formEnvelopeSchema.parse(p.createEnvelope));
  if (p.updateEnvelope) tx.update(form, p.updateEnvelope);
  for (const [partId, doc] of Object.entries(p.createParts))
    tx.create(form.collection(PARTS_COLLECTION).doc(partId), doc);
  for (const [partId, update] of Object.entries(p.updateParts))
    tx.update(form.collection(PARTS_COLLECTION).doc(partId), update);
}

/**
 * Brings forms/ in line with the traject's schedule. `traject` null = deleted. Trajecten that are not
 * 'actief' (afgerond, gestopt) have an empty schedule: their unfinished forms become 'vervallen'.
 */
export async function syncTrajectForms(
  db: Firestore,
  trajectId: string,
  traject: Traject | null,
  now: Date,
): Promise<SyncReport> {
  let specs: FormInstanceSpec[] = [];
  let ctx: TrajectContext | null = null;
  const lateForms = traject?.lateForms ?? {};
  if (traject && traject.status === 'actief') {
    const settings = await readInstituteSettings(db, traject.instituteId);
    // Never a former werkplekbegeleider on an assessor part (rule 8 of docs/rules.md): the rules refuse such roles, so this
    // only guards a traject written past them; the part then waits for the secretariat.
    const roles = rolesFitToRate(traject.roles, traject.roleHistory);
    if (roles !== traject.roles) {
      log.error('schedule: role holders barred by the role history left off their parts', {
        trajectId,
        conflicts: formerRoleConflicts(traject.roleHistory ?? {}, traject.roles),
      });
    }
    specs = computeSchedule(
      {
        trajectId,
        programme: traject.programme,
        startDate: traject.startDate,
        partTimeFactor: traject.partTimeFactor,
        pauses: traject.pauses,
        roles,
        names: traject.names,
      },
      settings.remindDaysBefore !== undefined ? { remindDaysBefore: settings.remindDaysBefore } : {},
    );
    ctx = { instituteId: traject.instituteId, traineeName: traject.traineeName, roles };
  }
  const bySpec = new Map(specs.map((s) => [s.formId, s]));

  const existingSnaps = await db.collection(FORMS_COLLECTION).where('trajectId', '==', trajectId).get();
  const existing = new Map<string, FormEnvelope>();
  for (const snap of existingSnaps.docs) {
    const envelope = parseEnvelope(snap);
    if (envelope) existing.set(snap.id, envelope);
  }
  // Follow-ups of a summative request (origin 'summatief') are kept in step with the roles like scheduled forms:
  // assessors the secretariat assigns after the go reach the assessment's open parts.
  const summatief = new Set<string>();
  if (traject && ctx) {
    for (const [formId, envelope] of existing) {
      const spec = envelope.origin === 'summatief' ? existingVervolgSpec(trajectId, traject, envelope) : null;
      if (spec && spec.formId === formId) {
        bySpec.set(formId, spec);
        summatief.add(formId);
      }
    }
  }
  const formIds = [
    ...new Set([
      ...bySpec.keys(),
      ...[...existing.entries()].filter(([, e]) => e.origin === 'schedule').map(([id]) => id),
    ]),
  ];

  const report: SyncReport = { scheduled: specs.length, created: 0, updated: 0, retired: 0, unchanged: 0 };
  await pLimit(CONCURRENCY).map(formIds, async (formId) => {
    const spec = bySpec.get(formId);
    const origin = summatief.has(formId) ? 'summatief' : 'schedule';
    const first = plan(
      spec,
      formId,
      await readState(db, db, formId, spec, existing.get(formId) ?? null),
      ctx,
      now,
      origin,
      lateForms,
    );
    if (isEmptyPlan(first)) {
      report.unchanged++;
      return;
    }
    const applied = await db.runTransaction(async (tx) => {
      const envelope = parseEnvelope(await tx.get(db.collection(FORMS_COLLECTION).doc(formId)));
      const state = await readState(tx, db, formId, spec, envelope);
      const p = plan(spec, formId, state, ctx, now, origin, lateForms);
      if (isEmptyPlan(p)) return null;
      apply(tx, db, p);
      return p;
    });
    if (!applied) report.unchanged++;
    else if (!spec) report.retired++;
    else if (applied.createEnvelope) report.created++;
    else report.updated++;
  });
  log.info('schedule: traject synced', { trajectId, ...report });
  return report;
}
