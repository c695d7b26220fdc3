// trajecten/{id}: what happens when one changed (reading one: readTraject in ../documents.ts): parse both sides, audit a change of roles, complete its role history, and resync its forms.
import {
  MAX_ROLE_HISTORY,
  trajectPath,
  trajectSchema,
  unionRoleHistory,
  type RoleHistory,
  type Traject,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { appendAuditOnce, auditId } from '../audit/audit.js';
import { sameValue } from './plan.js';
import { syncTrajectForms, type SyncReport } from './sync.js';
import { recordTrajectNew } from '../events/record.js';

export interface TrajectWrite {
  trajectId: string;
  before: unknown;
  after: unknown;
  /** Unique per write (the after document's update time): the role-change audit entry's key. */
  changeKey: string;
  now: Date;
}

function parse(trajectId: string, data: unknown): Traject | null | 'invalid' {
  if (data === undefined) return null;
  const parsed = trajectSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  log.error('schedule: invalid traject, forms left as they are', {
    trajectId,
    error: parsed.error.message,
  });
  return 'invalid';
}

/** The history `after` should carry (rule 8 of docs/rules.md): its own plus all that the traject before the write had or held. */
export function completedRoleHistory(before: Traject | null, after: Traject): RoleHistory {
  return unionRoleHistory(after.roleHistory, before?.roleHistory, before?.roles, after.roles);
}

/**
 * `roleHistory` is server-maintained where the rules leave it (docs/rules.md, "Role history"): the rules keep the
 * werkplekbegeleider's history complete on every client write; this completes the rest, backfills trajecten
 * written before the history existed and repairs writes past the rules (Admin SDK). Only ever adds, in a
 * transaction on the stored traject (which may have moved on); a second run writes nothing. Returns the history.
 */
export async function keepRoleHistory(
  db: Firestore,
  trajectId: string,
  before: Traject | null,
  after: Traject,
): Promise<RoleHistory> {
  const wanted = completedRoleHistory(before, after);
  if (sameValue(wanted, after.roleHistory ?? {})) return wanted;
  const ref = db.doc(trajectPath(trajectId));
  return db.runTransaction(async (tx) => {
    const parsed = trajectSchema.safeParse((await tx.get(ref)).data());
    if (!parsed.success) return wanted; // deleted or invalid meanwhile: nothing to keep
    const next = unionRoleHistory(parsed.data.roleHistory, wanted, parsed.data.roles);
    if (sameValue(next, parsed.data.roleHistory ?? {})) return next;
    if (Object.values(next).some((uids) => (uids?.length ?? 0) > MAX_ROLE_HISTORY)) {
      log.error('schedule: role history would exceed its bound, left as it is', { trajectId });
      return next;
    }
    tx.update(ref, { roleHistory: next });
    log.info('schedule: role history completed', { trajectId, backfill: !parsed.data.roleHistory });
    return next;
  });
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
      target: trajectPath(write.trajectId),
      details: { before: beforeRoles, after: after.roles },
    });
  }
  // Backfill or repair the history first, so the schedule checks raters against all of it (rule 8).
  const roleHistory = after
    ? await keepRoleHistory(db, write.trajectId, before === 'invalid' ? null : before, after)
    : undefined;
  const report = await syncTrajectForms(db, write.trajectId, after && { ...after, roleHistory }, write.now);
  // A new traject: its aios and opleiders hear what comes first, in their next digest (events/record.ts).
  if (after && before === null) await recordTrajectNew(db, write.trajectId, after, write.now);
  return report;
}
