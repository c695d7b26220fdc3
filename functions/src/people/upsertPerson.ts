// The secretariat adds a person to its institute (to assign them a traject role): an Auth account without a
// password (they sign in by e-mail link) and a people document. An address that already belongs to this
// institute is updated, never duplicated; one of another institute is refused.
//
// Account pre-hijack (docs/rules.md, "Accounts, links and texts"): an Auth account that already exists for
// the address is taken over only when the institute vouched for it (its claims name this institute, which
// only an admin sets). Any other account was not made by us (someone signed up themselves, with a password
// they know, before the person was added): it holds nothing (no people document, no claims), so it is
// deleted, which also ends its sessions, and a fresh account without a password is made. Refusing instead
// would leave the secretariat stuck and let anyone block a person's addition by signing up first.
import { cleanName } from '@praktijkvolg/domain';
import type { ApiRequest, ApiResponse } from '@praktijkvolg/domain/api';
import type { Auth, UserRecord } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit, auditRef } from '../audit/audit.js';
import { normaliseEmail, PEOPLE_COLLECTION, peopleByEmail } from './people.js';
import { requireStaff, type Caller } from './staffRoles.js';

const OTHER_INSTITUTE = 'Dit e-mailadres hoort al bij een andere opleiding.';

async function userByEmail(auth: Auth, email: string): Promise<UserRecord | null> {
  try {
    return await auth.getUserByEmail(email);
  } catch (err) {
    if ((err as { code?: string }).code === 'auth/user-not-found') return null;
    throw err;
  }
}

/**
 * The existing account for the address, if the institute may take it over; null after deleting one it may
 * not (see above); refuses what must be looked at by a person.
 */
async function adoptableAccount(
  db: Firestore,
  auth: Auth,
  user: UserRecord,
  institute: string,
  audit: { actorUid: string; now: Date },
): Promise<UserRecord | null> {
  const claims = user.customClaims ?? {};
  if (typeof claims.institute === 'string') {
    if (claims.institute !== institute) throw new HttpsError('already-exists', OTHER_INSTITUTE);
    return user; // an admin of this institute gave this account its claims
  }
  if (user.disabled) {
    throw new HttpsError(
      'failed-precondition',
      'Het account met dit e-mailadres is geblokkeerd. Neem contact op met de beheerder.',
    );
  }
  const own = await db.collection(PEOPLE_COLLECTION).doc(user.uid).get();
  if (own.exists || Object.keys(claims).length > 0) {
    throw new HttpsError(
      'failed-precondition',
      'Er bestaat al een account met dit e-mailadres dat bij een andere persoon hoort. Neem contact op met de beheerder.',
    );
  }
  await auth.deleteUser(user.uid);
  const entry = auditRef(db);
  const batch = db.batch();
  appendAudit(batch, entry, {
    instituteId: institute,
    at: audit.now,
    actorUid: audit.actorUid,
    action: 'person.account_replaced',
    target: `${PEOPLE_COLLECTION}/${user.uid}`,
    details: {
      removedUid: user.uid,
      emailVerified: user.emailVerified,
      providers: user.providerData.map((p) => p.providerId),
      createdAt: user.metadata.creationTime,
    },
  });
  await batch.commit();
  log.warn('people: removed an account the institute did not make', { uid: user.uid, auditId: entry.id });
  return null;
}

export async function savePerson(
  db: Firestore,
  auth: Auth,
  caller: Caller,
  input: ApiRequest<'upsertPerson'>,
  now: Date = new Date(),
): Promise<ApiResponse<'upsertPerson'>> {
  const institute = requireStaff(
    caller,
    ['secretariaat', 'admin'],
    'het secretariaat kan personen toevoegen',
  );
  const email = normaliseEmail(input.email);
  const name = cleanName(input.displayName);
  if (!name.ok) throw new HttpsError('invalid-argument', name.message, { path: ['displayName'] });
  const displayName = name.value;

  const known = await peopleByEmail(db, email);
  const elsewhere = known.find((p) => p.instituteId !== institute);
  if (elsewhere) throw new HttpsError('already-exists', OTHER_INSTITUTE);
  const mine = known[0];
  if (mine) {
    await db
      .collection(PEOPLE_COLLECTION)
      .doc(mine.uid)
      .update({ displayName, updatedAt: FieldValue.serverTimestamp() });
    return { uid: mine.uid, created: false };
  }

  const existing = await userByEmail(auth, email);
  const adopted =
    existing && (await adoptableAccount(db, auth, existing, institute, { actorUid: caller.uid, now }));
  const user = adopted ?? (await auth.createUser({ email, displayName, emailVerified: false }));
  await db.collection(PEOPLE_COLLECTION).doc(user.uid).set({
    instituteId: institute,
    displayName,
    email,
    staffRoles: [],
    updatedAt: FieldValue.serverTimestamp(),
  });
  return { uid: user.uid, created: true };
}
