// Every day at 07:00 Europe/Amsterdam: the reminder digests and escalations. Safe to retry: the job
// sends nothing twice (see reminders/job.ts).
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { runReminders } from '../reminders/job.js';

export const reminderJob = onSchedule(
  {
    schedule: '0 7 * * *',
    timeZone: 'Europe/Amsterdam',
    retryCount: 3,
    timeoutSeconds: 540,
    memory: '512MiB',
  },
  async (event) => {
    await runReminders(firestore(), new Date(event.scheduleTime), { appUrl: appUrl() });
  },
);
