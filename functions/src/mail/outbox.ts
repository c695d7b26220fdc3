// The outbox's delivery state machine, after firebase/extensions' firestore-send-email:
//   (new) -> PENDING -> PROCESSING -> SUCCESS
//                                  -> RETRY -> (due) PENDING ...   -> ERROR after MAX_ATTEMPTS
// Every move happens in a transaction that re-reads the state, so a duplicate trigger delivery, a retry of
// the function or two instances racing can never send the same mail twice while a lease is held. A
// PROCESSING mail whose lease ran out (the instance died mid-send) goes back to PENDING via the sweeper.
import { MAIL_COLLECTION, mailDocSchema, type MailDoc, type MailMessage } from '@praktijkvolg/domain';
import {
  FieldValue,
  Timestamp,
  type DocumentReference,
  type Firestore,
  type Transaction,
} from 'firebase-admin/firestore';
import { log } from '../log.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import type { Mailer } from './transport.js';

export const MAX_ATTEMPTS = 6;
export const LEASE_MS = 60_000;

/** 1 min, 2, 4, 8, 16 ... capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Mails whose body carries a single-use or sign-in link (purpose `link.*`). Once delivered (or finally
 * failed) the outbox keeps no copy of the body, so a link cannot be lifted from the mail collection.
 */
export function holdsSecretLink(purpose: string | undefined): boolean {
  return purpose?.startsWith('link.') ?? false;
}
/** `to` of a skipped link mail (an address nobody has): still a valid mail document, no personal data. */
export const UNSENT_ADDRESS = 'niet-verzonden';
const redacted = (message: MailMessage): MailMessage => ({
  subject: message.subject,
  text: '[Verwijderd na verzending: deze mail bevatte een persoonlijke link.]',
});

/** A mail whose recipient is only known at send time (a sign-in link): the message and whom it is for. */
export interface PreparedMail {
  message: MailMessage;
  instituteId?: string;
  recipientUid?: string;
  /** Set when the mail became another purpose at send time (a digest left with only events: event_digest). */
  purpose?: string;
}

/**
 * Called just before sending: lets the sender re-check that the mail is still wanted (a digest whose
 * forms were all completed meanwhile) and re-render it, or render it for the first time (a sign-in link).
 * Returns null to skip the mail.
 */
export type PrepareMail = (
  mail: MailDoc,
  ref: DocumentReference,
) => Promise<MailMessage | PreparedMail | null>;
const sendAsWritten: PrepareMail = async (mail) => mail.message;

const logs = {
  claimed: (id: string, attempt: number) => log.info('mail: delivering', { mailId: id, attempt }),
  delivered: (id: string, messageId: string | null) => log.info('mail: delivered', { mailId: id, messageId }),
  skipped: (id: string, reason: string) => log.info('mail: skipped', { mailId: id, reason }),
  failed: (id: string, attempts: number, final: boolean, error: string) =>
    log.warn('mail: delivery failed', { mailId: id, attempts, final, error }),
  invalid: (id: string, error: string) => log.error('mail: invalid document', { mailId: id, error }),
};

