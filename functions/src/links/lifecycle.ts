// The life of a single-use link: created (invitation or renewal) -> peeked any number of times (read
// only: mail scanners open every link) -> spent once by the person's button (redeem, in a transaction)
// -> or expired. A dead link can be renewed: a fresh link to the rater's own address while the part is
// open, otherwise a note to the secretariat; both rate-limited per part per day.
import {
  partLabel,
  isStaffRole,
  isFeedbackPartId,
  isTrajectRole,
  type PartId,
  type MailDoc,
  formPath,
  partPath,
  LINK_TOKENS_COLLECTION,
  linkTokenDocSchema,
  type LinkTokenDoc,
} from '@praktijkvolg/domain';
import { FieldValue, Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { enqueueMail } from '../mail/outbox.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import { invitationEndedReason, partClosedReason, readFormPart, submittedReason } from './formState.js';
import { newLinkMail, newLinkToSecretariatMail } from './mails.js';
import { secretariat } from '../people/people.js';
import { NEW_LINKS_PER_DAY, takeRateLimit } from './rateLimit.js';
import {
  externalRaterUid,
  hashPrefix,
  hashToken,
  linkPartClaim,
  newToken,
  parseLinkToken,
  tokenState,
  TOKEN_TTL_MS,
  type TokenState,
} from './token.js';
import { tokenLinkUrl } from '../appLinks.js';

const logs = {
  created: (hash: string, formId: string, partId: string) =>
    log.info('link: created', { token: hashPrefix(hash), formId, partId }),
  redeemed: (hash: string, formId: string, partId: string) =>
    log.info('link: redeemed', { token: hashPrefix(hash), formId, partId }),
  refused: (hash: string, reason: string) => log.info('link: refused', { token: hashPrefix(hash), reason }),
  renewed: (hash: string, sentTo: string) =>
    log.info('link: renewal requested', { token: hashPrefix(hash), sentTo }),
};

export const labelOfPart = (partId: string) =>
  isFeedbackPartId(partId)
    ? 'Feedback'
    : isTrajectRole(partId) || isStaffRole(partId)
      ? partLabel(partId as PartId)
      : partId;

export interface NewTokenInput {
  instituteId: string;
  formId: string;
  partId: string;
  raterName: string;
  raterEmail: string | null;
  invitedBy: string;
  invitationId: string;
  renewedFrom: string | null;
}

/** Writes a fresh token document in the transaction; the plain token is returned once, for the mail. */
export function createLinkToken(
  db: Firestore,
  tx: Transaction,
  input: NewTokenInput,
  now: Date,
): { token: string; hash: string; doc: LinkTokenDoc } {
  const token = newToken();
  const hash = hashToken(token);
  const doc = linkTokenDocSchema.parse({
    ...input,
    uid: externalRaterUid(input.formId, input.partId, input.raterEmail ?? input.invitationId),
    createdAt: Timestamp.fromDate(now),
    expiresAt: Timestamp.fromMillis(now.getTime() + TOKEN_TTL_MS),
    spentAt: null,
  });
  tx.create(db.collection(LINK_TOKENS_COLLECTION).doc(hash), doc);
  logs.created(hash, input.formId, input.partId);
  return { token, hash, doc };
}

export interface PeekResult {
  /** 'submitted': the part is in, whatever the link's own state; no new link is offered then. */
  state: TokenState | 'submitted';
  formTitle: string | null;
  raterName: string | null;
  expiresAt: string | null;
  submittedAt: string | null;
}

/**
 * What a link is for and whether it still works. Only reads: opening a link (a GET by a mail scanner,
 * or the page loading) never changes anything. A link whose part can no longer be filled in reads as
 * 'expired', so the page offers a new link (which then goes to the secretariat).
 */
export async function peekToken(db: Firestore, token: string, now: Date): Promise<PeekResult> {
  const doc = parseLinkToken(await db.collection(LINK_TOKENS_COLLECTION).doc(hashToken(token)).get());
  if (!doc) return { state: 'unknown', formTitle: null, raterName: null, expiresAt: null, submittedAt: null };
  const form = await readFormPart(db, doc.formId, doc.partId);
  const submittedAt = form.part?.status === 'submitted' ? (form.part.submittedAt ?? null) : undefined;
  let state: PeekResult['state'] = submittedAt !== undefined ? 'submitted' : tokenState(doc, now);
  const ended = invitationEndedReason(form, doc.invitationId, doc.partId);
  if (state === 'valid' && (partClosedReason(form, doc.partId, now) || ended)) state = 'expired';
  return {
    state,
    formTitle: form.envelope?.title ?? null,
    raterName: doc.raterName,
    expiresAt: doc.expiresAt.toDate().toISOString(),
    submittedAt: submittedAt ? submittedAt.toDate().toISOString() : null,
  };
}

/** Signs a custom token (firebase-admin `createCustomToken`); a parameter so tests can see the claims. */
export type MintCustomToken = (
  uid: string,
  claims: { institute: string; linkPart: string },
) => Promise<string>;

const refusal = (state: TokenState | 'closed' | 'submitted', message: string) =>
  new HttpsError('failed-precondition', message, { state });

const UNKNOWN = 'Deze link is onbekend. Controleer of je de hele link uit de e-mail hebt gebruikt.';
const SPENT = 'Deze link is al gebruikt. Vraag hieronder een nieuwe link aan.';
const EXPIRED = 'Deze link is verlopen. Vraag hieronder een nieuwe link aan.';

/**
 * Spends a link (the person pressed the button) and returns a session for exactly its part. The token
 * is marked spent, and the rater's synthetic uid added to the part, in one transaction that first
 * re-checks everything; the custom token is signed before, so a signing failure spends nothing.
 */
export async function redeemToken(
  db: Firestore,
  mint: MintCustomToken,
  token: string,
  now: Date,
): Promise<{ customToken: string; formId: string; partId: string }> {
  const hash = hashToken(token);
  const ref = db.collection(LINK_TOKENS_COLLECTION).doc(hash);
  const first = parseLinkToken(await ref.get());
  if (!first) {
    logs.refused(hash, 'unknown');
    throw new HttpsError('not-found', UNKNOWN, { state: 'unknown' });
  }
  const customToken = await mint(first.uid, {
    institute: first.instituteId,
    linkPart: linkPartClaim(first.formId, first.partId),
  });

  await db
    .runTransaction(async (tx) => {
      const doc = parseLinkToken(await tx.get(ref));
      const form = await readFormPart(db, first.formId, first.partId, tx);
      const state = tokenState(doc, now);
      if (!doc || state === 'unknown') throw new HttpsError('not-found', UNKNOWN, { state: 'unknown' });
      if (state === 'spent') throw refusal('spent', SPENT);
      if (state === 'expired') throw refusal('expired', EXPIRED);
      const closed = partClosedReason(form, doc.partId, now);
      if (closed) throw refusal(form.part?.status === 'submitted' ? 'submitted' : 'closed', closed);
      const ended = invitationEndedReason(form, doc.invitationId, doc.partId);
      if (ended) throw refusal('closed', ended);

      tx.update(ref, { spentAt: Timestamp.fromDate(now) });
      // The rater's uid joins the part: the rules let a link session write only while its uid is there (naming
      // another waarnemer takes it off again, docs/rules.md "Who fills an assessment part").
      tx.update(db.doc(partPath(doc.formId, doc.partId)), { raterUids: FieldValue.arrayUnion(doc.uid) });
      tx.update(db.doc(formPath(doc.formId)), {
        [`parts.${doc.partId}.raterUids`]: FieldValue.arrayUnion(doc.uid),
        raterUids: FieldValue.arrayUnion(doc.uid),
      });
      appendAudit(tx, auditRef(db), {
        instituteId: doc.instituteId,
        at: now,
        actorUid: doc.uid,
        action: 'link.redeemed',
        target: partPath(doc.formId, doc.partId),
        details: { token: hashPrefix(hash), invitationId: doc.invitationId },
      });
    })
    .catch((err: unknown) => {
      if (err instanceof HttpsError)
        logs.refused(hash, String((err.details as { state?: string } | undefined)?.state));
      throw err;
    });

  logs.redeemed(hash, first.formId, first.partId);
  return { customToken, formId: first.formId, partId: first.partId };
}

/**
 * An expired or spent link: a fresh link for the same part to the rater's own address while the part
 * can still be filled in (a forwarded or scanned link thus never reaches anyone else), otherwise a note
 * to the secretariat. At most NEW_LINKS_PER_DAY per part per day, whoever asks.
 */
export async function requestLinkRenewal(
  db: Firestore,
  token: string,
  now: Date,
  base: string,
): Promise<{ ok: true; sentTo: 'rater' | 'secretariaat' }> {
  const hash = hashToken(token);
  const ref = db.collection(LINK_TOKENS_COLLECTION).doc(hash);

  const outcome = await db.runTransaction(async (tx) => {
    const doc = parseLinkToken(await tx.get(ref));
    if (!doc) throw new HttpsError('not-found', UNKNOWN, { state: 'unknown' });
    const form = await readFormPart(db, doc.formId, doc.partId, tx);
    // A submitted part is final: a new link would open nothing, and the secretariat cannot reopen it.
    if (form.part?.status === 'submitted') {
      const message = `${submittedReason(form.part)} Je hoeft niets meer te doen.`;
      throw new HttpsError('failed-precondition', message, { state: 'submitted' });
    }
    // A replaced invitation gets no new link, not even through the secretariat: someone else fills the part.
    const ended = invitationEndedReason(form, doc.invitationId, doc.partId);
    if (ended) throw new HttpsError('failed-precondition', ended, { state: 'closed' });
    const closed = partClosedReason(form, doc.partId, now);
    if (tokenState(doc, now) === 'valid' && !closed) {
      throw new HttpsError(
        'failed-precondition',
        'Deze link is nog geldig. Gebruik de knop "Formulier openen" om verder te gaan.',
        { state: 'valid' },
      );
    }
    const limit = await takeRateLimit(db, tx, NEW_LINKS_PER_DAY, linkPartClaim(doc.formId, doc.partId), now);
    if (!limit.allowed) {
      throw new HttpsError(
        'resource-exhausted',
        'Voor dit formulier zijn vandaag al te veel nieuwe links aangevraagd. Probeer het morgen opnieuw of neem contact op met het secretariaat.',
      );
    }
    const context = {
      formTitle: form.envelope?.title ?? 'formulier',
      partLabel: labelOfPart(doc.partId),
      traineeName: form.envelope?.traineeName ?? 'onbekend',
    };

    if (!closed && doc.raterEmail) {
      const fresh = createLinkToken(
        db,
        tx,
        {
          instituteId: doc.instituteId,
          formId: doc.formId,
          partId: doc.partId,
          raterName: doc.raterName,
          raterEmail: doc.raterEmail,
          invitedBy: doc.invitedBy,
          invitationId: doc.invitationId,
          renewedFrom: hashPrefix(hash),
        },
        now,
      );
      limit.commit();
      appendAudit(tx, auditRef(db), {
        instituteId: doc.instituteId,
        at: now,
        actorUid: null,
        action: 'link.renewed',
        target: partPath(doc.formId, doc.partId),
        details: { from: hashPrefix(hash), to: hashPrefix(fresh.hash), invitationId: doc.invitationId },
      });
      const mail: Omit<MailDoc, 'delivery'> = {
        to: doc.raterEmail,
        message: newLinkMail({
          raterName: doc.raterName,
          ...context,
          url: tokenLinkUrl(base, fresh.token),
          expiresAt: fresh.doc.expiresAt.toDate(),
        }),
        purpose: 'link.renewal',
        instituteId: doc.instituteId,
      };
      return { sentTo: 'rater' as const, mail, mailId: `link-renewal-${fresh.hash.slice(0, 24)}` };
    }

    const office = await secretariat(db, doc.instituteId);
    if (office.length === 0) {
      throw new HttpsError(
        'failed-precondition',
        'Er kon geen nieuwe link worden gestuurd en er is geen secretariaat bekend. Neem contact op met de opleiding.',
      );
    }
    limit.commit();
    const entryRef = auditRef(db);
    appendAudit(tx, entryRef, {
      instituteId: doc.instituteId,
      at: now,
      actorUid: null,
      action: 'link.renewal_to_secretariaat',
      target: partPath(doc.formId, doc.partId),
      details: {
        from: hashPrefix(hash),
        reason: closed ?? 'geen e-mailadres',
        invitationId: doc.invitationId,
      },
    });
    const mail: Omit<MailDoc, 'delivery'> = {
      to: office.map((p) => p.email),
      message: newLinkToSecretariatMail({
        ...context,
        raterName: doc.raterName,
        raterEmail: doc.raterEmail,
        reason: closed ?? 'van deze persoon is geen e-mailadres bekend.',
      }),
      purpose: 'link.renewal_secretariaat',
      instituteId: doc.instituteId,
    };
    return { sentTo: 'secretariaat' as const, mail, mailId: `link-renewal-${entryRef.id}` };
  });

  await enqueueMail(db, outcome.mail, outcome.mailId);
  logs.renewed(hash, outcome.sentTo);
  return { ok: true, sentTo: outcome.sentTo };
}
