// Who may create an Auth account from a client (the beforeUserCreated blocking function; docs/rules.md,
// "Accounts, links and texts"). Our own accounts are made by the server with the Admin SDK (upsertPerson,
// the sign-in mail, the seed), which never runs blocking functions, and link raters use custom tokens,
// which do not either. So a client creating an account is someone signing up by themselves:
// - with a password: never (the app has none; a password account made before the person is added is the
//   pre-hijack of finding 4), refused before anything is looked up, so the answer tells nothing;
// - by e-mail link (they proved the mailbox): only for an address that belongs to a known person;
// - any other way (phone, another provider): never.
import type { Firestore } from 'firebase-admin/firestore';
import { normaliseEmail, peopleByEmail } from './people.js';

export type SignUpDecision = { ok: true } | { ok: false; message: string };

export const SIGN_UP_MESSAGES = {
  password:
    'Een account met een wachtwoord aanmaken kan niet. Je meldt je aan met een link per e-mail: vraag die aan op de aanmeldpagina.',
  otherMethod: 'Aanmelden kan alleen met een link per e-mail.',
  unknown:
    'Voor dit e-mailadres is geen account mogelijk. Het secretariaat van je opleiding voegt je toe; daarna kun je je aanmelden.',
} as const;

export interface SignUpAttempt {
  email: string | undefined;
  /** The sign-in method of the event ('password', 'emailLink', 'phone', 'google.com', ...). */
  signInMethod: string | undefined;
}

export async function decideSignUp(db: Firestore, attempt: SignUpAttempt): Promise<SignUpDecision> {
  if (attempt.signInMethod === 'password') return { ok: false, message: SIGN_UP_MESSAGES.password };
  if (attempt.signInMethod !== 'emailLink' || !attempt.email)
    return { ok: false, message: SIGN_UP_MESSAGES.otherMethod };
  const known = await peopleByEmail(db, normaliseEmail(attempt.email), 1);
  return known.length > 0 ? { ok: true } : { ok: false, message: SIGN_UP_MESSAGES.unknown };
}

/** The sign-in method of a blocking event: its type ends in `:<method>` (e.g. `...beforeCreate:password`). */
export function signInMethodOf(event: {
  eventType?: string;
  credential?: { signInMethod?: string } | null;
}): string | undefined {
  const fromType = event.eventType?.split(':').pop();
  return event.eventType?.includes(':') ? fromType : event.credential?.signInMethod;
}
