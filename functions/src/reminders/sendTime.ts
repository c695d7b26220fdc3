// The send-time check of a digest: re-read the parts it lists and drop what was submitted (or whose form
// closed or was handed in) after the digest was queued; the events it carries stay. Nothing left = no mail.
import {
  type MailMessage,
  formPath,
  formEnvelopeSchema,
  partDocSchema,
  partPath,
  REMINDER_DIGESTS_COLLECTION,
  digestDocSchema,
  digestId,
  type DigestItem,
  digestPurposeOf,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { registerSendTimePreparer, type SendTimePreparer } from '../mail/prepare.js';
import { renderDigest } from './digest.js';

export type DigestRender =
  | { kind: 'send'; message: MailMessage; dropped: number; items: DigestItem[]; escalations: DigestItem[] }
  | { kind: 'skip' }
  | { kind: 'missing' };

export async function rerenderDigest(db: Firestore, uid: string, date: string): Promise<DigestRender> {
  const snap = await db.collection(REMINDER_DIGESTS_COLLECTION).doc(digestId(uid, date)).get();
  if (!snap.exists) return { kind: 'missing' };
  const digest = digestDocSchema.parse(snap.data());
  const all = [...digest.items, ...digest.escalations];
  const formPaths = [...new Set(all.map((i) => formPath(i.formId)))];
  const partPaths = [...new Set(all.map((i) => partPath(i.formId, i.partId)))];
  const snaps = all.length > 0 ? await db.getAll(...[...formPaths, ...partPaths].map((p) => db.doc(p))) : [];
  const byPath = new Map(snaps.map((s) => [s.ref.path, s.data()]));

  const stillOpen = (item: DigestItem) => {
    const form = formEnvelopeSchema.safeParse(byPath.get(formPath(item.formId)));
    const part = partDocSchema.safeParse(byPath.get(partPath(item.formId, item.partId)));
    return form.success && form.data.status === 'open' && part.success && part.data.status !== 'submitted';
  };
  const items = digest.items.filter(stillOpen);
  const escalations = digest.escalations.filter(stillOpen);
  // Events (a comparison ready, a new traject) stay news whatever happened to the forms since.
  const events = digest.events ?? [];
  if (items.length === 0 && escalations.length === 0 && events.length === 0) return { kind: 'skip' };
  return {
    kind: 'send',
    message: renderDigest(digest, items, escalations, events),
    dropped: all.length - items.length - escalations.length,
    items,
    escalations,
  };
}

/**
 * Registered at module load (index.ts imports this module): a digest is re-checked just before sending. A
 * reminder digest left with only messages becomes an optional mail (event_digest: List-Unsubscribe, and not sent
 * to a person who switched messages off; mail/trust.ts).
 */
const prepareDigest: SendTimePreparer = async (db, mail) => {
  if (!mail.recipientUid || !mail.digestDate) return mail.message;
  const render = await rerenderDigest(db, mail.recipientUid, mail.digestDate);
  if (render.kind === 'skip') return null;
  if (render.kind === 'missing') return mail.message;
  const purpose = digestPurposeOf(render);
  return purpose === mail.purpose ? render.message : { message: render.message, purpose };
};
registerSendTimePreparer('reminder_digest', prepareDigest);
registerSendTimePreparer('event_digest', prepareDigest);
