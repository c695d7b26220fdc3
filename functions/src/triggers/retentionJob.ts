// Every night at 03:00 Europe/Amsterdam: remove or anonymise what is past its retention term (retention/apply.ts).
// Safe to retry: a second run finds nothing left to do.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { firestore } from '../firebase.js';
import { applyRetention } from '../retention/apply.js';

export const retentionJob = onSchedule(
  {
    schedule: '0 3 * * *',
    timeZone: 'Europe/Amsterdam',

    retryCount: 3,
    timeoutSeconds: 540,
    memory: '512MiB',
  },
  async (event) => {
    await applyRetention(firestore(), new Date(event.scheduleTime));
  },
);
