// sendSignInLink: passwordless sign-in for account holders. The mailed link returns to the app's
// /aanmelden/voltooien, which completes the sign-in (asking the address again on another device) and
// goes on to `continuePath`, e.g. the form the person was invited to. The answer never tells whether an
// address has an account; the rate limit counts every address alike for the same reason.
import { createHash } from 'node:crypto';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { HttpsError } from 'firebase-functions/v2/https';
import { enqueueMail } from '../mail/outbox.js';
import { signInLinkMail } from './mails.js';
import { normaliseEmail, peopleByEmail } from '../people/people.js';
import { SIGN_IN_LINKS_PER_HOUR, takeRateLimit } from './rateLimit.js';
import { signInContinueUrl } from '../appLinks.js';

/** An address in logs and ids: a short hash, never the address itself. */
const addressKey = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 32);

export async function sendSignInLink(
  db: Firestore,
  auth: Auth,
  input: { email: string; continuePath: string },
  now: Date,
  base: string,
): Promise<{ ok: true }> {
  const email = normaliseEmail(input.email);
  const key = addressKey(email);
  const allowed = await db.runTransaction(async (tx) => {
    const limit = await takeRateLimit(db, tx, SIGN_IN_LINKS_PER_HOUR, key, now);
    if (limit.allowed) limit.commit();
    return limit.allowed;
  });
  if (!allowed) {
    throw new HttpsError(
      'resource-exhausted',
      'Er zijn het afgelopen uur al te veel aanmeldlinks gevraagd voor dit adres. Probeer het later opnieuw.',
    );
  }

  const [person] = await peopleByEmail(db, email, 1);
  if (!person) {
    logger.info('signin: no person for address', { address: key });
    return { ok: true };
  }
  // The Auth account must be the person's own uid, or the sign-in would land on a stranger's account.
  const user = await auth.getUserByEmail(email).catch((err: { code?: string }) => {
    if (err.code === 'auth/user-not-found') return null;
    throw err;
  });
  if (user && user.uid !== person.uid) {
    logger.error('signin: Auth account and people document disagree', {
      address: key,
      person: person.uid,
      account: user.uid,
    });
    return { ok: true };
  }
  if (!user) await auth.createUser({ uid: person.uid, email, displayName: person.displayName });

  const link = await auth.generateSignInWithEmailLink(email, {
    url: signInContinueUrl(base, input.continuePath),
    handleCodeInApp: true,
  });
  await enqueueMail(db, {
    to: person.email,
    message: signInLinkMail({ name: person.displayName, link }),
    purpose: 'link.signin',
    instituteId: person.instituteId,
    recipientUid: person.uid,
  });
  logger.info('signin: link queued', { address: key, uid: person.uid });
  return { ok: true };
}
