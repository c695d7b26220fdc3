// trajecten/{id}: reading one (parsed with the domain schema), and what happens when one changed: parse both
// sides, audit a change of roles, and resync its forms.
import { trajectSchema, type Traject } from '@praktijkvolg/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { appendAuditOnce, auditId } from '../audit/audit.js';
import { sameValue } from './plan.js';
import { syncTrajectForms, type SyncReport } from './sync.js';

export const TRAJECTEN_COLLECTION = 'trajecten';

export interface TrajectWrite {
  trajectId: string;
  before: unknown;
  after: unknown;
  /** Unique per write (the after document's update time): the role-change audit entry's key. */
  changeKey: string;
  now: Date;
}

/** The traject, or null when it does not exist; throws on a document that does not fit the schema. */
export async function readTraject(db: Firestore, trajectId: string, tx?: Transaction): Promise<Traject | null> {
  const ref = db.collection(TRAJECTEN_COLLECTION).doc(trajectId);
  const snap = tx ? await tx.get(ref) : await ref.get();
  if (!snap.exists) return null;
  const parsed = trajectSchema.safeParse(snap.data());
  if (!parsed.success) throw new Error(`Invalid traject ${trajectId}: ${parsed.error.message}`);
  return parsed.data;
}

function parse(trajectId: string, data: unknown): Traject | null | 'invalid' {
  if (data === undefined) return null;
  const parsed = trajectSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  logger.error('schedule: invalid traject, forms left as they are', { trajectId, error: parsed.error.message });
  return 'invalid';
}

export async function onTrajectWritten(db: Firestore, write: TrajectWrite): Promise<SyncReport | null> {
  const before = parse(write.trajectId, write.before);
  const after = parse(write.trajectId, write.after);
  if (after === 'invalid') return null;
  // Creating a traject assigns its roles: that is audited as a change from no roles.
  const beforeRoles = before && before !== 'invalid' ? before.roles : {};
  if (after && !sameValue(beforeRoles, after.roles)) {
    await appendAuditOnce(db, auditId('traject.roles_changed', write.trajectId, write.changeKey), {
      instituteId: after.instituteId,
      at: write.now,
      actorUid: after.updatedBy ?? null,
      action: 'traject.roles_changed',
      target: `${TRAJECTEN_COLLECTION}/${write.trajectId}`,
      details: { before: beforeRoles, after: after.roles },
    });
  }
  return syncTrajectForms(db, write.trajectId, after, write.now);
}
