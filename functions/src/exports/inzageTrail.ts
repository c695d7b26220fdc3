// Inzage, the mails sent to a person and the audit entries that name them (docs/data-model.md "Exports").
// Mails: by `recipientUid` or by address (`to`, a string or a list; stored with or without capitals).
// Audit entries: those they caused (`actorUid`), those about their people document, their mails and the parts
// they fill, and, of the entries about their trajecten and the forms about them, those that mention their
// uid or address. Queries are by equality on single fields (no composite index) and bounded.
import { EXPORT_LIMITS, AUDIT_COLLECTION, MAIL_COLLECTION, mailPath } from '@praktijkvolg/domain';
import type { Firestore, QueryDocumentSnapshot, QuerySnapshot } from 'firebase-admin/firestore';
import { normaliseEmail, PEOPLE_COLLECTION } from '../people/people.js';

export interface InzageMail {
  mailId: string;
  to: string | string[];
  subject: string;
  text: string;
  purpose: string | null;
  state: string | null;
  /** When it was handed to the mail server (delivery.endTime of a sent mail). */
  sentAt: string | null;
  /** Names of attachments; their content is left out (a dossier LEOh's PDF is in the forms). */
  attachments: string[];
}

export interface InzageAuditEntry {
  auditId: string;
  at: string | null;
  action: string;
  actorUid: string | null;
  target: string;
  details: Record<string, unknown>;
}

const iso = (v: unknown) =>
  v && typeof (v as { toDate?: unknown }).toDate === 'function'
    ? (v as { toDate(): Date }).toDate().toISOString()
    : null;

/** Single-use link tokens never leave the server in an export, even the person's own (docs/rules.md). */
export const withoutLinkTokens = (text: string) => text.replace(/\/link\/[A-Za-z0-9_-]{43}/g, '/link/…');

function mailOf(doc: QueryDocumentSnapshot): InzageMail {
  const d = doc.data();
  const message = (d.message ?? {}) as { subject?: unknown; text?: unknown; attachments?: unknown };
  const delivery = (d.delivery ?? {}) as { state?: unknown; endTime?: unknown };
  return {
    mailId: doc.id,
    to: Array.isArray(d.to) ? d.to.map(String) : String(d.to ?? ''),
    subject: String(message.subject ?? ''),
    text: withoutLinkTokens(String(message.text ?? '')),
    purpose: typeof d.purpose === 'string' ? d.purpose : null,
    state: typeof delivery.state === 'string' ? delivery.state : null,
    sentAt: delivery.state === 'SUCCESS' ? iso(delivery.endTime) : null,
    attachments: Array.isArray(message.attachments)
      ? message.attachments.map((a) => String((a as { filename?: unknown }).filename ?? ''))
      : [],
  };
}

export async function readMails(
  db: Firestore,
  uid: string,
  email: string | undefined,
  truncated: string[],
): Promise<InzageMail[]> {
  const col = db.collection(MAIL_COLLECTION);
  const limit = EXPORT_LIMITS.mails;
  const addresses = email ? [...new Set([email, normaliseEmail(email)])] : [];
  const snaps = await Promise.all([
    col.where('recipientUid', '==', uid).limit(limit).get(),
    ...addresses.flatMap((a) => [
      col.where('to', '==', a).limit(limit).get(),
      col.where('to', 'array-contains', a).limit(limit).get(),
    ]),
  ]);
  if (snaps.some((s) => s.size >= limit)) truncated.push('e-mails');
  const byId = new Map(snaps.flatMap((s) => s.docs.map((d) => [d.id, d] as const)));
  return [...byId.values()].map(mailOf).sort((a, b) => a.mailId.localeCompare(b.mailId));
}

async function byTargets(db: Firestore, targets: string[], limit: number): Promise<QuerySnapshot[]> {
  const col = db.collection(AUDIT_COLLECTION);
  const chunks: string[][] = [];
  for (let i = 0; i < targets.length; i += 30) chunks.push(targets.slice(i, i + 30));
  return Promise.all(chunks.map((c) => col.where('target', 'in', c).limit(limit).get()));
}

export interface TrailScope {
  uid: string;
  email: string | undefined;
  mailIds: string[];
  /** Paths of the parts the person fills: entries about them are about the person. */
  ownParts: string[];
  /** Paths of their trajecten and the forms (and parts) about them: only entries that mention them. */
  nearby: string[];
}

export async function readAuditEntries(
  db: Firestore,
  scope: TrailScope,
  truncated: string[],
): Promise<InzageAuditEntry[]> {
  const limit = EXPORT_LIMITS.auditEntries;
  const direct = [`${PEOPLE_COLLECTION}/${scope.uid}`, ...scope.mailIds.map(mailPath), ...scope.ownParts];
  const [byActor, directSnaps, nearbySnaps] = await Promise.all([
    db.collection(AUDIT_COLLECTION).where('actorUid', '==', scope.uid).limit(limit).get(),
    byTargets(db, direct, limit),
    byTargets(db, scope.nearby, limit),
  ]);
  const needles = [scope.uid, ...(scope.email ? [normaliseEmail(scope.email)] : [])];
  const mentions = (d: QueryDocumentSnapshot) => {
    const text = JSON.stringify(d.data()).toLowerCase();
    return needles.some((n) => text.includes(n.toLowerCase()));
  };
  const entries = new Map<string, QueryDocumentSnapshot>();
  for (const d of [...byActor.docs, ...directSnaps.flatMap((s) => s.docs)]) entries.set(d.id, d);
  for (const d of nearbySnaps.flatMap((s) => s.docs)) if (mentions(d)) entries.set(d.id, d);
  if ([byActor, ...directSnaps, ...nearbySnaps].some((s) => s.size >= limit) || entries.size > limit)
    truncated.push('logboek');
  return [...entries.values()]
    .map((d): InzageAuditEntry => {
      const e = d.data();
      return {
        auditId: d.id,
        at: iso(e.at),
        action: String(e.action),
        actorUid: typeof e.actorUid === 'string' ? e.actorUid : null,
        target: String(e.target),
        details: (e.details ?? {}) as Record<string, unknown>,
      };
    })
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))
    .slice(0, limit);
}
