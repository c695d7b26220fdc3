// One-click unsubscribe from an optional mail topic (docs/rules.md, "Mails people trust"; RFC 8058). An optional
// mail carries `List-Unsubscribe: <APP_URL/afmelden/<token>>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`;
// the token names one person and one topic and is signed with the UNSUBSCRIBE_SECRET (HMAC-SHA256), so it cannot be
// guessed, and changing the person or the topic breaks the signature. GET only shows a page (mail scanners open
// every link); POST switches the topic off, once: a second POST changes nothing and writes no second audit entry.
// Obligatory mails have no topic, so no token exists for them, and the reminder job never asks for one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  isMailTopic,
  MAIL_TOPIC_LABELS,
  PEOPLE_COLLECTION,
  PREFERENCES_COLLECTION,
  type MailTopic,
} from '@praktijkvolg/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { appendAudit, auditRef } from '../audit/audit.js';

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');
const mac = (key: string, uid: string, topic: string) =>
  createHmac('sha256', key).update(`praktijkvolg-unsubscribe\n${topic}\n${uid}`).digest();

/** The token of one person and one optional topic: `<topic>.<base64url(uid)>.<base64url(hmac)>`. */
export function unsubscribeToken(key: string, uid: string, topic: MailTopic): string {
  if (key.length < 16) throw new Error('UNSUBSCRIBE_SECRET is missing or too short (at least 16 characters)');
  return `${topic}.${b64url(uid)}.${b64url(mac(key, uid, topic))}`;
}

/** The person and topic a token names, or null when it is malformed or its signature does not hold. */
export function verifyUnsubscribeToken(key: string, token: string): { uid: string; topic: MailTopic } | null {
  if (key.length < 16 || token.length > 400) return null;
  const m = /^([a-z_]+)\.([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const [, topic, uidPart, sig] = m as unknown as [string, string, string, string];
  if (!isMailTopic(topic)) return null;
  const uid = Buffer.from(uidPart, 'base64url').toString('utf8');
  if (uid === '' || b64url(uid) !== uidPart) return null;
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(key, uid, topic);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { uid, topic };
}

/** The token from `/afmelden/<token>` (the path the hosting rewrite or the local proxy passes on) or `?token=`. */
export function tokenFromRequest(path: string, query: Record<string, unknown>): string | null {
  const fromQuery = typeof query.token === 'string' ? query.token : null;
  const m = /\/afmelden\/([^/]+)\/?$/.exec(path);
  const raw = m ? m[1]! : fromQuery;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export type UnsubscribeState =
  { kind: 'invalid' } | { kind: 'valid'; uid: string; topic: MailTopic; name: string; optedOut: boolean };

/** GET: who the link is for and whether the topic is already off. Writes nothing. */
export async function readUnsubscribe(db: Firestore, key: string, token: string): Promise<UnsubscribeState> {
  const claim = verifyUnsubscribeToken(key, token);
  if (!claim) return { kind: 'invalid' };
  const [person, prefs] = await db.getAll(
    db.collection(PEOPLE_COLLECTION).doc(claim.uid),
    db.collection(PREFERENCES_COLLECTION).doc(claim.uid),
  );
  if (!person?.exists) return { kind: 'invalid' };
  return {
    kind: 'valid',
    ...claim,
    name: String(person.get('displayName') ?? ''),
    optedOut: prefs?.get(`optOut.${claim.topic}`) === true,
  };
}

/** POST: switches the topic off for the token's person, once; answers what the page then says. */
export async function applyUnsubscribe(
  db: Firestore,
  key: string,
  token: string,
  now: Date,
): Promise<UnsubscribeState> {
  const claim = verifyUnsubscribeToken(key, token);
  if (!claim) return { kind: 'invalid' };
  const personRef = db.collection(PEOPLE_COLLECTION).doc(claim.uid);
  const prefsRef = db.collection(PREFERENCES_COLLECTION).doc(claim.uid);
  return db.runTransaction(async (tx) => {
    const [person, prefs] = await tx.getAll(personRef, prefsRef);
    if (!person?.exists) return { kind: 'invalid' } as const;
    const name = String(person.get('displayName') ?? '');
    if (prefs?.get(`optOut.${claim.topic}`) === true)
      return { kind: 'valid', ...claim, name, optedOut: true };
    tx.set(
      prefsRef,
      { optOut: { [claim.topic]: true }, updatedAt: FieldValue.serverTimestamp() },
      { merge: true },
    );
    appendAudit(tx, auditRef(db), {
      instituteId: (person.get('instituteId') as string | undefined) ?? null,
      at: now,
      actorUid: claim.uid,
      action: 'mail.unsubscribed',
      target: prefsRef.path,
      details: { topic: claim.topic, via: 'link' },
    });
    return { kind: 'valid', ...claim, name, optedOut: true } as const;
  });
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} – Praktijkvolg</title><style>body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:36rem;margin:2rem auto;padding:0 1rem}button{font-size:1rem;padding:.6rem 1.2rem;background:#1f5f8b;color:#fff;border:0;border-radius:4px;cursor:pointer}.help{color:#555;font-size:.9rem}</style></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

const OBLIGATORY =
  '<p class="help">Herinneringen aan formulieren die jij moet invullen blijven komen: die kun je niet uitzetten. In Praktijkvolg, onder Voorkeuren, zet je deze berichten weer aan en kies je hoe laat je dagelijkse mail komt.</p>';

/** The Dutch page for a state; `asked` = after the POST. */
export function unsubscribePage(state: UnsubscribeState, asked: boolean): { status: number; html: string } {
  if (state.kind === 'invalid')
    return {
      status: 404,
      html: page(
        'Afmeldlink ongeldig',
        '<p>Deze afmeldlink klopt niet. Gebruik de link uit de e-mail zelf, of zet berichten uit in Praktijkvolg onder Voorkeuren.</p>',
      ),
    };
  const label = MAIL_TOPIC_LABELS[state.topic].label.toLowerCase();
  if (state.optedOut)
    return {
      status: 200,
      html: page(
        'Je bent afgemeld',
        `<p role="status">${asked ? 'Gelukt: ' : ''}${esc(state.name)}, je krijgt geen ${esc(label)} meer per e-mail.</p>${OBLIGATORY}`,
      ),
    };
  return {
    status: 200,
    html: page(
      'Afmelden',
      `<p>${esc(state.name)}, wil je geen ${esc(label)} meer per e-mail krijgen?</p><p class="help">${esc(MAIL_TOPIC_LABELS[state.topic].description)}</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Afmelden</button></form>${OBLIGATORY}`,
    ),
  };
}
