// askFeedback: "Vraag feedback", the inviteRater callable with partId ASK_FEEDBACK (docs/rules.md "Feedback givers
// by link"; the policy is the domain's policies/feedbackGivers.ts). The opleider of a ComBel asks practice staff,
// the PDG-deelnemer asks peers, students and colleagues for her summative request: each giver gets a part of their
// own in the form's next free slot (`feedback_n`), made here with its single-use link and designation (name and
// role), in one transaction that re-reads the envelope, so two requests at once never share a slot and the form's
// maximum (6 or 8 givers, the slots of its definition) bounds the mails it can send; renewals are limited per part. The giver's link reaches that one part (the rules' generated linkMayReach).
import { parseEnvelope, readTraject } from '../documents.js';
import {
  actorOf,
  FEEDBACK_GIVER_ROLES,
  FEEDBACK_REQUESTS,
  FORM_DEFINITIONS,
  formPath,
  giverRoleFits,
  mayAskFeedback,
  mayBeAskedForFeedback,
  nextFeedbackSlot,
  partLabel,
  partPath,
  type FeedbackGiverRole,
  type PartDesignation,
} from '@praktijkvolg/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit, auditRef } from '../audit/audit.js';
import { readAskedAddress } from './askedAddress.js';
import { enqueueMail } from '../mail/outbox.js';
import { normaliseEmail } from '../people/people.js';
import { tokenLinkUrl } from '../appLinks.js';
import { createLinkToken } from './lifecycle.js';
import { invitationMail } from './mails.js';
import { hashPrefix } from './token.js';
import type { Caller, InviteInput } from './invite.js';

export async function askFeedback(
  db: Firestore,
  input: InviteInput & { giverRole?: FeedbackGiverRole | undefined },
  caller: Caller,
  now: Date,
  base: string,
): Promise<{ ok: true; invitationId: string; partId: string }> {
  const formRef = db.doc(formPath(input.formId));
  const envelope = parseEnvelope(await formRef.get());
  if (!envelope) throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
  const traject = await readTraject(db, envelope.trajectId);
  if (!traject || traject.instituteId !== envelope.instituteId)
    throw new HttpsError('not-found', 'Het traject van dit formulier bestaat niet.');
  const actor = actorOf(caller.uid, caller.claims);
  const first = mayAskFeedback(actor, envelope, traject);
  if (!first.ok)
    throw new HttpsError(first.notYours ? 'permission-denied' : 'failed-precondition', first.reason);
  if (!input.giverRole || !giverRoleFits(envelope.formType, input.giverRole))
    throw new HttpsError('invalid-argument', 'Kies als wie je deze persoon om feedback vraagt.');
  const giverRole = input.giverRole;
  if (envelope.closesAt && envelope.closesAt.toMillis() < now.getTime())
    throw new HttpsError('failed-precondition', 'De termijn van dit formulier is verstreken.');

  const email = normaliseEmail(input.email);
  const { byAddress, members, callerPerson, institute, askerEmails } = await readAskedAddress(
    db,
    email,
    envelope,
    traject,
    caller,
  );
  const inviterName = traject.names[caller.uid] ?? callerPerson?.displayName ?? 'Onbekend';

  const outcome = await db.runTransaction(async (tx) => {
    // Fresh: the slots taken and the addresses asked, so a double click or two tabs never share a slot.
    const fresh = parseEnvelope(await tx.get(formRef));
    if (!fresh) throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
    const again = mayAskFeedback(actor, fresh, traject);
    if (!again.ok) throw new HttpsError('failed-precondition', again.reason);
    const asked = Object.keys(fresh.designations ?? {}).map((p) => db.doc(partPath(input.formId, p)));
    const askedParts = asked.length > 0 ? await tx.getAll(...asked) : [];
    const allowed = mayBeAskedForFeedback(
      {
        name: input.name,
        email,
        uids: byAddress.map((p) => p.uid),
        staffRoles: byAddress.flatMap((p) => p.staffRoles ?? []),
      },
      {
        programme: traject.programme,
        roles: traject.roles,
        asker: {
          uid: caller.uid,
          emails: askerEmails,
        },
        memberEmails: [...members.values()].flatMap((p) => (p.email ? [p.email] : [])),
        askedEmails: askedParts.flatMap((s) => {
          const d = s.get('designation') as { email?: unknown } | undefined;
          return typeof d?.email === 'string' ? [d.email] : [];
        }),
      },
    );
    if (!allowed.ok) throw new HttpsError('failed-precondition', allowed.reason);
    const slot = nextFeedbackSlot(fresh.formType, Object.keys(fresh.parts));
    if (!slot)
      throw new HttpsError('failed-precondition', 'Er kan niemand meer om feedback worden gevraagd.');
    const entryRef = auditRef(db);
    const created = createLinkToken(
      db,
      tx,
      {
        instituteId: fresh.instituteId,
        formId: input.formId,
        partId: slot,
        raterName: input.name,
        raterEmail: email,
        invitedBy: caller.uid,
        invitationId: entryRef.id,
        renewedFrom: null,
      },
      now,
    );
    const designation: PartDesignation = {
      name: input.name,
      email,
      raterUid: created.doc.uid,
      invitationId: entryRef.id,
      designatedBy: caller.uid,
      designatedByName: inviterName,
      designatedAs: first.as,
      giverRole,
      at: Timestamp.fromDate(now),
    };
    const { email: _address, ...withoutAddress } = designation;
    const window = { opensAt: fresh.opensAt, closesAt: fresh.closesAt };
    tx.create(db.doc(partPath(input.formId, slot)), {
      instituteId: fresh.instituteId,
      trajectId: fresh.trajectId,
      formId: input.formId,
      formType: fresh.formType,
      role: slot,
      raterUids: [],
      ...window,
      status: 'open',
      answers: {},
      schemaVersion: FORM_DEFINITIONS[fresh.formType].version,
      version: 1,
      revealed: fresh.revealed,
      updatedAt: Timestamp.fromDate(now),
      designation,
    });
    tx.update(formRef, {
      [`parts.${slot}`]: { role: slot, raterUids: [], status: 'open' },
      [`designations.${slot}`]: withoutAddress,
    });
    appendAudit(tx, entryRef, {
      instituteId: fresh.instituteId,
      at: now,
      actorUid: caller.uid,
      action: 'link.invited',
      target: partPath(input.formId, slot),
      details: {
        inviteeName: input.name,
        inviteeEmail: email,
        via: 'link',
        designatedAs: first.as,
        giverRole,
        token: hashPrefix(created.hash),
      },
    });
    return { invitationId: entryRef.id, slot, url: tokenLinkUrl(base, created.token), created };
  });

  await enqueueMail(
    db,
    {
      to: email,
      message: invitationMail({
        formTitle: envelope.title,
        partLabel: `Feedback (${FEEDBACK_GIVER_ROLES[giverRole].toLowerCase()})`,
        traineeName: envelope.traineeName ?? traject.traineeName,
        instituteName: institute.name ?? envelope.instituteId,
        raterName: input.name,
        inviterName,
        inviterRole: partLabel(FEEDBACK_REQUESTS[envelope.formType]!.askedBy).toLowerCase(),
        reason: 'feedback',
        message: input.message,
        url: outcome.url,
        expiresAt: outcome.created.doc.expiresAt.toDate(),
      }),
      purpose: 'link.invitation',
      instituteId: envelope.instituteId,
    },
    `invitation-${outcome.invitationId}`,
  );
  return { ok: true, invitationId: outcome.invitationId, partId: outcome.slot };
}
