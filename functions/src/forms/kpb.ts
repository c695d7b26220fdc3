// startKpb: the aios starts a KPB/KVB (docs/rules.md, "KPB/KVB"; the policy is the domain's policies/kpb.ts).
// The form is an ad-hoc instance of the domain's schedule (adHocInstance) with an aios and an opleider part,
// written like a scheduled form (planScheduledForm) but without `origin`: the traject's sync leaves it alone.
// One transaction reads the traject and all its forms, decides, numbers and creates, so concurrent starts can
// neither pass the limits together nor take the same number. No mail: open KPB parts reach the raters in
// their daily digest, and the pace in the weekly one (reminders/), never a mail per KPB.
import {
  adHocInstance,
  formEnvelopeSchema,
  formPath,
  FORMS_COLLECTION,
  kpbDueDate,
  mayStartKpb,
  nextKpbSequence,
  openKpbCount,
  PARTS_COLLECTION,
  scheduleTrajectOf,
  startOfDayAmsterdam,
  toIsoDate,
  type Claims,
  type FormEnvelope,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { log } from '../log.js';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { parseEnvelope, readTraject } from '../documents.js';
import { readInstituteSettings } from './institute.js';
import { planScheduledForm } from './plan.js';

export interface KpbCaller {
  uid: string;
  claims: Claims;
}

export async function beginKpb(
  db: Firestore,
  input: { trajectId: string },
  caller: KpbCaller,
  now: Date,
): Promise<{ ok: true; formId: string; title: string }> {
  const outsider = 'Alleen de aios van dit traject kan een KPB starten.';
  const first = await readTraject(db, input.trajectId);
  // The same answer for a traject that does not exist and one of someone else: no probing for ids.
  if (!first) throw new HttpsError('permission-denied', outsider);
  const settings = await readInstituteSettings(db, first.instituteId);
  const today = toIsoDate(now);
  const todayStart = startOfDayAmsterdam(today).getTime();

  try {
    return await db.runTransaction(async (tx) => {
      const traject = await readTraject(db, input.trajectId, tx);
      if (!traject) throw new HttpsError('permission-denied', outsider);
      const snaps = await tx.get(db.collection(FORMS_COLLECTION).where('trajectId', '==', input.trajectId));
      const forms = snaps.docs.map((s) => parseEnvelope(s)).filter((e): e is FormEnvelope => e !== null);
      const kpbs = forms.filter((f) => f.formType === 'kpb');
      const decision = mayStartKpb(
        {
          uid: caller.uid,
          ...(caller.claims.institute && { institute: caller.claims.institute }),
          ...(caller.claims.linkPart && { linkPart: caller.claims.linkPart }),
        },
        traject,
        {
          open: openKpbCount(kpbs),
          startedToday: kpbs.filter((f) => f.opensAt.toMillis() === todayStart).length,
        },
      );
      if (!decision.ok)
        throw new HttpsError(
          decision.notYours ? 'permission-denied' : 'failed-precondition',
          decision.reason,
        );

      const schedule = scheduleTrajectOf(input.trajectId, traject);
      const spec = adHocInstance(
        schedule,
        'kpb',
        { sequence: nextKpbSequence(forms), dueDate: kpbDueDate(now), opensDate: today },
        settings.remindDaysBefore !== undefined ? { remindDaysBefore: settings.remindDaysBefore } : {},
      );
      const plan = planScheduledForm(
        spec,
        { envelope: null, parts: new Map() },
        { instituteId: traject.instituteId, traineeName: traject.traineeName, roles: schedule.roles },
        now,
      );
      // Ad hoc: not the schedule's, so the traject's sync never retires it (functions/src/forms/sync.ts).
      const { origin: _origin, ...envelope } = plan.createEnvelope ?? {};
      const formRef = db.collection(FORMS_COLLECTION).doc(spec.formId);
      tx.create(formRef, formEnvelopeSchema.parse(envelope));
      for (const [partId, doc] of Object.entries(plan.createParts))
        tx.create(formRef.collection(PARTS_COLLECTION).doc(partId), doc);
      appendAudit(tx, auditRef(db, auditId('kpb.started', spec.formId)), {
        instituteId: traject.instituteId,
        at: now,
        actorUid: caller.uid,
        action: 'kpb.started',
        target: formPath(spec.formId),
        details: { trajectId: input.trajectId, occurrenceKey: spec.occurrenceKey },
      });
      return { ok: true as const, formId: spec.formId, title: spec.title };
    });
  } catch (err) {
    if (err instanceof HttpsError) throw err;
    // Two starts at the same moment took the same number: the second finds the form (or its audit) there.
    if ((err as { code?: number }).code === 6 /* ALREADY_EXISTS */) {
      log.warn('kpb: concurrent start refused', { trajectId: input.trajectId });
      throw new HttpsError(
        'aborted',
        'Er werd tegelijk al een KPB gestart. Kijk op je overzicht en probeer het zo nodig opnieuw.',
      );
    }
    throw err;
  }
}
