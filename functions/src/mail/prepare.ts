// The send-time check of the outbox. Today every mail is sent as written; the reminder digest registers
// its re-render here so a digest never lists a form that was completed after it was queued.
import type { Firestore } from 'firebase-admin/firestore';
import type { PrepareMail } from './outbox.js';

export function prepareMail(_db: Firestore): PrepareMail {
  return async (mail) => mail.message;
}
