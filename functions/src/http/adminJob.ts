// The shared handler of the admin-only job endpoints (runReminderJob, runRetentionJob): `POST` with
// `Authorization: Bearer <Firebase ID token>` of a user whose `staff` claim holds 'admin'. In the emulator
// (and only there) a JSON body `{ "now": "<ISO instant>" }` runs the job as of that instant, which is how
// the local stack and the tests drive it: scheduled functions never fire there on a timer. The answer is
// the job's report as JSON, or `{ error }` in Dutch with the matching status.
import { parseClaims } from '@praktijkvolg/domain';
import { getAuth } from 'firebase-admin/auth';
import type { Request } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { z } from 'zod';
import { firestore } from '../firebase.js';
import { log, type LogLine } from '../log.js';

const bodySchema = z.strictObject({
  now: z.iso.datetime({ offset: true, error: 'now moet een ISO-tijdstip zijn' }).optional(),
});

export type AdminCheck = { ok: true; uid: string } | { ok: false; status: 401 | 403; message: string };

/** Verifies the bearer token and the admin claim; `refusal` says what only an admin may do. */
export async function checkAdmin(authorization: string | undefined, refusal: string): Promise<AdminCheck> {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match)
    return { ok: false, status: 401, message: 'Log in als beheerder (Authorization: Bearer <ID-token>).' };
  try {
    firestore(); // initialises the default app
    const token = await getAuth().verifyIdToken(match[1]!);
    if (!parseClaims(token).staff.includes('admin')) return { ok: false, status: 403, message: refusal };
    return { ok: true, uid: token.uid };
  } catch {
    return { ok: false, status: 401, message: 'Ongeldig of verlopen ID-token.' };
  }
}

export interface AdminJob {
  /** The Dutch refusal for a signed-in non-admin. */
  refusal: string;
  /** Logged with the caller and the instant before the job runs. */
  startedLine: LogLine;
  run: (now: Date) => Promise<unknown>;
}

export function adminJobHandler(job: AdminJob): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.status(405).set('Allow', 'POST').json({ error: 'Gebruik POST.' });
      return;
    }
    const admin = await checkAdmin(req.get('authorization'), job.refusal);
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
    log.info(job.startedLine, { uid: admin.uid, now: now.toISOString() });
    res.status(200).json(await job.run(now));
  };
}
