// sendInvitation: hands one part out by link (docs/rules.md, "Who fills an assessment part"; the policy is the
// domain's policies/invitation.ts). The trainee invites a feedback giver; the assigned rater or the
// secretariat names a waarnemend rater of an assessment part, and the other raters of the part are told.
// An account holder who already rates the part gets a link into the app; anyone else a single-use link that
// grants that one part. A part has one open invitation at a time: a second is refused unless `replace`,
// which ends the current one (its links stop working and its session loses the part: firestore.rules
// lets a link session write only while its uid is on the part).
import { parsePart, readTraject } from '../documents.js';
import {
  actorOf,
  ASK_FEEDBACK,
  type FeedbackGiverRole,
  designatorLabel,
  isTrajectRole,
  mailboxOf,
  mayBeInvited,
  mayHandOutPart,
  PROGRAMMES,
  type Claims,
  type Designator,
  type StaffRole,
  formPath,
  partPath,
  type PartDesignation,
  LINK_TOKENS_COLLECTION,
  partEntryOf,
} from '@praktijkvolg/domain';
import { FieldValue, Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { enqueueMail } from '../mail/outbox.js';
import { readAskedAddress } from './askedAddress.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import { partClosedReason, readFormPart } from './formState.js';
import { createLinkToken, labelOfPart } from './lifecycle.js';
import { designationNoticeMail, invitationMail } from './mails.js';
import { hasEmail, normaliseEmail, peopleByUid } from '../people/people.js';
import { INVITATIONS_PER_DAY, takeRateLimit } from './rateLimit.js';
import { hashPrefix, linkPartClaim, parseLinkToken, tokenState } from './token.js';
import { askFeedback } from './feedbackRequest.js';
import { formPartUrl, formUrl, tokenLinkUrl } from '../appLinks.js';

export interface InviteInput {
  formId: string;
  /** A part, or ASK_FEEDBACK: "Vraag feedback" makes a feedback giver's part (feedbackRequest.ts). */
  partId: string;
  /** "Vraag feedback" only: the role the giver is asked as. */
  giverRole?: FeedbackGiverRole | undefined;
  name: string;
  email: string;
  message?: string | undefined;
  /** End the part's current invitation instead of being refused (one open invitation per part). */
  replace?: boolean | undefined;
}

export interface Caller {
  uid: string;
  /** The e-mail address on the caller's ID token, if any. */
  email?: string | undefined;
  claims: Claims;
}

export async function sendInvitation(
  db: Firestore,
  input: InviteInput,
  caller: Caller,
  now: Date,
  base: string,
): Promise<{ ok: true; invitationId: string; partId?: string }> {
  if (input.partId === ASK_FEEDBACK) return askFeedback(db, input, caller, now, base);
  const form = await readFormPart(db, input.formId, input.partId);
  const { envelope, part } = form;
  if (!envelope) throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
  if (!part || !partEntryOf(envelope, input.partId))
    throw new HttpsError('not-found', 'Dit formulier heeft dit deel niet.');
  const traject = await readTraject(db, envelope.trajectId);
  if (!traject || traject.instituteId !== envelope.instituteId)
    throw new HttpsError('not-found', 'Het traject van dit formulier bestaat niet.');

  const actor = actorOf(caller.uid, caller.claims);
  const decision = mayHandOutPart(actor, envelope, input.partId, traject);
  if (!decision.ok)
    throw new HttpsError(decision.notYours ? 'permission-denied' : 'failed-precondition', decision.reason);
  const closed = partClosedReason(form, input.partId, now);
  if (closed) throw new HttpsError('failed-precondition', closed);
  const partRole = partEntryOf(envelope, input.partId)!.role;
  if (!isTrajectRole(partRole))
    throw new HttpsError('failed-precondition', 'Dit deel vult een medewerker in.');

  // Who is behind the address? People of this institute with it, and traject members whose address is the
  // same mailbox (any case, any +tag: their people document may be the only link to them).
  const email = normaliseEmail(input.email);
  const { byAddress, members, callerPerson, institute, askerEmails } = await readAskedAddress(
    db,
    email,
    envelope,
    traject,
    caller,
  );
  const sameMailbox = [...members.values()].filter((p) => p.email && mailboxOf(p.email) === mailboxOf(email));
  const invitees = [...new Map([...byAddress, ...sameMailbox].map((p) => [p.uid, p])).values()];
  const traineeUids = traject.roles[PROGRAMMES[traject.programme].traineeRole] ?? [];
  const invitable = mayBeInvited(
    {
      name: input.name,
      email,
      uids: invitees.map((p) => p.uid),
      staffRoles: invitees.flatMap((p): StaffRole[] => p.staffRoles ?? []),
    },
    {
      programme: traject.programme,
      roles: traject.roles,
      partRole,
      inviter: {
        uid: caller.uid,
        emails: askerEmails,
      },
      traineeEmails: traineeUids.flatMap((uid) => members.get(uid)?.email ?? []),
    },
  );
  if (!invitable.ok) throw new HttpsError('failed-precondition', invitable.reason);

  const accountHolder = invitees.find((p) => part.raterUids.includes(p.uid));
  const inviterName = traject.names[caller.uid] ?? callerPerson?.displayName ?? 'Het secretariaat';
  const inviterRole = designatorLabel(decision.as, traject, partRole);
  const instituteName = institute.name ?? envelope.instituteId;
  const partRef = db.doc(partPath(input.formId, input.partId));
  const formRef = db.doc(formPath(input.formId));

  const outcome = await db.runTransaction(async (tx) => {
    // Reads first: the part's current designation (fresh), its links, the counter.
    const fresh = parsePart(await tx.get(partRef));
    const current = fresh?.designation;
    const live = !accountHolder && current ? await isLive(db, tx, current, fresh.raterUids, now) : false;
    const limit = await takeRateLimit(
      db,
      tx,
      INVITATIONS_PER_DAY,
      linkPartClaim(input.formId, input.partId),
      now,
    );
    if (live && current && !input.replace) {
      throw new HttpsError(
        'failed-precondition',
        `${current.name} is al aangewezen voor dit deel (door ${current.designatedByName}). Wil je iemand anders aanwijzen? Kies dan "Vervangen": de link van ${current.name} werkt daarna niet meer.`,
        { reason: 'already_invited', name: current.name },
      );
    }
    if (!limit.allowed) {
      throw new HttpsError(
        'resource-exhausted',
        'Voor dit formulierdeel zijn vandaag al genoeg uitnodigingen verstuurd. Probeer het morgen opnieuw.',
      );
    }
    const entryRef = auditRef(db);
    let url = formPartUrl(base, input.formId, input.partId);
    let expiresAt: Date | null = null;
    let tokenHash: string | null = null;
    if (!accountHolder) {
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
      const designation: PartDesignation = {
        name: input.name,
        email,
        raterUid: created.doc.uid,
        invitationId: entryRef.id,
        designatedBy: caller.uid,
        designatedByName: inviterName,
        designatedAs: decision.as,
        at: Timestamp.fromDate(now),
      };
      const { email: _address, ...withoutAddress } = designation;
      // The previous designation ends: its link rater leaves the part (and so loses it in the rules).
      const leaving = current && current.raterUid !== created.doc.uid ? [current.raterUid] : [];
      tx.update(partRef, {
        designation,
        ...(leaving.length > 0 && { raterUids: FieldValue.arrayRemove(...leaving) }),
      });
      tx.update(formRef, {
        [`designations.${input.partId}`]: withoutAddress,
        ...(leaving.length > 0 && {
          [`parts.${input.partId}.raterUids`]: FieldValue.arrayRemove(...leaving),
          raterUids: FieldValue.arrayRemove(...leaving),
        }),
      });
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
        designatedAs: decision.as,
        ...(accountHolder && { inviteeUid: accountHolder.uid }),
        ...(tokenHash && { token: hashPrefix(tokenHash) }),
        ...(live && current && { replaced: { invitationId: current.invitationId, name: current.name } }),
      },
    });
    return { invitationId: entryRef.id, url, expiresAt, replacedName: live && current ? current.name : null };
  });

  const context = {
    formTitle: envelope.title,
    partLabel: labelOfPart(input.partId),
    traineeName: envelope.traineeName ?? traject.traineeName,
    instituteName,
  };
  await enqueueMail(
    db,
    {
      to: email,
      message: invitationMail({
        ...context,
        raterName: input.name,
        inviterName,
        inviterRole,
        reason: accountHolder ? 'rater' : reasonOf(decision.as),
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

  // The other raters of an assessment part hear who named whom (rule 7 of docs/rules.md: "the others are told").
  if (!accountHolder && decision.as !== 'trainee') {
    const others = (traject.roles[partRole] ?? []).filter((uid) => uid !== caller.uid);
    const people = [...(await peopleByUid(db, others)).values()].filter(hasEmail);
    for (const person of people) {
      await enqueueMail(
        db,
        {
          to: person.email,
          message: designationNoticeMail({
            ...context,
            recipientName: person.displayName,
            designatorName: inviterName,
            designatorRole: inviterRole,
            inviteeName: input.name,
            replacedName: outcome.replacedName,
            url: formUrl(base, input.formId),
          }),
          purpose: 'link.designation_notice',
          instituteId: envelope.instituteId,
          recipientUid: person.uid,
        },
        `designation-${outcome.invitationId}-${person.uid}`,
      );
    }
  }
  return { ok: true, invitationId: outcome.invitationId };
}

const reasonOf = (as: Designator) => (as === 'trainee' ? 'feedback' : 'waarnemer');

/** Is the part's current invitation still open: a link that can be used, or its rater at work on the part? */
async function isLive(
  db: Firestore,
  tx: Transaction,
  current: PartDesignation,
  raterUids: readonly string[],
  now: Date,
): Promise<boolean> {
  if (raterUids.includes(current.raterUid)) return true;
  const snap = await tx.get(
    db.collection(LINK_TOKENS_COLLECTION).where('invitationId', '==', current.invitationId),
  );
  return snap.docs.some((d) => tokenState(parseLinkToken(d), now) === 'valid');
}
