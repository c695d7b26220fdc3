// The short terms (domain RETENTION_DAYS, docs/data-model.md "Retention"): finished mails lose their subject and
// body after a week and go after a month (their audit entries lose the address and subject then), reminder
// digests, expired link tokens, rate-limit counters past their window and old run records are deleted. Every
// query is on the field that dates the document, so a run reads what is due; a deleted document leaves its query.
import {
  shortTermCutoffs,
  type RETENTION_DAYS,
  AUDIT_COLLECTION,
  RETENTION_RUNS_COLLECTION,
  LINK_RATE_LIMITS_COLLECTION,
  LINK_TOKENS_COLLECTION,
  MAIL_COLLECTION,
  type MailMessage,
  REMINDER_DIGESTS_COLLECTION,
} from '@praktijkvolg/domain';
import { Timestamp, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { anonymiseAudit, deleteAll, forEachPage, withWriter, type ReadCounter } from './store.js';

/** Delivery states after which a mail is never sent again (PENDING, PROCESSING and RETRY are left alone). */
const FINISHED = ['SUCCESS', 'ERROR'];

/** What a finished mail keeps of its message after the body term: still a valid mail document (domain documents/mail.ts). */
export const REMOVED_MESSAGE: MailMessage = {
  subject: '[verwijderd]',
  text: '[Onderwerp en inhoud verwijderd na de bewaartermijn.]',
};
const isRemoved = (m: unknown) =>
  !!m &&
  typeof m === 'object' &&
  (m as MailMessage).subject === REMOVED_MESSAGE.subject &&
  (m as MailMessage).text === REMOVED_MESSAGE.text &&
  !('html' in m) &&
  !('attachments' in m);

export interface ShortTermCounts {
  mailBodiesRemoved: number;
  mailsRemoved: number;
  mailAuditAnonymised: number;
  reminderDigests: number;
  linkTokens: number;
  linkRateLimits: number;
  retentionRuns: number;
}

const ts = (d: Date) => Timestamp.fromDate(d);

/**
 * Applies every short term at `now`. `mailBodiesDoneUntil`: the body cutoff of the previous run, so this run reads
 * only mails that finished since (a stripped mail stays in the collection until its own term).
 */
export async function applyShortTerms(
  db: Firestore,
  now: Date,
  mailBodiesDoneUntil: Date | null,
  reads: ReadCounter,
): Promise<{ counts: ShortTermCounts; cutoffs: Record<keyof typeof RETENTION_DAYS, Date> }> {
  const cutoffs = shortTermCutoffs(now);
  const counts: ShortTermCounts = {
    mailBodiesRemoved: 0,
    mailsRemoved: 0,
    mailAuditAnonymised: 0,
    reminderDigests: 0,
    linkTokens: 0,
    linkRateLimits: 0,
    retentionRuns: 0,
  };
  const mail = db.collection(MAIL_COLLECTION).where('delivery.state', 'in', FINISHED);

  // Mails past their own term: first their audit entries (mail.sent / mail.failed) lose address and subject,
  // then the mail goes (in that order, so a crash in between leaves the mail to be found again).
  await forEachPage(mail.where('delivery.endTime', '<=', ts(cutoffs.mail)), reads, async (docs) => {
    counts.mailAuditAnonymised += await anonymiseMailAudit(db, docs, reads);
    counts.mailsRemoved += await deleteAll(
      db,
      docs.map((d) => d.ref),
    );
  });

  // Bodies of mails that finished between the previous run's body cutoff and this one's.
  const doneUntil = mailBodiesDoneUntil;
  if (!doneUntil || doneUntil < cutoffs.mailBody) {
    let bodies = mail.where('delivery.endTime', '<=', ts(cutoffs.mailBody));
    if (doneUntil) bodies = bodies.where('delivery.endTime', '>', ts(doneUntil));
    await forEachPage(bodies, reads, async (docs) => {
      const todo = docs.filter((d) => !isRemoved(d.get('message')));
      await withWriter(db, (w, track) =>
        todo.forEach((d) => track(w.update(d.ref, { message: REMOVED_MESSAGE }))),
      );
      counts.mailBodiesRemoved += todo.length;
    });
  }

  const deleteWhere = async (collection: string, field: string, cutoff: Date | string) => {
    let removed = 0;
    const q = db.collection(collection).where(field, '<=', typeof cutoff === 'string' ? cutoff : ts(cutoff));
    await forEachPage(q, reads, async (docs) => {
      removed += await deleteAll(
        db,
        docs.map((d) => d.ref),
      );
    });
    return removed;
  };
  counts.reminderDigests = await deleteWhere(
    REMINDER_DIGESTS_COLLECTION,
    'createdAt',
    cutoffs.reminderDigest,
  );
  counts.linkTokens = await deleteWhere(LINK_TOKENS_COLLECTION, 'expiresAt', cutoffs.linkTokenAfterExpiry);
  // A counter is useless after its window; `expiresAt` is two windows after it started (links/rateLimit.ts).
  counts.linkRateLimits = await deleteWhere(LINK_RATE_LIMITS_COLLECTION, 'expiresAt', now);
  counts.retentionRuns = await deleteWhere(RETENTION_RUNS_COLLECTION, 'lastRunAt', cutoffs.retentionRun);
  return { counts, cutoffs };
}

/** The audit entries of these mails (target `mail/{id}`), 30 targets a query. */
async function anonymiseMailAudit(
  db: Firestore,
  mails: readonly QueryDocumentSnapshot[],
  reads: ReadCounter,
): Promise<number> {
  const recipientOf = new Map(mails.map((m) => [m.ref.path, m.get('recipientUid') as unknown]));
  let changed = 0;
  for (let i = 0; i < mails.length; i += 30) {
    const targets = mails.slice(i, i + 30).map((m) => m.ref.path);
    const q = db.collection(AUDIT_COLLECTION).where('target', 'in', targets);
    await forEachPage(q, reads, async (docs) => {
      changed += await anonymiseAudit(db, docs, (entry) => {
        const uid = recipientOf.get(String(entry.get('target')));
        return typeof uid === 'string' ? [uid] : [];
      });
    });
  }
  return changed;
}
