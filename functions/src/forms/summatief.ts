// What follows a decided summative request (domain policies/summatief.ts, docs/rules.md "Summative lesson
// visit"): a go creates the summative assessment with the assessor and tweede assessor parts of the traject's
// assigned assessors; a no-go creates a new request for the deelnemer. Called by partWritten whenever a part of a
// completed request is written, so a retried trigger runs it again: the follow-up's formId is deterministic and
// it is created in a transaction that re-reads the traject's forms, so it exists at most once, and at most one
// assessment per traject exists ever.
import { parseEnvelope, parsePart, readTraject } from '../documents.js';
import {
  besluitOf,
  rolesFitToRate,
  scheduleTrajectOf,
  summatiefSequence,
  summatiefVervolg,
  toIsoDate,
  vervolgSpec,
  AANVRAAG_SUMMATIEF_KEY,
  BEOORDELING_SUMMATIEF_KEY,
  SUMMATIEF_ORIGIN,
  type FormInstanceSpec,
  type Traject,
  FORMS_COLLECTION,
  PARTS_COLLECTION,
  formEnvelopeSchema,
  formPath,
  type FormEnvelope,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { planScheduledForm } from './plan.js';

export type VervolgOutcome =
  { created: string; formType: 'beoordeling_summatief' | 'aanvraag_summatief' } | { skipped: string };

/** The spec of a follow-up form that exists: the same days again, the traject's roles of now. */
export function existingVervolgSpec(
  trajectId: string,
  traject: Traject,
  envelope: Pick<FormEnvelope, 'formType' | 'occurrenceKey' | 'opensAt' | 'dueAt'>,
): FormInstanceSpec | null {
  const formType = envelope.formType;
  if (formType !== 'beoordeling_summatief' && formType !== 'aanvraag_summatief') return null;
  const key = formType === 'beoordeling_summatief' ? BEOORDELING_SUMMATIEF_KEY : AANVRAAG_SUMMATIEF_KEY;
  const sequence = summatiefSequence(envelope.occurrenceKey, key);
  if (sequence === null) return null;
  return vervolgSpec(
    scheduleTrajectOf(trajectId, traject),
    { formType, sequence },
    { decidedOn: toIsoDate(envelope.opensAt.toDate()), endDate: toIsoDate(envelope.dueAt.toDate()) },
  );
}

export async function createSummatiefVervolg(
  db: Firestore,
  formId: string,
  now: Date,
): Promise<VervolgOutcome> {
  const formRef = db.collection(FORMS_COLLECTION).doc(formId);
  const aanvraag = parseEnvelope(await formRef.get());
  if (!aanvraag || aanvraag.formType !== 'aanvraag_summatief') return { skipped: 'geen aanvraag' };
  if (aanvraag.status !== 'completed') return { skipped: 'aanvraag niet afgerond' };
  const decision = parsePart(await formRef.collection(PARTS_COLLECTION).doc('pdg_trainer').get());
  const besluit = decision?.status === 'submitted' ? besluitOf(decision.answers) : null;
  const traject = await readTraject(db, aanvraag.trajectId);
  if (!traject || traject.status !== 'actief') return { skipped: 'traject niet actief' };
  const decidedOn = toIsoDate(decision?.submittedAt?.toDate() ?? now);

  return db.runTransaction(async (tx) => {
    const snaps = await tx.get(db.collection(FORMS_COLLECTION).where('trajectId', '==', aanvraag.trajectId));
    const forms = snaps.docs.map((s) => parseEnvelope(s)).filter((e): e is FormEnvelope => e !== null);
    const vervolg = summatiefVervolg({ ...aanvraag, besluit }, forms);
    if (!vervolg.ok) return { skipped: vervolg.reason };
    const spec = vervolgSpec(scheduleTrajectOf(aanvraag.trajectId, traject), vervolg, {
      decidedOn,
      endDate: toIsoDate(aanvraag.dueAt.toDate()),
    });
    if (snaps.docs.some((s) => s.id === spec.formId)) return { skipped: 'bestaat al' };
    const plan = planScheduledForm(
      spec,
      { envelope: null, parts: new Map() },
      {
        instituteId: aanvraag.instituteId,
        traineeName: traject.traineeName,
        roles: rolesFitToRate(traject.roles, traject.roleHistory),
      },
      now,
      SUMMATIEF_ORIGIN,
    );
    const target = db.collection(FORMS_COLLECTION).doc(spec.formId);
    tx.create(target, formEnvelopeSchema.parse(plan.createEnvelope));
    for (const [partId, doc] of Object.entries(plan.createParts))
      tx.create(target.collection(PARTS_COLLECTION).doc(partId), doc);
    appendAudit(tx, auditRef(db, auditId('summatief.vervolg', formId)), {
      instituteId: aanvraag.instituteId,
      at: now,
      actorUid: decision?.updatedBy ?? null,
      action: 'summatief.vervolg',
      target: formPath(formId),
      details: { trajectId: aanvraag.trajectId, besluit: besluit ?? '', created: spec.formId },
    });
    log.info('summatief: follow-up created', { formId, created: spec.formId });
    return { created: spec.formId, formType: vervolg.formType };
  });
}
