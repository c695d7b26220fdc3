// Falling behind on the KPB/KVB pace (domain policies/kpb.ts kpbBehindEvents): on Mondays the reminder job asks
// every active huisarts traject for its completed KPBs (a count query each) and records a digest event for the
// aios and opleiders of a traject behind, which that day's digest carries: a weekly line, never a mail per KPB.
// Event ids carry the week, so a second run on the same Monday records nothing again.
import {
  DIGEST_EVENTS_COLLECTION,
  FORMS_COLLECTION,
  kpbBehindEvents,
  kpbPace,
  parseIsoDate,
  trajectSchema,
  TRAJECTEN_COLLECTION,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { parseOrSkip } from '../documents.js';
import { log } from '../log.js';
import type { ReadCounter } from '../reminders/reads.js';
import { eventDoc } from './record.js';

/** Is the Amsterdam day `date` a Monday (the pace's weekly moment)? */
export const isPaceDay = (date: string) => parseIsoDate(date).getDay() === 1;

export async function recordKpbPaceEvents(
  db: Firestore,
  date: string,
  now: Date,
  reads: ReadCounter,
): Promise<number> {
  if (!isPaceDay(date)) return 0;
  const trajecten = await db
    .collection(TRAJECTEN_COLLECTION)
    .where('programme', 'in', ['huisarts_jaar1', 'huisarts_jaar3'])
    .where('status', '==', 'actief')
    .get();
  reads.add(trajecten.size);
  let recorded = 0;
  for (const snap of trajecten.docs) {
    const t = parseOrSkip(trajectSchema, snap, 'events: traject');
    if (!t) continue;
    const completed = (
      await db
        .collection(FORMS_COLLECTION)
        .where('trajectId', '==', snap.id)
        .where('formType', '==', 'kpb')
        .where('status', '==', 'completed')
        .count()
        .get()
    ).data().count;
    reads.add(1);
    const events = kpbBehindEvents(
      { trajectId: snap.id, traineeName: t.traineeName, roles: t.roles },
      kpbPace(t, completed, now),
      date,
    );
    for (const { uid, item } of events) {
      await db
        .collection(DIGEST_EVENTS_COLLECTION)
        .doc(item.eventId)
        .create(eventDoc(uid, t.instituteId, item, now))
        .then(
          () => recorded++,
          (err: { code?: number }) => {
            if (err.code !== 6 /* ALREADY_EXISTS: an earlier run this Monday */) throw err;
          },
        );
    }
  }
  if (recorded > 0) log.info('reminders: KPB pace behind, digest events recorded', { recorded });
  return recorded;
}