/** Reacts to a write of mail/{id}; safe to call any number of times for the same state. */
export async function processMailWrite(
  db: Firestore,
  ref: DocumentReference,
  mailer: Mailer,
  prepare: PrepareMail = sendAsWritten,
  now: () => Date = () => new Date(),
): Promise<void> {
  const claimed = await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) return null;
    const parsed = mailDocSchema.safeParse(snap.data());
    if (!parsed.success) {
      // Marked once: the update re-triggers us, and marking again would loop for as long as the document lives.
      if (snap.get('delivery.state') === 'ERROR') return null;
      logs.invalid(ref.id, parsed.error.message);
      tx.update(ref, {
        'delivery.state': 'ERROR',
        'delivery.error': `invalid mail document: ${parsed.error.message}`,
      });
      return null;
    }
    const mail = parsed.data;
    const at = Timestamp.fromDate(now());
    if (!mail.delivery) {
      tx.update(ref, { delivery: { state: 'PENDING', attempts: 0, startTime: at, error: null } });
      return null; // the update re-triggers us in PENDING
    }
    if (mail.delivery.state !== 'PENDING') return null;
    tx.update(ref, {
      'delivery.state': 'PROCESSING',
      'delivery.attempts': mail.delivery.attempts + 1,
      'delivery.leaseExpireTime': Timestamp.fromMillis(at.toMillis() + LEASE_MS),
    });
    return { mail, attempt: mail.delivery.attempts + 1 };
  });
  if (!claimed) return;

  logs.claimed(ref.id, claimed.attempt);
  let outcome: Record<string, unknown>;
  try {
    const prepared = await prepare(claimed.mail, ref);
    if (prepared === null) {
      logs.skipped(ref.id, 'no longer relevant');
      outcome = {
        'delivery.state': 'SUCCESS',
        'delivery.skippedReason': 'no longer relevant at send time',
        // A sign-in link asked for an address nobody has: keep no copy of what was typed.
        ...(holdsSecretLink(claimed.mail.purpose) && { to: UNSENT_ADDRESS }),
      };
    } else {
      const { message, ...recipient } = 'message' in prepared ? prepared : { message: prepared };
      // A stable Message-ID lets a receiving server drop the copy if a lease ran out after a send that
      // did go through (the only way SMTP can deliver twice: the sender cannot know the first succeeded).
      const info = await mailer.send(claimed.mail.to, message, {
        messageId: `<${ref.id}@praktijkvolg.mail>`,
      });
      logs.delivered(ref.id, info.messageId);
      outcome = {
        'delivery.state': 'SUCCESS',
        'delivery.info': info,
        message: holdsSecretLink(claimed.mail.purpose) ? redacted(message) : message,
        ...recipient,
      };
    }
    outcome['delivery.error'] = null;
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const final = claimed.attempt >= MAX_ATTEMPTS;
    logs.failed(ref.id, claimed.attempt, final, error);
    outcome = final
      ? {
          'delivery.state': 'ERROR',
          'delivery.error': error,
          ...(holdsSecretLink(claimed.mail.purpose) ? { message: redacted(claimed.mail.message) } : {}),
        }
      : {
          'delivery.state': 'RETRY',
          'delivery.error': error,
          'delivery.nextAttemptTime': Timestamp.fromMillis(now().getTime() + backoffMs(claimed.attempt)),
        };
  }
  // The outcome and its audit entry in one batch: a sent (or finally failed) mail always leaves a trace.
  const batch = db.batch();
  batch.update(ref, {
    ...outcome,
    'delivery.leaseExpireTime': null,
    'delivery.endTime': outcome['delivery.state'] === 'RETRY' ? null : FieldValue.serverTimestamp(),
  });
  const sent = outcome['delivery.state'] === 'SUCCESS' && outcome['delivery.info'] !== undefined;
  if (sent || outcome['delivery.state'] === 'ERROR') {
    appendAudit(batch, auditRef(db), {
      instituteId: (outcome.instituteId as string | undefined) ?? claimed.mail.instituteId ?? null,
      at: now(),
      action: sent ? 'mail.sent' : 'mail.failed',
      target: ref.path,
      details: {
        to: claimed.mail.to,
        subject: (outcome.message as MailMessage | undefined)?.subject ?? claimed.mail.message.subject,
        purpose: claimed.mail.purpose ?? null,
        attempts: claimed.attempt,
        ...(sent
          ? { messageId: (outcome['delivery.info'] as { messageId: string | null }).messageId }
          : { error: outcome['delivery.error'] }),
      },
    });
  }
  await batch.commit();
}

/**
 * Moves due RETRY mails and PROCESSING mails with an expired lease back to PENDING. Runs every minute;
 * its queries only touch mails in those states, so its cost follows the failures, not the outbox size.
 */
export async function requeueMail(db: Firestore, now: Date = new Date()): Promise<number> {
  const at = Timestamp.fromDate(now);
  const [retries, stale] = await Promise.all([
    db
      .collection(MAIL_COLLECTION)
      .where('delivery.state', '==', 'RETRY')
      .where('delivery.nextAttemptTime', '<=', at)
      .get(),
    db
      .collection(MAIL_COLLECTION)
      .where('delivery.state', '==', 'PROCESSING')
      .where('delivery.leaseExpireTime', '<=', at)
      .get(),
  ]);
  let moved = 0;
  for (const doc of [...retries.docs, ...stale.docs]) {
    const requeued = await db.runTransaction(async (tx) => {
      const fresh = await tx.get(doc.ref);
      const delivery = fresh.get('delivery') as
        { state?: string; nextAttemptTime?: Timestamp; leaseExpireTime?: Timestamp } | undefined;
      const due =
        (delivery?.state === 'RETRY' &&
          delivery.nextAttemptTime &&
          delivery.nextAttemptTime.toMillis() <= at.toMillis()) ||
        (delivery?.state === 'PROCESSING' &&
          delivery.leaseExpireTime &&
          delivery.leaseExpireTime.toMillis() <= at.toMillis());
      if (!due) return false;
      tx.update(doc.ref, {
        'delivery.state': 'PENDING',
        'delivery.nextAttemptTime': null,
        'delivery.leaseExpireTime': null,
      });
      return true;
    });
    if (requeued) moved++;
  }
  return moved;
}

/**
 * Queues a mail as part of a transaction, so it exists exactly when the transaction's other writes do
 * (docs/rules.md, "Dossier LEOh, exports and counts"). The caller reads `mail/{mailId}` in the same
 * transaction first and skips the call when it exists: `create` fails the whole transaction otherwise.
 */
export function enqueueMailInTransaction(
  tx: Transaction,
  db: Firestore,
  mail: Omit<MailDoc, 'delivery'>,
  mailId: string,
): void {
  tx.create(db.collection(MAIL_COLLECTION).doc(mailId), mailDocSchema.parse(mail));
}

/** Queues a mail; with an id the write is idempotent (a second enqueue of the same id does nothing). */
export async function enqueueMail(
  db: Firestore,
  mail: Omit<MailDoc, 'delivery'>,
  mailId?: string,
): Promise<string> {
  const parsed = mailDocSchema.parse(mail);
  if (!mailId) return (await db.collection(MAIL_COLLECTION).add(parsed)).id;
  const ref = db.collection(MAIL_COLLECTION).doc(mailId);
  await ref.create(parsed).catch((err: { code?: number }) => {
    if (err.code !== 6 /* ALREADY_EXISTS */) throw err;
  });
  return mailId;
}
