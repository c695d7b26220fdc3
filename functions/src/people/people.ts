// people/{uid} (data-model): a person's name and mail address, written by the server (seed, upsertPerson), and
// staffRoles, the mirror of the staff claims so staff can be found by role. Every read is parsed here.
import { STAFF_ROLES, type StaffRole } from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';

export const PEOPLE_COLLECTION = 'people';

export const personSchema = z.looseObject({
  instituteId: z.string().min(1),
  displayName: z.string().min(1),
  /** Absent for someone the institute has no address of yet: they get no mail (the reminder job logs it). */
  email: z.string().min(3).optional(),
  staffRoles: z.array(z.enum(STAFF_ROLES)).optional(),
});
export type Person = z.infer<typeof personSchema> & { uid: string };
export type MailablePerson = Person & { email: string };

/** Counts documents read (the reminder job's benchmark); optional everywhere. */
export interface Reads {
  add(n: number): void;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const hasEmail = (p: Person): p is MailablePerson => typeof p.email === 'string';

export function parsePerson(uid: string, data: unknown): Person {
  const parsed = personSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid person ${uid}: ${parsed.error.message}`);
  return { ...parsed.data, uid };
}

export async function personByUid(db: Firestore, uid: string): Promise<Person | null> {
  const snap = await db.collection(PEOPLE_COLLECTION).doc(uid).get();
  return snap.exists ? parsePerson(uid, snap.data()) : null;
}

/** Reads people by uid in chunks; missing people are absent from the map. */
export async function peopleByUid(db: Firestore, uids: Iterable<string>, reads?: Reads): Promise<Map<string, Person>> {
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
export async function staffOf(db: Firestore, instituteId: string, role: StaffRole, reads?: Reads): Promise<Person[]> {
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
