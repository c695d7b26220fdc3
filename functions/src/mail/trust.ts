// The last step before every mail leaves (docs/rules.md, "Mails people trust"): the footer that says why the person
// gets it and whom to ask (domain mailFooterLines, by purpose), Reply-To the institute's secretariat
// (institutes/{id}.secretariaat), and, on an optional mail only, List-Unsubscribe with List-Unsubscribe-Post
// (RFC 8058). An optional mail whose person has switched its topic off meanwhile is not sent. Reads: the
// institute (every mail with one) and, for an optional mail, the person's preferences.
import {
  INSTITUTES_COLLECTION,
  mailFooterLines,
  mailPreferencesOf,
  optionalTopicOf,
  parseInstituteSettings,
  PREFERENCES_COLLECTION,
  type MailDoc,
  type MailMessage,
  type SecretariaatContact,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { preferencesUrl, unsubscribeUrl } from '../appLinks.js';
import { log } from '../log.js';
import type { PreparedMail } from './outbox.js';
import { appendFooter } from './render.js';
import { unsubscribeToken } from './unsubscribe.js';

export interface TrustDeps {
  appUrl: () => string;
  unsubscribeKey: () => string;
}

async function contactOf(
  db: Firestore,
  instituteId: string | undefined,
): Promise<SecretariaatContact | null> {
  if (!instituteId) return null;
  const snap = await db.collection(INSTITUTES_COLLECTION).doc(instituteId).get();
  try {
    return parseInstituteSettings(instituteId, snap.data()).secretariaat ?? null;
  } catch (err) {
    log.warn('mail: institute settings unreadable, no contact', { instituteId, error: String(err) });
    return null;
  }
}

/** The message as it is sent, or null when the person switched this optional mail off. */
export async function withTrust(
  db: Firestore,
  mail: MailDoc,
  prepared: PreparedMail,
  deps: TrustDeps | undefined,
): Promise<PreparedMail | null> {
  const purpose = prepared.purpose ?? mail.purpose;
  const instituteId = prepared.instituteId ?? mail.instituteId;
  const recipientUid = prepared.recipientUid ?? mail.recipientUid;
  const topic = optionalTopicOf(purpose);
  if (topic && recipientUid) {
    const prefs = await db.collection(PREFERENCES_COLLECTION).doc(recipientUid).get();
    if (mailPreferencesOf(prefs.data()).optedOut.has(topic)) return null;
  }
  const contact = await contactOf(db, instituteId);
  const base = deps?.appUrl();
  const unsubscribe =
    topic && recipientUid && deps && base
      ? unsubscribeUrl(base, unsubscribeToken(deps.unsubscribeKey(), recipientUid, topic))
      : null;
  const footer = mailFooterLines({
    purpose,
    contact,
    preferencesUrl: recipientUid && base ? preferencesUrl(base) : null,
    unsubscribeUrl: unsubscribe,
  });
  // Whatever the template wrote, only this step sets the headers: an obligatory mail never carries List-Unsubscribe.
  const { headers: _headers, replyTo: _replyTo, ...rendered } = appendFooter(prepared.message, footer);
  const message: MailMessage = {
    ...rendered,
    ...(contact && { replyTo: { name: contact.name, address: contact.email } }),
    ...(unsubscribe && {
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    }),
  };
  return { ...prepared, message };
}
