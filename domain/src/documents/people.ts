// people/{uid} (docs/data-model.md): a person's name and mail address, written only by the server (seed,
// upsertPerson, setStaffRoles), and staffRoles, the mirror of the staff claims so staff can be found by role.
// The one contract both sides parse with: the functions (firebase-admin) and the web app (firebase/firestore).
import { z } from 'zod';
import { STAFF_ROLES } from '../programmes';
import { timestampLikeSchema } from './timestamp';

export const PEOPLE_COLLECTION = 'people';
export const personPath = (uid: string) => `${PEOPLE_COLLECTION}/${uid}`;

export const personSchema = z.object({
  instituteId: z.string().min(1),
  displayName: z.string().min(1),
  /**
   * Absent for someone the institute has no address of yet (e.g. a person known only by name in a traject):
   * they get no mail (the reminder job logs it) and cannot sign in until the secretariat adds an address.
   */
  email: z.string().min(3).optional(),
  staffRoles: z.array(z.enum(STAFF_ROLES)).default([]),
  /** Server time of the last write; null while a write's server timestamp is pending on a client. */
  updatedAt: timestampLikeSchema.nullable().optional(),
});
export type PersonDoc = z.infer<typeof personSchema>;
export type Person = PersonDoc & { uid: string };
export type MailablePerson = Person & { email: string };

export const hasEmail = (p: Person): p is MailablePerson => typeof p.email === 'string';

/** Parses a people document; throws with the uid and zod's message when it does not fit. */
export function parsePerson(uid: string, data: unknown): Person {
  const parsed = personSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid person ${uid}: ${parsed.error.message}`);
  return { ...parsed.data, uid };
}
