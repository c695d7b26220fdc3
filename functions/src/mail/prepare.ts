// The send-time check of the outbox, by purpose. Workflows register a preparer for their purpose when
// their module loads (index.ts imports them): the reminder digest is re-rendered from the current state
// of the forms it lists, a sign-in link is made for the person the address belongs to. The outbox itself
// imports no workflow, so mail/ depends on nothing above it. Every mail without a preparer is sent as written,
// and every mail then gets its footer, Reply-To and (optional mails only) List-Unsubscribe (trust.ts).
import type { MailDoc } from '@praktijkvolg/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type { PrepareMail, PreparedMail } from './outbox.js';
import type { MailMessage } from '@praktijkvolg/domain';
import { withTrust, type TrustDeps } from './trust.js';

/** What some preparers need at send time; lazy, so other mails never read APP_URL or touch Auth. */
export interface SendTimeDeps extends TrustDeps {
  auth: () => Auth;
}

/** Returns the message to send (or the message and its recipient), or null to skip the mail. */
export type SendTimePreparer = (
  db: Firestore,
  mail: MailDoc,
  deps: SendTimeDeps | undefined,
) => Promise<MailMessage | PreparedMail | null>;

const preparers = new Map<string, SendTimePreparer>();

/** Registers the send-time preparer of one mail purpose; a purpose has at most one. */
export function registerSendTimePreparer(purpose: string, preparer: SendTimePreparer): void {
  const known = preparers.get(purpose);
  if (known && known !== preparer)
    throw new Error(`a send-time preparer for "${purpose}" is already registered`);
  preparers.set(purpose, preparer);
}

export function prepareMail(db: Firestore, deps?: SendTimeDeps): PrepareMail {
  return async (mail) => {
    const preparer = mail.purpose ? preparers.get(mail.purpose) : undefined;
    const prepared = preparer ? await preparer(db, mail, deps) : mail.message;
    if (prepared === null) return null;
    // Every mail, prepared or sent as written, ends with why and whom to ask (mail/trust.ts).
    return withTrust(db, mail, 'message' in prepared ? prepared : { message: prepared }, deps);
  };
}
