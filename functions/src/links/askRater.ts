// askToFill: the trainee asks the raters of a part of their own form to fill it (docs/rules.md, "Who
// fills an assessment part"): instead of choosing who fills an assessment part, they nudge the people the
// traject assigned. A mail with a link into the app, at most once per part per day, audited.
import {
  mayAskToFill,
  partLabel,
  PROGRAMMES,
  type Claims,
  partPath,
  partEntryOf,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit, auditRef } from '../audit/audit.js';
import { enqueueMail } from '../mail/outbox.js';
import { hasEmail, peopleByUid } from '../people/people.js';
import { readInstituteSettings } from '../forms/institute.js';
import { readTraject } from '../documents.js';
import { formPartUrl } from '../appLinks.js';
import { partClosedReason, readFormPart } from './formState.js';
import { labelOfPart } from './lifecycle.js';
import { fillRequestMail } from './mails.js';
import { FILL_REQUESTS_PER_DAY, takeRateLimit } from './rateLimit.js';
import { linkPartClaim } from './token.js';

export async function askToFill(
  db: Firestore,
  input: { formId: string; partId: string },
  caller: { uid: string; claims: Claims },
  now: Date,
  base: string,
): Promise<{ ok: true; sentTo: string[] }> {
  const form = await readFormPart(db, input.formId, input.partId);
  const { envelope, part } = form;
  if (!envelope) throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
  if (!part || !partEntryOf(envelope, input.partId))
    throw new HttpsError('not-found', 'Dit formulier heeft dit deel niet.');
  const traject = await readTraject(db, envelope.trajectId);
  if (!traject || traject.instituteId !== envelope.instituteId)
    throw new HttpsError('not-found', 'Het traject van dit formulier bestaat niet.');
  const actor = { uid: caller.uid, ...(caller.claims.linkPart && { linkPart: caller.claims.linkPart }) };
  const decision = mayAskToFill(actor, envelope, input.partId, traject);
  if (!decision.ok)
    throw new HttpsError(decision.notYours ? 'permission-denied' : 'failed-precondition', decision.reason);
  const closed = partClosedReason(form, input.partId, now);
  if (closed) throw new HttpsError('failed-precondition', closed);

  // The people on the part with an address (a waarnemer by link has no people document: the designator
  // who named them follows up).
  const byUid = await peopleByUid(db, part.raterUids);
  const raters = part.raterUids.flatMap((uid) => {
    const p = byUid.get(uid);
    return p && hasEmail(p) && p.instituteId === envelope.instituteId ? [p] : [];
  });
  if (raters.length === 0) {
    throw new HttpsError(
      'failed-precondition',
      'Voor dit deel is nog niemand met een e-mailadres aangewezen. Neem contact op met het secretariaat.',
    );
  }

  const entryRef = auditRef(db);
  await db.runTransaction(async (tx) => {
    const limit = await takeRateLimit(
      db,
      tx,
      FILL_REQUESTS_PER_DAY,
      linkPartClaim(input.formId, input.partId),
      now,
    );
    if (!limit.allowed) {
      throw new HttpsError(
        'resource-exhausted',
        'Je hebt dit vandaag al gevraagd voor dit deel. Morgen kun je het opnieuw vragen.',
      );
    }
    limit.commit();
    appendAudit(tx, entryRef, {
      instituteId: envelope.instituteId,
      at: now,
      actorUid: caller.uid,
      action: 'part.fill_requested',
      target: partPath(input.formId, input.partId),
      details: { recipients: raters.map((p) => p.uid) },
    });
  });

  const institute = await readInstituteSettings(db, envelope.instituteId);
  const traineeRole = PROGRAMMES[traject.programme].traineeRole;
  const traineeName = envelope.traineeName ?? traject.traineeName;
  for (const rater of raters) {
    await enqueueMail(
      db,
      {
        to: rater.email,
        message: fillRequestMail({
          raterName: rater.displayName,
          traineeName,
          traineeRole: partLabel(traineeRole).toLowerCase(),
          instituteName: institute.name ?? envelope.instituteId,
          formTitle: envelope.title,
          partLabel: labelOfPart(input.partId),
          dueAt: envelope.dueAt.toDate(),
          url: formPartUrl(base, input.formId, input.partId),
        }),
        purpose: 'part.fill_request',
        instituteId: envelope.instituteId,
        recipientUid: rater.uid,
      },
      `fill-request-${entryRef.id}-${rater.uid}`,
    );
  }
  return { ok: true, sentTo: raters.map((p) => traject.names[p.uid] ?? p.displayName) };
}
