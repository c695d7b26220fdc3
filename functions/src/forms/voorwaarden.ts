// What follows a decision "door onder voorwaarden" (domain policies/voortgangsbeslissing.ts, docs/rules.md
// "Progress decision and conditions"): a follow-up form with the conditions and their deadline on its envelope and
// one part for the hoofd opleiding, who closes it with an outcome. Being an open staff part, it is in the hoofd's
// digest from the decision day until closed. Called by partWritten for every write of a completed decision, so a
// retried trigger runs it again: the formId and the audit id are deterministic and created in one transaction.
// Ad hoc (no `origin`), like a KPB: the traject's sync never retires it (functions/src/forms/sync.ts).
import { parseEnvelope, parsePart, readTraject } from '../documents.js';
import {
  scheduleTrajectOf,
  toIsoDate,
  voorwaardenVervolg,
  voorwaardenVervolgSpec,
  FORMS_COLLECTION,
  PARTS_COLLECTION,
  formEnvelopeSchema,
  formPath,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { planScheduledForm } from './plan.js';

export type VoorwaardenOutcome = { created: string } | { skipped: string };

export async function createVoorwaardenVervolg(
  db: Firestore,
  formId: string,
  now: Date,
): Promise<VoorwaardenOutcome> {
  const formRef = db.collection(FORMS_COLLECTION).doc(formId);
  const decisionForm = parseEnvelope(await formRef.get());
  if (!decisionForm || decisionForm.status !== 'completed') return { skipped: 'beslissing niet vastgelegd' };
  const part = parsePart(await formRef.collection(PARTS_COLLECTION).doc('hoofd_opleiding').get());
  const vervolg = voorwaardenVervolg({
    formId,
    formType: decisionForm.formType,
    partStatus: part?.status,
    answers: part?.answers,
    submittedOn: toIsoDate(part?.submittedAt?.toDate() ?? now),
  });
  if (!vervolg.ok) return { skipped: vervolg.reason };
  const traject = await readTraject(db, decisionForm.trajectId);
  if (!traject) return { skipped: 'traject bestaat niet' };
  const schedule = scheduleTrajectOf(decisionForm.trajectId, traject);
  const spec = voorwaardenVervolgSpec(schedule, vervolg);
  const audit = auditRef(db, auditId('voorwaarden.vervolg', formId));
  const target = db.collection(FORMS_COLLECTION).doc(spec.formId);

  return db.runTransaction(async (tx) => {
    const [existing, auditSnap] = await Promise.all([tx.get(target), tx.get(audit)]);
    if (existing.exists || auditSnap.exists) return { skipped: 'bestaat al' };
    const plan = planScheduledForm(
      spec,
      { envelope: null, parts: new Map() },
      { instituteId: decisionForm.instituteId, traineeName: traject.traineeName, roles: schedule.roles },
      now,
    );
    const { origin: _origin, ...envelope } = plan.createEnvelope ?? {};
    tx.create(target, formEnvelopeSchema.parse({ ...envelope, voorwaarden: vervolg.voorwaarden }));
    for (const [partId, doc] of Object.entries(plan.createParts))
      tx.create(target.collection(PARTS_COLLECTION).doc(partId), doc);
    appendAudit(tx, audit, {
      instituteId: decisionForm.instituteId,
      at: now,
      actorUid: part?.updatedBy ?? null,
      action: 'voorwaarden.vervolg',
      target: formPath(formId),
      details: {
        trajectId: decisionForm.trajectId,
        created: spec.formId,
        uiterlijk: vervolg.voorwaarden.uiterlijk,
      },
    });
    log.info('decision: follow-up of the conditions created', { formId, created: spec.formId });
    return { created: spec.formId };
  });
}
