// GET <APP_URL>/agenda/<secret>.ics: a person's open deadlines as iCalendar (docs/data-model.md,
// `calendarFeeds`). The secret is looked up by its SHA-256 as a document id, so there is nothing to compare
// and no timing to measure; a malformed, unknown or revoked secret, and a person who left, all answer the
// same "not found" (null here), so the answer never tells which.
import {
  calendarEntries,
  type CalendarForm,
  FORMS_COLLECTION,
  formEnvelopeSchema,
  CALENDAR_FEEDS_COLLECTION,
} from '@praktijkvolg/domain';
import type { Firestore, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { parseOrSkip } from '../documents.js';
import { formPartUrl, formUrl } from '../appLinks.js';
import { personByUid } from '../people/people.js';
import { feedHash, parseCalendarFeed } from './feedDoc.js';
import { renderCalendar } from './ics.js';

/** The secret of a request: the last path segment `<secret>.ics`, or `?token=<secret>`. */
export function secretFromRequest(path: string, query: Record<string, unknown>): string | null {
  if (typeof query.token === 'string') return query.token;
  const match = /\/([^/]+)\.ics$/.exec(path);
  return match ? match[1]! : null;
}

/** The envelope as the feed needs it; null (logged) for one that does not fit, so one bad form spoils no feed. */
function calendarForm(snap: QueryDocumentSnapshot): CalendarForm | null {
  const f = parseOrSkip(formEnvelopeSchema, snap, 'calendar: form envelope');
  if (!f) return null;
  return {
    formId: snap.id,
    formType: f.formType,
    title: f.title,
    traineeName: f.traineeName ?? null,
    status: f.status,
    opensAt: f.opensAt.toDate(),
    dueAt: f.dueAt.toDate(),
    closesAt: f.closesAt?.toDate() ?? null,
    parts: f.parts,
    readerUids: f.readerUids,
    updatedAt: snap.updateTime.toDate(),
  };
}

/**
 * The open forms the feed can show: those the person rates (index: instituteId + status + raterUids) and the
 * open voortgangsgesprekken they read (index: instituteId + formType + status + readerUids). Both stay small:
 * closed and completed forms are never read.
 */
export async function openFormsOf(db: Firestore, uid: string, instituteId: string): Promise<CalendarForm[]> {
  const forms = db
    .collection(FORMS_COLLECTION)
    .where('instituteId', '==', instituteId)
    .where('status', '==', 'open');
  const [rated, meetings] = await Promise.all([
    forms.where('raterUids', 'array-contains', uid).get(),
    forms.where('formType', '==', 'voortgangsgesprek').where('readerUids', 'array-contains', uid).get(),
  ]);
  const byId = new Map<string, CalendarForm>();
  for (const snap of [...rated.docs, ...meetings.docs]) {
    const form = byId.has(snap.id) ? null : calendarForm(snap);
    if (form) byId.set(snap.id, form);
  }
  return [...byId.values()];
}

export interface ServedFeed {
  uid: string;
  events: number;
  ics: string;
}

/** The feed of a secret on `now`, or null when there is none to serve (see above). */
export async function readCalendarFeed(
  db: Firestore,
  secret: string,
  now: Date,
  appUrl: string,
): Promise<ServedFeed | null> {
  const hash = feedHash(secret);
  if (!hash) return null;
  const feed = parseCalendarFeed(await db.collection(CALENDAR_FEEDS_COLLECTION).doc(hash).get());
  if (!feed) return null;
  // The person left (people document gone) or moved to another institute: the feed ends with them.
  const person = await personByUid(db, feed.uid);
  if (!person || person.instituteId !== feed.instituteId) return null;
  const entries = calendarEntries({
    forms: await openFormsOf(db, feed.uid, feed.instituteId),
    uid: feed.uid,
    now,
    link: (formId, partId) =>
      partId === null ? formUrl(appUrl, formId) : formPartUrl(appUrl, formId, partId),
  });
  return { uid: feed.uid, events: entries.length, ics: renderCalendar(entries, now) };
}
