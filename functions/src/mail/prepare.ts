// The send-time check of the outbox. A reminder digest is re-rendered from the current state of the
// forms it lists, so it never reminds about a form completed after it was queued, and it is skipped when
// nothing is open any more. A sign-in link is made here, for the person the address belongs to, or the mail
// is skipped (links/signIn.ts: the callable does the same work for every address). Every other mail is
// sent as written.
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { renderSignInMail, SIGN_IN_PURPOSE } from '../links/signIn.js';
import { rerenderDigest } from '../reminders/sendTime.js';
import type { PrepareMail } from './outbox.js';

/** What a sign-in mail needs at send time; lazy, so other mails never read APP_URL or touch Auth. */
export interface SignInDeps {
  auth: () => Auth;
  appUrl: () => string;
}

export function prepareMail(db: Firestore, signIn?: SignInDeps): PrepareMail {
  return async (mail) => {
    if (mail.purpose === SIGN_IN_PURPOSE) {
      if (!signIn) throw new Error('a sign-in mail needs Auth and APP_URL at send time');
      return renderSignInMail(db, signIn.auth(), mail, signIn.appUrl());
    }
    if (mail.purpose !== 'reminder_digest' || !mail.recipientUid || !mail.digestDate) return mail.message;
    const render = await rerenderDigest(db, mail.recipientUid, mail.digestDate);
    if (render.kind === 'skip') return null;
    return render.kind === 'send' ? render.message : mail.message;
  };
}
