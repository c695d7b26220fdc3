// Reading people/{uid} (data-model) for the link flows: who owns an address, who is the secretariat.
import type { Firestore } from 'firebase-admin/firestore';
import { STAFF_ROLES } from '@praktijkvolg/domain';
import { z } from 'zod';

export const PEOPLE_COLLECTION = 'people';

export const personSchema = z.looseObject({
  instituteId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.string().min(3),
  staffRoles: z.array(z.enum(STAFF_ROLES)).optional(),
});
export type Person = z.infer<typeof personSchema> & { uid: string };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function parsePerson(uid: string, data: unknown): Person {
  const parsed = personSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid person ${uid}: ${parsed.error.message}`);
  return { ...parsed.data, uid };
}

/** People with this address (case-insensitive on our side; stored addresses may keep their capitals). */
export async function peopleByEmail(db: Firestore, email: string, limit = 5): Promise<Person[]> {
  const variants = [...new Set([email.trim(), normaliseEmail(email)])];
  const snaps = await Promise.all(
    variants.map((v) => db.collection(PEOPLE_COLLECTION).where('email', '==', v).limit(limit).get()),
  );
  const seen = new Map<string, Person>();
  for (const doc of snaps.flatMap((s) => s.docs))
    if (!seen.has(doc.id)) seen.set(doc.id, parsePerson(doc.id, doc.data()));
  return [...seen.values()];
}

export async function personByUid(db: Firestore, uid: string): Promise<Person | null> {
  const snap = await db.collection(PEOPLE_COLLECTION).doc(uid).get();
  return snap.exists ? parsePerson(uid, snap.data()) : null;
}

/** The secretariat of an institute: people whose staffRoles (the mirror of the claims) hold 'secretariaat'. */
export async function secretariat(db: Firestore, instituteId: string): Promise<Person[]> {
  const snap = await db
    .collection(PEOPLE_COLLECTION)
    .where('instituteId', '==', instituteId)
    .where('staffRoles', 'array-contains', 'secretariaat')
    .get();
  return snap.docs.map((d) => parsePerson(d.id, d.data()));
}
