// Admin only: runs the retention job now (what the 03:00 schedule does), like runReminderJob. `POST` with
// `Authorization: Bearer <Firebase ID token>` of a user whose `staff` claim holds 'admin'. In the emulator (and
// only there) a JSON body `{ "now": "<ISO instant>" }` runs it as of that instant, which is how the local stack
// and the tests drive it: scheduled functions never fire there on a timer.
import { onRequest } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions';
import { z } from 'zod';
import { firestore } from '../firebase.js';
import { applyRetention } from '../retention/apply.js';
import { checkAdmin } from './runReminderJob.js';

const bodySchema = z.strictObject({
  now: z.iso.datetime({ offset: true, error: 'now moet een ISO-tijdstip zijn' }).optional(),
});

export const runRetentionJob = onRequest(
  { region: 'europe-west1', timeoutSeconds: 540, memory: '512MiB' },
  async (req, res) => {
    if (req.method !== 'POST') {
      res.status(405).set('Allow', 'POST').json({ error: 'Gebruik POST.' });
      return;
    }
    const admin = await checkAdmin(
      req.get('authorization'),
      'Alleen een beheerder mag het opruimen van verlopen gegevens starten.',
    );
    if (!admin.ok) {
      res.status(admin.status).json({ error: admin.message });
      return;
    }
    const body = bodySchema.safeParse(req.body ?? {});
    if (!body.success) {
      res.status(400).json({ error: body.error.issues.map((i) => i.message).join('; ') });
      return;
    }
    if (body.data.now && process.env.FUNCTIONS_EMULATOR !== 'true') {
      res.status(400).json({ error: 'Een eigen tijdstip (now) kan alleen in de emulator.' });
      return;
    }
    const now = body.data.now ? new Date(body.data.now) : new Date();
    logger.info('retention: started by hand', { uid: admin.uid, now: now.toISOString() });
    res.status(200).json(await applyRetention(firestore(), now));
  },
);
