// Advice is not decision (rule 4 of docs/rules.md): when every voortgangsadvies of the traject's year and the
// docenten's advice (the voortgangsgesprek of the decision meeting) are in (domain adviceStillMissing), the decision
// opens (`adviceComplete` on its envelope and part: the rules let the hoofd opleiding write it only then) and the
// institute's hoofd opleiding is asked to record the voortgangsbeslissing. Exactly once per decision form: the
// request's audit entry has a deterministic id and is created in the same transaction as the mails (also with
// deterministic ids), so a retried trigger or a second advice arriving late sends nothing new.
import { parseEnvelope, parsePart } from '../documents.js';
import {
  adviceMeetingKey,
  adviceStillMissing,
  formIdOf,
  formatDate,
  PARTS_COLLECTION,
  MAIL_COLLECTION,
  mailDocSchema,
  type MailDoc,
  FORMS_COLLECTION,
  formPath,
  type FormEnvelope,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { renderMail } from '../mail/render.js';
import { formPartUrl } from '../appLinks.js';
import { hasEmail, staffOf, type MailablePerson, type Reads } from '../people/people.js';

export type DecisionRequestOutcome =
  'requested' | 'already_requested' | 'advice_pending' | 'no_decision_form';

export function decisionRequestMail(
  person: MailablePerson,
  decision: FormEnvelope & { formId: string },
  appUrl: string,
): Omit<MailDoc, 'delivery'> {
  const trainee = decision.traineeName ?? 'de aios';
  const link = formPartUrl(appUrl, decision.formId, 'hoofd_opleiding');
  const due = formatDate(decision.dueAt.toDate());
  const message = renderMail(`Voortgangsbeslissing nemen: ${trainee}`, `Beste ${person.displayName},`, [
    {
      lines: [
        `Alle adviezen voor ${trainee} zijn binnen: het voortgangsadvies van de opleider en het advies van de groepsdocenten. Als hoofd opleiding neem jij de voortgangsbeslissing (${decision.title}).`,
        `Graag uiterlijk ${due}.`,
      ],
    },
    { link: { label: 'Naar de voortgangsbeslissing', url: link } },
  ]);
  return mailDocSchema.parse({
    to: person.email,
    message,
    purpose: 'decision_request',
    instituteId: decision.instituteId,
    recipientUid: person.uid,
  });
}

export async function requestDecisionIfAdviceComplete(
  db: Firestore,
  trajectId: string,
  now: Date,
  appUrl: string,
  reads?: Reads,
): Promise<DecisionRequestOutcome> {
  const snaps = await db.collection(FORMS_COLLECTION).where('trajectId', '==', trajectId).get();
  reads?.add(snaps.size);
  const forms = snaps.docs.map((s) => ({ ...parseEnvelope(s)!, formId: s.id }));
  const decision = forms.find((f) => f.formType === 'voortgangsbeslissing' && f.status === 'open');
  if (!decision) return 'no_decision_form';
  const meetingKey = adviceMeetingKey(decision.programme);
  const meetingId = meetingKey === undefined ? null : formIdOf(trajectId, meetingKey);
  const docentAdvies = meetingId ? await docentAdviceOf(db, meetingId, reads) : undefined;
  if (adviceStillMissing(decision.programme, forms, docentAdvies).length > 0) return 'advice_pending';
  const advice = forms.filter((f) => f.formType === 'voortgangsadvies' && f.status !== 'vervallen');

  const heads = (await staffOf(db, decision.instituteId, 'hoofd_opleiding', reads)).filter(hasEmail);
  if (heads.length === 0)
    log.warn('decision: no hoofd opleiding with an e-mail address', {
      instituteId: decision.instituteId,
      formId: decision.formId,
    });

  return db.runTransaction(async (tx) => {
    const ref = auditRef(db, auditId('decision.requested', decision.formId));
    const formRef = db.doc(formPath(decision.formId));
    const partRef = formRef.collection(PARTS_COLLECTION).doc('hoofd_opleiding');
    const [auditSnap, formSnap, partSnap] = await Promise.all([
      tx.get(ref),
      tx.get(formRef),
      tx.get(partRef),
    ]);
    // Re-check inside the transaction that the decision is still open.
    const fresh = parseEnvelope(formSnap);
    if (!fresh || fresh.status !== 'open') return 'no_decision_form';
    // The decision opens for the hoofd opleiding (also for one requested before the flag existed).
    if (fresh.adviceComplete !== true) tx.update(formRef, { adviceComplete: true });
    const part = parsePart(partSnap);
    if (part && part.adviceComplete !== true) tx.update(partRef, { adviceComplete: true });
    if (auditSnap.exists) return 'already_requested';
    for (const head of heads) {
      tx.create(
        db.collection(MAIL_COLLECTION).doc(`decision-request_${decision.formId}_${head.uid}`),
        decisionRequestMail(head, decision, appUrl),
      );
    }
    appendAudit(tx, ref, {
      instituteId: decision.instituteId,
      at: now,
      action: 'decision.requested',
      target: formPath(decision.formId),
      details: {
        trajectId,
        advice: advice.map((a) => a.formId),
        ...(meetingId && { docentAdvice: meetingId }),
        notified: heads.map((h) => h.uid),
      },
    });
    return 'requested';
  });
}

/** The docenten's advice: the `advies` answer of a submitted part of the advice meeting's record. */
async function docentAdviceOf(db: Firestore, meetingId: string, reads?: Reads): Promise<unknown> {
  const parts = await db.doc(formPath(meetingId)).collection(PARTS_COLLECTION).get();
  reads?.add(parts.size);
  for (const snap of parts.docs) {
    const part = parsePart(snap);
    if (part?.status === 'submitted' && typeof part.answers.advies === 'string') return part.answers.advies;
  }
  return undefined;
}
