// Staff roles are custom claims ({ institute, staff }) and only an admin of the same institute sets them, never
// their own (nobody grants themselves a role). people/{uid}.staffRoles mirrors the claims so staff can be found
// by role; the change is audited. A new claim reaches the person's ID token at its next refresh (within an hour,
// or at once after signing in again).
import {
  actorOf,
  cleanName,
  mayGrantStaffRoles,
  parseClaims,
  personPath,
  type StaffRole,
} from '@praktijkvolg/domain';
import type { ApiRequest } from '@praktijkvolg/domain/api';
import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit, auditRef } from '../audit/audit.js';
import { PEOPLE_COLLECTION, parsePerson } from './people.js';

export interface Caller {
  uid: string;
  token: Record<string, unknown>;
}

const nameOf = (displayName: string | undefined, email: string) => {
  const name = cleanName(displayName ?? '');
  return name.ok ? name.value : email;
};

/** The caller holds one of these staff roles in their institute; returns that institute. */
export function requireStaff(caller: Caller, roles: readonly StaffRole[], doing: string): string {
  const { institute, staff } = parseClaims(caller.token);
  if (!institute || !staff.some((r) => roles.includes(r))) {
    throw new HttpsError('permission-denied', `Alleen ${doing}.`);
  }
  return institute;
}

export async function assignStaffRoles(
  db: Firestore,
  auth: Auth,
  caller: Caller,
  input: Required<ApiRequest<'setStaffRoles'>>,
  now: Date,
): Promise<void> {
  const actor = actorOf(caller.uid, parseClaims(caller.token));
  const may = mayGrantStaffRoles(actor, { uid: input.uid, institute: input.institute });
  if (!may.ok) throw new HttpsError('permission-denied', may.reason);
  const institute = input.institute;
  const user = await auth.getUser(input.uid).catch(() => null);
  if (!user) throw new HttpsError('not-found', 'Deze persoon heeft geen account.');

  const ref = db.collection(PEOPLE_COLLECTION).doc(input.uid);
  const staff = [...new Set(input.staff)].sort();
  const before = await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const person = snap.exists ? parsePerson(snap.id, snap.data()) : null;
    if (person && person.instituteId !== institute) {
      throw new HttpsError('failed-precondition', 'Deze persoon hoort bij een andere opleiding.');
    }
    if (person) {
      tx.update(ref, { staffRoles: staff, updatedAt: FieldValue.serverTimestamp() });
    } else {
      if (!user.email) throw new HttpsError('failed-precondition', 'Deze persoon heeft geen e-mailadres.');
      tx.create(ref, {
        instituteId: institute,
        // The Auth profile's name is not ours to trust (an account can set its own): clean it, else the address.
        displayName: nameOf(user.displayName, user.email),
        email: user.email.toLowerCase(),
        staffRoles: staff,
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
    appendAudit(tx, auditRef(db), {
      instituteId: institute,
      at: now,
      actorUid: caller.uid,
      action: 'staff.roles_set',
      target: personPath(input.uid),
      details: { before: person?.staffRoles ?? [], after: staff },
    });
    return person;
  });
  // Claims last: if this fails the mirror says more than the token grants, never less; a retry repairs it.
  try {
    await auth.setCustomUserClaims(input.uid, { ...(user.customClaims ?? {}), institute, staff });
  } catch (err) {
    if (before) await ref.update({ staffRoles: before.staffRoles ?? [] }).catch(() => undefined);
    throw err;
  }
}
