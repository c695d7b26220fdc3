// Queueing a planned digest at the person's hour (docs/data-model.md, "Mail preferences"). The run that plans a
// day's digest creates reminderDigests/{uid}_{date} with its mail when the person's hour has come, or with
// `sendAt` (and no mail) when it has not; each later run queues the mails of the digests whose `sendAt` has come
// (`reminderDigests where sendAt <= now`, single-field index: the cost follows the waiting digests, never every
// person). Messages (digest events) of a person who switched them off are marked handled and never mailed.
import {
  DIGEST_EVENTS_COLLECTION,
  digestDocSchema,
  digestEventPath,
  digestId,
  digestMailId,
  digestPurposeOf,
  digestWaitsUntil,
  MAIL_COLLECTION,
  mailDocSchema,
  mailPreferencesOf,
  PREFERENCES_COLLECTION,
  REMINDER_DIGESTS_COLLECTION,
  type DigestDoc,
  type DigestEventEntry,
  type MailPreferences,
} from '@praktijkvolg/domain';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { renderDigest } from './digest.js';
import type { PlannedDigest } from './plan.js';
import type { ReadCounter } from './reads.js';

/** The preferences of the people a run may mail: one get per person (they are already its recipients). */
export async function preferencesOf(
  db: Firestore,
  uids: Iterable<string>,
  reads: ReadCounter,
): Promise<Map<string, MailPreferences>> {
  const list = [...new Set(uids)];
  const out = new Map<string, MailPreferences>();
  for (let i = 0; i < list.length; i += 300) {
    const refs = list.slice(i, i + 300).map((uid) => db.collection(PREFERENCES_COLLECTION).doc(uid));
    const snaps = refs.length > 0 ? await db.getAll(...refs) : [];
    reads.add(snaps.length);
    for (const snap of snaps) out.set(snap.id, mailPreferencesOf(snap.data()));
  }
  return out;
}

/**
 * Takes the events of people who switched messages off out of `events` and marks them handled (`digestedOn`,
 * `optedOut`), so they are neither mailed nor read again. Returns how many.
 */
export async function dropOptedOutEvents(
  db: Firestore,
  events: Map<string, DigestEventEntry[]>,
  prefs: ReadonlyMap<string, MailPreferences>,
  date: string,
): Promise<number> {
  const ids: string[] = [];
  for (const [uid, list] of events) {
    if (!prefs.get(uid)?.optedOut.has('berichten')) continue;
    ids.push(...list.map((e) => e.eventId));
    events.delete(uid);
  }
  for (let i = 0; i < ids.length; i += 400) {
    const batch = db.batch();
    for (const id of ids.slice(i, i + 400))
      batch.update(db.collection(DIGEST_EVENTS_COLLECTION).doc(id), { digestedOn: date, optedOut: true });
    await batch.commit();
  }
  return ids.length;
}

function digestMail(doc: DigestDoc) {
  return mailDocSchema.parse({
    to: doc.email,
    message: renderDigest(doc, doc.items, doc.escalations, doc.events ?? []),
    purpose: digestPurposeOf(doc),
    instituteId: doc.instituteId,
    recipientUid: doc.uid,
    digestDate: doc.date,
  });
}

/** Creates the day's digest (and its mail, unless it waits for the person's hour), exactly once. */
export async function queueDigest(
  db: Firestore,
  d: PlannedDigest,
  date: string,
  now: Date,
  reads: ReadCounter,
  prefs: MailPreferences | undefined,
): Promise<'queued' | 'waiting' | 'already'> {
  const ref = db.collection(REMINDER_DIGESTS_COLLECTION).doc(digestId(d.person.uid, date));
  const mailId = digestMailId(d.person.uid, date);
  const waitUntil = prefs ? digestWaitsUntil(date, prefs.digestHour, now) : null;
  return db.runTransaction(async (tx) => {
    const existing = await tx.get(ref);
    reads.add(1);
    if (existing.exists) return 'already';
    const doc = digestDocSchema.parse({
      uid: d.person.uid,
      date,
      instituteId: d.person.instituteId,
      displayName: d.person.displayName,
      email: d.person.email,
      mailId,
      createdAt: Timestamp.fromDate(now),
      items: d.items,
      escalations: d.escalations,
      ...(d.events.length > 0 && { events: d.events }),
      ...(waitUntil && { sendAt: Timestamp.fromDate(waitUntil) }),
    });
    tx.create(ref, doc);
    // The events this digest carries are mailed with it, once (events/record.ts).
    for (const e of d.events) tx.update(db.doc(digestEventPath(e.eventId)), { digestedOn: date });
    if (waitUntil) return 'waiting';
    tx.create(db.collection(MAIL_COLLECTION).doc(mailId), digestMail(doc));
    return 'queued';
  });
}

/** Queues the mail of every digest whose hour has come; a digest is released once (its `sendAt` goes). */
export async function releaseWaitingDigests(db: Firestore, now: Date, reads: ReadCounter): Promise<number> {
  const due = await db
    .collection(REMINDER_DIGESTS_COLLECTION)
    .where('sendAt', '<=', Timestamp.fromDate(now))
    .get();
  reads.add(due.size);
  let released = 0;
  for (const snap of due.docs) {
    const done = await db.runTransaction(async (tx) => {
      const fresh = await tx.get(snap.ref);
      reads.add(1);
      if (!fresh.exists || fresh.get('sendAt') === undefined) return false;
      const { sendAt: _s, ...doc } = digestDocSchema.parse(fresh.data());
      tx.update(snap.ref, { sendAt: FieldValue.delete() });
      tx.create(db.collection(MAIL_COLLECTION).doc(doc.mailId), digestMail(doc));
      return true;
    });
    if (done) released++;
  }
  return released;
}
