// Admin only: runs the reminder job now (what the 07:00 schedule does); auth, body and answer as every
// admin job (http/adminJob.ts).
import { onRequest } from 'firebase-functions/v2/https';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { runReminders } from '../reminders/job.js';
import { adminJobHandler } from './adminJob.js';

export const runReminderJob = onRequest(
  { timeoutSeconds: 540, memory: '512MiB' },
  adminJobHandler({
    refusal: 'Alleen een beheerder mag de herinneringen handmatig starten.',
    startedLine: 'reminders: started by hand',
    run: (now) => runReminders(firestore(), now, { appUrl: appUrl() }),
  }),
);
