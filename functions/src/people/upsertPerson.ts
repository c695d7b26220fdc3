// The secretariat adds a person to its institute (to assign them a traject role): an Auth account without a
// password (they sign in by e-mail link) and a people document. An address that already belongs to this
// institute is updated, never duplicated; one of another institute is refused.
import type { ApiRequest, ApiResponse } from '@praktijkvolg/domain/api';
import type { Auth, UserRecord } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { normaliseEmail, PEOPLE_COLLECTION, peopleByEmail } from './people.js';
import { requireStaff, type Caller } from './staffRoles.js';

async function userByEmail(auth: Auth, email: string): Promise<UserRecord | null> {
  try {
    return await auth.getUserByEmail(email);
  } catch (err) {
    if ((err as { code?: string }).code === 'auth/user-not-found') return null;
    throw err;
  }
}

export async function upsertPerson(
  db: Firestore,
  auth: Auth,
  caller: Caller,
  input: ApiRequest<'upsertPerson'>,
): Promise<ApiResponse<'upsertPerson'>> {
  const institute = requireStaff(caller, ['secretariaat', 'admin'], 'het secretariaat kan personen toevoegen');
  const email = normaliseEmail(input.email);
  const displayName = input.displayName.trim();

  const known = await peopleByEmail(db, email);
  const elsewhere = known.find((p) => p.instituteId !== institute);
  if (elsewhere) throw new HttpsError('already-exists', 'Dit e-mailadres hoort al bij een andere opleiding.');
  const mine = known[0];
  if (mine) {
    await db.collection(PEOPLE_COLLECTION).doc(mine.uid).update({ displayName, updatedAt: FieldValue.serverTimestamp() });
    return { uid: mine.uid, created: false };
  }

  const user = (await userByEmail(auth, email)) ?? (await auth.createUser({ email, displayName, emailVerified: false }));
  const claimed = user.customClaims?.institute;
  if (typeof claimed === 'string' && claimed !== institute) {
    throw new HttpsError('already-exists', 'Dit e-mailadres hoort al bij een andere opleiding.');
  }
  await db.collection(PEOPLE_COLLECTION).doc(user.uid).set({
    instituteId: institute,
    displayName,
    email,
    staffRoles: [],
    updatedAt: FieldValue.serverTimestamp(),
  });
  return { uid: user.uid, created: true };
}
