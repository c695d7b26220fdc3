// Event mails a user expects, inside the one-digest-a-day budget (domain policies/eventMails.ts; docs/data-model.md,
// "Event mails"): the triggers write digestEvents/{id} with deterministic ids, and the next daily digest carries
// them (reminders/job.ts). A new traject: to the aios and the opleiders, their first forms; the comparison of a
// ComBel: written by partWritten in the transaction that reveals the round.
import {
  computeSchedule,
  toIsoDate,
  DIGEST_EVENTS_COLLECTION,
  type DigestEventEntry,
  digestEventSchema,
  trajectNewEvents,
  type DigestEventItem,
  type Traject,
} from '@praktijkvolg/domain';
import { Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { parseOrSkip } from '../documents.js';
import { appPageUrl } from '../appLinks.js';

export function eventDoc(uid: string, instituteId: string, item: DigestEventItem, now: Date) {
  return digestEventSchema.parse({
    ...item,
    uid,
    instituteId,
    createdAt: Timestamp.fromDate(now),
    digestedOn: null,
  });
}

/**
 * Inside the transaction that made the event happen (a reveal): the caller's own state change is the guard
 * against a retried trigger, so `set` writes the same document once per event.
 */
export function recordEventsInTransaction(
  tx: Transaction,
  db: Firestore,
  instituteId: string,
  events: readonly { uid: string; item: DigestEventItem }[],
  now: Date,
): void {
  for (const { uid, item } of events)
    tx.set(db.collection(DIGEST_EVENTS_COLLECTION).doc(item.eventId), eventDoc(uid, instituteId, item, now));
}

/** A traject was created: its aios and opleiders hear what comes first. A retried trigger creates nothing twice. */
export async function recordTrajectNew(
  db: Firestore,
  trajectId: string,
  traject: Traject,
  now: Date,
): Promise<number> {
  if (traject.status !== 'actief') return 0;
  const specs = computeSchedule({
    trajectId,
    programme: traject.programme,
    startDate: traject.startDate,
    partTimeFactor: traject.partTimeFactor,
    pauses: traject.pauses,
    roles: traject.roles,
    names: traject.names,
  });
  const today = toIsoDate(now);
  const events = trajectNewEvents({
    trajectId,
    programme: traject.programme,
    traineeName: traject.traineeName,
    startDate: traject.startDate,
    roles: traject.roles,
    // What is still to come: a traject entered late lists no form whose day has passed.
    forms: specs
      .filter((s) => s.dueDate >= today)
      .map((s) => ({ title: s.title, dueDate: s.dueDate, parts: s.parts })),
  });
  let created = 0;
  for (const { uid, item } of events) {
    await db
      .collection(DIGEST_EVENTS_COLLECTION)
      .doc(item.eventId)
      .create(eventDoc(uid, traject.instituteId, item, now))
      .then(
        () => created++,
        (err: { code?: number }) => {
          if (err.code !== 6 /* ALREADY_EXISTS */) throw err;
        },
      );
  }
  return created;
}

/**
 * Every event no digest carried yet, per person, with its link (`digestedOn == null`, single-field index: the
 * cost follows what is pending). At most `limit` a run; the rest waits for the next.
 */
export async function pendingEvents(
  db: Firestore,
  appUrl: string,
  reads?: { add(n: number): void },
  limit = 2000,
): Promise<Map<string, DigestEventEntry[]>> {
  const snap = await db
    .collection(DIGEST_EVENTS_COLLECTION)
    .where('digestedOn', '==', null)
    .limit(limit)
    .get();
  reads?.add(snap.size);
  const out = new Map<string, DigestEventEntry[]>();
  for (const doc of snap.docs) {
    const event = parseOrSkip(digestEventSchema, doc, 'events: digest event');
    if (!event) continue;
    const { uid, instituteId: _i, createdAt: _c, digestedOn: _d, optedOut: _o, ...item } = event;
    const list = out.get(uid) ?? [];
    list.push({ ...item, link: appPageUrl(appUrl, item.path) });
    out.set(uid, list);
  }
  return out;
}
