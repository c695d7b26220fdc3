// A person's calendar feed: make (renew), end (revoke) and ask whether one exists (docs/data-model.md,
// `calendarFeeds`). Only someone with an account of an institute, never a single-use link session: a feed
// lists a person's own open work, and a link session is one part, not a person. One feed per person:
// renewing deletes the previous document in the same transaction, so the old URL answers 404 at once.
import {
  parseClaims,
  CALENDAR_FEEDS_COLLECTION,
  calendarFeedDocSchema,
  type CalendarFeedDoc,
} from '@praktijkvolg/domain';
import type { ApiResponse } from '@praktijkvolg/domain/api';
import { Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { calendarFeedUrl } from '../appLinks.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import { hashPrefix, hashToken, newToken } from '../links/token.js';
import { PEOPLE_COLLECTION, personByUid } from '../people/people.js';
import { LINK_RATER_PREFIX } from '../forms/plan.js';

export interface CalendarCaller {
  uid: string;
  /** The caller's ID token claims. */
  token: Record<string, unknown>;
}

export const CALENDAR_MESSAGES = {
  linkSession:
    'Een agenda-link hoort bij je eigen account. Meld je aan met je e-mailadres om er een te maken of te stoppen.',
  unknownPerson:
    'Je account is niet bekend bij een opleiding, dus er is geen agenda om te delen. Neem contact op met het secretariaat.',
  otherInstitute:
    'Je account hoort bij een andere opleiding dan je gegevens. Neem contact op met de beheerder.',
} as const;

/** The caller's uid and institute; refuses link sessions and accounts without a people document. */
export async function requireAccount(
  db: Firestore,
  caller: CalendarCaller,
): Promise<{ uid: string; instituteId: string }> {
  const claims = parseClaims(caller.token);
  if (claims.linkPart || caller.uid.startsWith(LINK_RATER_PREFIX)) {
    throw new HttpsError('permission-denied', CALENDAR_MESSAGES.linkSession);
  }
  const person = await personByUid(db, caller.uid);
  if (!person) throw new HttpsError('failed-precondition', CALENDAR_MESSAGES.unknownPerson);
  if (claims.institute && claims.institute !== person.instituteId) {
    throw new HttpsError('permission-denied', CALENDAR_MESSAGES.otherInstitute);
  }
  return { uid: caller.uid, instituteId: person.instituteId };
}

const feedsOf = (db: Firestore, uid: string) =>
  db.collection(CALENDAR_FEEDS_COLLECTION).where('uid', '==', uid);

async function existingFeeds(tx: Transaction, db: Firestore, uid: string) {
  const snap = await tx.get(feedsOf(db, uid));
  return snap.docs.map((d) => ({ ref: d.ref, hash: d.id, doc: calendarFeedDocSchema.parse(d.data()) }));
}

export async function readFeedStatus(
  db: Firestore,
  caller: CalendarCaller,
): Promise<ApiResponse<'calendarFeedStatus'>> {
  const { uid } = await requireAccount(db, caller);
  const snap = await feedsOf(db, uid).get();
  const newest = snap.docs
    .map((d) => calendarFeedDocSchema.parse(d.data()))
    .sort((a, b) => b.createdAt.toMillis() - a.createdAt.toMillis())[0];
  return { active: !!newest, createdAt: newest ? newest.createdAt.toDate().toISOString() : null };
}

/** A new secret for the caller's feed; every earlier one of theirs is deleted. Returns the URL, once. */
export async function renewFeed(
  db: Firestore,
  caller: CalendarCaller,
  now: Date,
  appUrl: string,
): Promise<ApiResponse<'renewCalendarFeed'>> {
  const { uid, instituteId } = await requireAccount(db, caller);
  const secret = newToken();
  const hash = hashToken(secret);
  const doc: CalendarFeedDoc = { uid, instituteId, createdAt: Timestamp.fromDate(now) };
  const replaced = await db.runTransaction(async (tx) => {
    const previous = await existingFeeds(tx, db, uid);
    for (const p of previous) tx.delete(p.ref);
    tx.create(db.collection(CALENDAR_FEEDS_COLLECTION).doc(hash), calendarFeedDocSchema.parse(doc));
    appendAudit(tx, auditRef(db), {
      instituteId,
      at: now,
      actorUid: uid,
      action: 'calendar.renewed',
      target: `${PEOPLE_COLLECTION}/${uid}`,
      details: { feed: hashPrefix(hash), replaced: previous.map((p) => hashPrefix(p.hash)) },
    });
    return previous.length > 0;
  });
  return { url: calendarFeedUrl(appUrl, secret), createdAt: now.toISOString(), replaced };
}

/** Ends the caller's feed (its URL answers 404 from now on). Audited only when there was one. */
export async function revokeFeed(
  db: Firestore,
  caller: CalendarCaller,
  now: Date,
): Promise<ApiResponse<'revokeCalendarFeed'>> {
  const { uid, instituteId } = await requireAccount(db, caller);
  const revoked = await db.runTransaction(async (tx) => {
    const previous = await existingFeeds(tx, db, uid);
    for (const p of previous) tx.delete(p.ref);
    if (previous.length > 0) {
      appendAudit(tx, auditRef(db), {
        instituteId,
        at: now,
        actorUid: uid,
        action: 'calendar.revoked',
        target: `${PEOPLE_COLLECTION}/${uid}`,
        details: { revoked: previous.map((p) => hashPrefix(p.hash)) },
      });
    }
    return previous.length > 0;
  });
  return { ok: true, revoked };
}

/**
 * Deletes every feed of a person, for whoever removes a person (retention): a feed lives until it is revoked
 * or renewed, or the person leaves. The feed itself also stops answering once people/{uid} is gone (feed.ts).
 */
export async function deleteCalendarFeedsOf(db: Firestore, uid: string): Promise<number> {
  const snap = await feedsOf(db, uid).get();
  if (snap.empty) return 0;
  const batch = db.batch();
  for (const d of snap.docs) batch.delete(d.ref);
  await batch.commit();
  return snap.size;
}
