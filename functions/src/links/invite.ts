// inviteRater: the aios or deelnemer invites someone to fill one part. An account holder who already
// rates that part gets a link into the app (they sign in with an e-mailed link); anyone else gets a
// single-use link that grants that one part and nothing else.
import { isTrajectRole } from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { enqueueMail } from '../mail/outbox.js';
import { partPath } from '../schedule/formDocs.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import { partClosedReason, readFormPart } from './formState.js';
import { isTrainee, mayHoldPart, mayInviteInto } from './invitePolicy.js';
import { createLinkToken, labelOfPart } from './lifecycle.js';
import { invitationMail } from './mails.js';
import { normaliseEmail, peopleByEmail, personByUid } from '../people/people.js';
import { INVITATIONS_PER_DAY, takeRateLimit } from './rateLimit.js';
import { hashPrefix, linkPartClaim } from './token.js';
import { readTraject } from '../schedule/traject.js';
import { formPartUrl, tokenLinkUrl } from '../appLinks.js';

export interface InviteInput {
  formId: string;
  partId: string;
  name: string;
  email: string;
  message?: string | undefined;
}

export interface Caller {
  uid: string;
  /** The e-mail address on the caller's ID token, if any. */
  email?: string | undefined;
}

export async function inviteRater(
  db: Firestore,
  input: InviteInput,
  caller: Caller,
  now: Date,
  base: string,
): Promise<{ ok: true; invitationId: string }> {
  const form = await readFormPart(db, input.formId, input.partId);
  const { envelope, part } = form;
  if (!envelope) throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
  if (!part || !envelope.parts[input.partId])
    throw new HttpsError('not-found', 'Dit formulier heeft dit deel niet.');
  const traject = await readTraject(db, envelope.trajectId);
  if (!traject || traject.instituteId !== envelope.instituteId)
    throw new HttpsError('not-found', 'Het traject van dit formulier bestaat niet.');

  if (!isTrainee(traject.programme, traject.roles, caller.uid)) {
    throw new HttpsError(
      'permission-denied',
      'Alleen de aios of deelnemer van dit traject kan iemand uitnodigen voor dit formulier.',
    );
  }
  const invitable = mayInviteInto(envelope.formType, input.partId);
  if (!invitable.ok) throw new HttpsError('failed-precondition', invitable.reason);
  const closed = partClosedReason(form, input.partId, now);
  if (closed) throw new HttpsError('failed-precondition', closed);

  // Who is behind the address? Only people of this institute count; an address of someone elsewhere is
  // treated as an outsider (single-use link), which grants no more than the one part.
  const email = normaliseEmail(input.email);
  const [invitees, callerPerson] = await Promise.all([
    peopleByEmail(db, email).then((list) => list.filter((p) => p.instituteId === envelope.instituteId)),
    personByUid(db, caller.uid),
  ]);
  const callerEmails = [caller.email, callerPerson?.email]
    .filter((e): e is string => !!e)
    .map(normaliseEmail);
  if (callerEmails.includes(email) || invitees.some((p) => p.uid === caller.uid)) {
    throw new HttpsError(
      'failed-precondition',
      'Je kunt jezelf niet uitnodigen: iemand anders vult dit deel in.',
    );
  }
  // Rule 1 by address as well: the werkplekbegeleider's people document may be the only link to them.
  const wpbEmails = (
    await Promise.all((traject.roles.werkplekbegeleider ?? []).map((uid) => personByUid(db, uid)))
  ).flatMap((p) => (p?.email ? [normaliseEmail(p.email)] : []));
  const partRole = envelope.parts[input.partId]!.role;
  const inviteeUids = [
    ...invitees.map((p) => p.uid),
    ...(wpbEmails.includes(email) ? (traject.roles.werkplekbegeleider ?? []) : []),
  ];
  if (isTrajectRole(partRole)) {
    const holds = mayHoldPart(traject.programme, traject.roles, inviteeUids, partRole, input.name);
    if (!holds.ok) throw new HttpsError('failed-precondition', holds.reason);
  }

  const accountHolder = invitees.find((p) => part.raterUids.includes(p.uid));
  const inviterName = traject.names[caller.uid] ?? callerPerson?.displayName ?? traject.traineeName;

  const outcome = await db.runTransaction(async (tx) => {
    const limit = await takeRateLimit(
      db,
      tx,
      INVITATIONS_PER_DAY,
      linkPartClaim(input.formId, input.partId),
      now,
    );
    if (!limit.allowed) {
      throw new HttpsError(
        'resource-exhausted',
        'Voor dit formulier zijn vandaag al veel uitnodigingen verstuurd. Probeer het morgen opnieuw.',
      );
    }
    const entryRef = auditRef(db);
    let url: string;
    let expiresAt: Date | null = null;
    let tokenHash: string | null = null;
    if (accountHolder) {
      url = formPartUrl(base, input.formId, input.partId);
    } else {
      const created = createLinkToken(
        db,
        tx,
        {
          instituteId: envelope.instituteId,
          formId: input.formId,
          partId: input.partId,
          raterName: input.name,
          raterEmail: email,
          invitedBy: caller.uid,
          invitationId: entryRef.id,
          renewedFrom: null,
        },
        now,
      );
      url = tokenLinkUrl(base, created.token);
      expiresAt = created.doc.expiresAt.toDate();
      tokenHash = created.hash;
    }
    limit.commit();
    appendAudit(tx, entryRef, {
      instituteId: envelope.instituteId,
      at: now,
      actorUid: caller.uid,
      action: 'link.invited',
      target: partPath(input.formId, input.partId),
      details: {
        inviteeName: input.name,
        inviteeEmail: email,
        via: accountHolder ? 'account' : 'link',
        ...(accountHolder && { inviteeUid: accountHolder.uid }),
        ...(tokenHash && { token: hashPrefix(tokenHash) }),
      },
    });
    return { invitationId: entryRef.id, url, expiresAt };
  });

  await enqueueMail(
    db,
    {
      to: email,
      message: invitationMail({
        raterName: input.name,
        inviterName,
        formTitle: envelope.title,
        partLabel: labelOfPart(input.partId),
        traineeName: envelope.traineeName ?? traject.traineeName,
        message: input.message,
        url: outcome.url,
        expiresAt: outcome.expiresAt,
      }),
      purpose: 'link.invitation',
      instituteId: envelope.instituteId,
      ...(accountHolder && { recipientUid: accountHolder.uid }),
    },
    `invitation-${outcome.invitationId}`,
  );
  return { ok: true, invitationId: outcome.invitationId };
}
