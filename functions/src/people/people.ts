// people/{uid}: reads for the functions. The document contract (schema, parser, collection) is domain's
// documents/people.ts, shared with the web app; every read is parsed with it.
import {
  hasEmail,
  PEOPLE_COLLECTION,
  parsePerson,
  type MailablePerson,
  type Person,
  type StaffRole,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';

export { hasEmail, PEOPLE_COLLECTION, parsePerson, type MailablePerson, type Person };

/** Counts documents read (the reminder job's benchmark); optional everywhere. */
export interface Reads {
  add(n: number): void;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function personByUid(db: Firestore, uid: string): Promise<Person | null> {
  const snap = await db.collection(PEOPLE_COLLECTION).doc(uid).get();
  return snap.exists ? parsePerson(uid, snap.data()) : null;
}

/** Reads people by uid in chunks; missing people are absent from the map. */
export async function peopleByUid(
  db: Firestore,
  uids: Iterable<string>,
  reads?: Reads,
): Promise<Map<string, Person>> {
  const list = [...new Set(uids)];
  const out = new Map<string, Person>();
  for (let i = 0; i < list.length; i += 300) {
    const refs = list.slice(i, i + 300).map((uid) => db.collection(PEOPLE_COLLECTION).doc(uid));
    const snaps = refs.length > 0 ? await db.getAll(...refs) : [];
    reads?.add(snaps.length);
    for (const snap of snaps) if (snap.exists) out.set(snap.id, parsePerson(snap.id, snap.data()));
  }
  return out;
}

/** People with this address (case-insensitive on our side; stored addresses may keep their capitals). */
export async function peopleByEmail(db: Firestore, email: string, limit = 5): Promise<MailablePerson[]> {
  const variants = [...new Set([email.trim(), normaliseEmail(email)])];
  const snaps = await Promise.all(
    variants.map((v) => db.collection(PEOPLE_COLLECTION).where('email', '==', v).limit(limit).get()),
  );
  const seen = new Map<string, Person>();
  for (const doc of snaps.flatMap((s) => s.docs))
    if (!seen.has(doc.id)) seen.set(doc.id, parsePerson(doc.id, doc.data()));
  return [...seen.values()].filter(hasEmail);
}

/** People of one institute holding a staff role (index: instituteId + staffRoles array-contains). */
export async function staffOf(
  db: Firestore,
  instituteId: string,
  role: StaffRole,
  reads?: Reads,
): Promise<Person[]> {
  const snap = await db
    .collection(PEOPLE_COLLECTION)
    .where('instituteId', '==', instituteId)
    .where('staffRoles', 'array-contains', role)
    .get();
  reads?.add(snap.size);
  return snap.docs.map((d) => parsePerson(d.id, d.data()));
}

/** The secretariat of an institute that can be mailed. */
export async function secretariat(db: Firestore, instituteId: string): Promise<MailablePerson[]> {
  return (await staffOf(db, instituteId, 'secretariaat')).filter(hasEmail);
}
