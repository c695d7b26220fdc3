// people/{uid}: the mail address and name of a person (written by upsertPerson), and the institute's
// staff found by role (staffRoles mirrors the claims, data-model).
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { ReadCounter } from './reads.js';

export const PEOPLE_COLLECTION = 'people';

export const personSchema = z.looseObject({
  instituteId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.string().min(3).optional(),
  staffRoles: z.array(z.string()).optional(),
});
export type Person = z.infer<typeof personSchema> & { uid: string };

export function parsePerson(uid: string, data: unknown): Person | null {
  if (data === undefined) return null;
  const parsed = personSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid person ${uid}: ${parsed.error.message}`);
  return { ...parsed.data, uid };
}

/** People of one institute holding a staff role (index: instituteId + staffRoles array-contains). */
export async function staffOf(db: Firestore, instituteId: string, role: string, reads?: ReadCounter): Promise<Person[]> {
  const snap = await db.collection(PEOPLE_COLLECTION).where('instituteId', '==', instituteId).where('staffRoles', 'array-contains', role).get();
  reads?.add(snap.size);
  return snap.docs.map((d) => parsePerson(d.id, d.data())).filter((p): p is Person => p !== null);
}

/** Reads people by uid in chunks; missing people are absent from the map. */
export async function peopleByUid(db: Firestore, uids: Iterable<string>, reads?: ReadCounter): Promise<Map<string, Person>> {
  const list = [...new Set(uids)];
  const out = new Map<string, Person>();
  for (let i = 0; i < list.length; i += 300) {
    const refs = list.slice(i, i + 300).map((uid) => db.collection(PEOPLE_COLLECTION).doc(uid));
    const snaps = refs.length > 0 ? await db.getAll(...refs) : [];
    reads?.add(snaps.length);
    for (const snap of snaps) {
      const person = parsePerson(snap.id, snap.data());
      if (person) out.set(snap.id, person);
    }
  }
  return out;
}
