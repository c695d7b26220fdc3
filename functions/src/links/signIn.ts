// queueSignInLink: passwordless sign-in for account holders. The mailed link returns to the app's
// /aanmelden/voltooien, which completes the sign-in (asking the address again on another device) and
// goes on to `continuePath`, e.g. the form the person was invited to.
//
// The answer never tells whether an address has an account, neither by what it says nor by how long it
// takes (docs/rules.md, "Accounts, links and texts"): the callable does the same work for every address,
// one transaction that counts the rate limit and queues one outbox mail. Whose address it is, is decided
// at send time by the outbox (`renderSignInMail`, registered as the send-time preparer of its purpose in mail/prepare.ts), out of the caller's sight:
// a known person gets the link, an unknown address gets nothing and its mail document keeps no address.
import { createHash } from 'node:crypto';
import {
  APP_PATH_MESSAGE,
  parseAppPath,
  MAIL_COLLECTION,
  mailDocSchema,
  type MailDoc,
} from '@praktijkvolg/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { signInContinueUrl } from '../appLinks.js';
import type { PreparedMail } from '../mail/outbox.js';
import { registerSendTimePreparer } from '../mail/prepare.js';
import { normaliseEmail, peopleByEmail } from '../people/people.js';
import { signInLinkMail } from './mails.js';
import { SIGN_IN_LINKS_PER_HOUR, takeRateLimit } from './rateLimit.js';

export const SIGN_IN_PURPOSE = 'link.signin';

/** An address in logs and ids: a short hash, never the address itself. */
const addressKey = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 32);

/** What the outbox holds until send time: no name, no link, nothing that depends on the address. */
const PLACEHOLDER = {
  subject: 'Je aanmeldlink voor Praktijkvolg',
  text: '[De aanmeldlink wordt bij verzending gemaakt.]',
};

export async function queueSignInLink(
  db: Firestore,
  input: { email: string; continuePath: string },
  now: Date,
): Promise<{ ok: true }> {
  const email = normaliseEmail(input.email);
  // Parsed again (the request contract already did): only a path of the app's own routes goes in a mail.
  const continuePath = parseAppPath(input.continuePath);
  if (continuePath === null) throw new HttpsError('invalid-argument', APP_PATH_MESSAGE);
  const key = addressKey(email);
  const ref = db.collection(MAIL_COLLECTION).doc();
  const mail: MailDoc = mailDocSchema.parse({
    to: email,
    message: PLACEHOLDER,
    purpose: SIGN_IN_PURPOSE,
    continuePath,
  });
  const allowed = await db.runTransaction(async (tx) => {
    const limit = await takeRateLimit(db, tx, SIGN_IN_LINKS_PER_HOUR, key, now);
    if (!limit.allowed) return false;
    limit.commit();
    tx.create(ref, mail);
    return true;
  });
  if (!allowed) {
    throw new HttpsError(
      'resource-exhausted',
      'Er zijn het afgelopen uur al te veel aanmeldlinks gevraagd voor dit adres. Probeer het later opnieuw.',
    );
  }
  log.info('signin: link requested', { address: key, mailId: ref.id });
  return { ok: true };
}

/**
 * At send time: the sign-in mail for the person with this address, or null (skip) when nobody has it or
 * the Auth account is not the person's own (the sign-in would land on a stranger's account).
 */
export async function renderSignInMail(
  db: Firestore,
  auth: Auth,
  mail: MailDoc,
  base: string,
): Promise<PreparedMail | null> {
  const email = normaliseEmail(Array.isArray(mail.to) ? (mail.to[0] ?? '') : mail.to);
  const key = addressKey(email);
  const [person] = await peopleByEmail(db, email, 1);
  if (!person) {
    log.info('signin: no person for address', { address: key });
    return null;
  }
  const user = await auth.getUserByEmail(email).catch((err: { code?: string }) => {
    if (err.code === 'auth/user-not-found') return null;
    throw err;
  });
  if (user && user.uid !== person.uid) {
    log.error('signin: Auth account and people document disagree', {
      address: key,
      person: person.uid,
      account: user.uid,
    });
    return null;
  }
  if (!user) await auth.createUser({ uid: person.uid, email, displayName: person.displayName });

  const link = await auth.generateSignInWithEmailLink(email, {
    url: signInContinueUrl(base, mail.continuePath ?? '/'),
    handleCodeInApp: true,
  });
  log.info('signin: link made', { address: key, uid: person.uid });
  return {
    message: signInLinkMail({ name: person.displayName, link }),
    instituteId: person.instituteId,
    recipientUid: person.uid,
  };
}

registerSendTimePreparer(SIGN_IN_PURPOSE, async (db, mail, deps) => {
  if (!deps) throw new Error('a sign-in mail needs Auth and APP_URL at send time');
  return renderSignInMail(db, deps.auth(), mail, deps.appUrl());
});
