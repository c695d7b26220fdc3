// The send-time check of the outbox. A reminder digest is re-rendered from the current state of the
// forms it lists, so it never reminds about a form completed after it was queued, and it is skipped when
// nothing is open any more. Every other mail is sent as written.
import type { Firestore } from 'firebase-admin/firestore';
import { rerenderDigest } from '../reminders/sendTime.js';
import type { PrepareMail } from './outbox.js';

export function prepareMail(db: Firestore): PrepareMail {
  return async (mail) => {
    if (mail.purpose !== 'reminder_digest' || !mail.recipientUid || !mail.digestDate) return mail.message;
    const render = await rerenderDigest(db, mail.recipientUid, mail.digestDate);
    if (render.kind === 'skip') return null;
    return render.kind === 'send' ? render.message : mail.message;
  };
}
