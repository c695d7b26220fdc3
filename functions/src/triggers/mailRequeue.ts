// Every minute: give failed (RETRY, due) and abandoned (PROCESSING, lease expired) mails another go.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { firestore } from '../firebase.js';
import { requeueMail } from '../mail/outbox.js';

export const mailRequeue = onSchedule(
  { schedule: 'every 1 minutes', timeZone: 'Europe/Amsterdam' },
  async () => {
    await requeueMail(firestore());
  },
);
