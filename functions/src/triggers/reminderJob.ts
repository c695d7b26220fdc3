// Every day at each digest hour (domain REMINDER_JOB_SCHEDULE: 07:00, 12:00, 17:00 Europe/Amsterdam): the first
// run plans the day's digests and escalations, each run sends those whose person's hour has come. Safe to retry:
// the job sends nothing twice (see reminders/job.ts).
import { REMINDER_JOB_SCHEDULE } from '@praktijkvolg/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { runReminders } from '../reminders/job.js';

export const reminderJob = onSchedule(
  {
    schedule: REMINDER_JOB_SCHEDULE,
    timeZone: 'Europe/Amsterdam',
    retryCount: 3,
    timeoutSeconds: 540,
    memory: '512MiB',
  },
  async (event) => {
    await runReminders(firestore(), new Date(event.scheduleTime), { appUrl: appUrl() });
  },
);
