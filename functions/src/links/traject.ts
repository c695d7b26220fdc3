// Reading trajecten/{id} (data-model) for the link and LEOh flows: roles, names, programme.
import { PROGRAMME_IDS, rolesSchema } from '@praktijkvolg/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { z } from 'zod';

export const TRAJECTEN_COLLECTION = 'trajecten';

// Loose: the traject has more fields (pauses, status, ...) that these flows do not need.
export const trajectRolesSchema = z.looseObject({
  instituteId: z.string().min(1),
  programme: z.enum(PROGRAMME_IDS),
  traineeName: z.string(),
  workplace: z.string().optional(),
  roles: rolesSchema,
  members: z.array(z.string()),
  names: z.record(z.string(), z.string()),
});
export type TrajectRoles = z.infer<typeof trajectRolesSchema>;

export async function readTraject(
  db: Firestore,
  trajectId: string,
  tx?: Transaction,
): Promise<TrajectRoles | null> {
  const ref = db.collection(TRAJECTEN_COLLECTION).doc(trajectId);
  const snap = tx ? await tx.get(ref) : await ref.get();
  if (!snap.exists) return null;
  const parsed = trajectRolesSchema.safeParse(snap.data());
  if (!parsed.success) throw new Error(`Invalid traject ${trajectId}: ${parsed.error.message}`);
  return parsed.data;
}
