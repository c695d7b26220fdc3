// Saving a traject (the secretariat's editor): the domain's role policies first, then the whole document,
// parsed with the traject schema. Apart from ./queries.ts, so the form route, which reads trajecten, does not
// load the write side and zod with its first render (docs/architecture.md, "The form route on a phone").
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  membersOf,
  nextRoleHistory,
  trajectPath,
  trajectSchema,
  trajectServerFieldsOf,
  validateRoleChange,
  type Actor,
  type RoleAssignments,
  type RoleViolation,
  type Traject,
} from '@praktijkvolg/domain';
import { loadFullFirestore } from '../../app/firestore';
import type { TrajectDoc } from './model';
import { trajectKeys } from './queries';

export class RoleConflictError extends Error {
  constructor(readonly violations: RoleViolation[]) {
    super(violations.map((v) => v.message).join(' '));
  }
}

/**
 * Checks the change with the domain policies first (conflicts explained, also against the role history:
 * a former werkplekbegeleider never becomes assessor, rule 8 of docs/rules.md), then writes the whole traject.
 */
export function checkTrajectChange(
  actor: Actor,
  before: TrajectDoc | undefined,
  after: Omit<Traject, 'members' | 'updatedAt' | 'updatedBy'>,
): RoleViolation[] {
  const r = validateRoleChange(
    actor,
    after.programme,
    before?.roles ?? ({} as RoleAssignments),
    after.roles,
    after.names,
    before?.roleHistory,
  );
  return r.ok ? [] : r.violations;
}

export function useSaveTraject(actor: Actor) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({
      trajectId,
      before,
      fields,
    }: {
      trajectId: string;
      before: TrajectDoc | undefined;
      fields: Omit<Traject, 'members' | 'updatedAt' | 'updatedBy'>;
    }) => {
      const violations = checkTrajectChange(actor, before, fields);
      if (violations.length > 0) throw new RoleConflictError(violations);
      const members = membersOf(fields.roles);
      // Names in one Unicode form (NFC), so equal names are equal; the schema refuses control and bidi
      // characters with a Dutch message the editor shows (domain policies/text.ts).
      const nfc = (s: string) => s.normalize('NFC').trim();
      const names = Object.fromEntries(members.map((uid) => [uid, nfc(fields.names[uid] ?? uid)]));
      const parsed = trajectSchema.parse({
        ...fields,
        traineeName: nfc(fields.traineeName),
        workplace: nfc(fields.workplace),
        // Everyone who ever held a role stays in it; the rules refuse a write that drops anyone (docs/rules.md).
        roleHistory: nextRoleHistory(before, fields.roles),
        members,
        names,
      });
      const { updatedAt: _u, updatedBy: _b, ...data } = parsed;
      const { db, doc, serverTimestamp, setDoc } = await loadFullFirestore();
      await setDoc(doc(db, trajectPath(trajectId)), {
        ...data,
        // The admin's legal hold is the server's (TRAJECT_SERVER_FIELDS): a write that drops it is refused.
        ...trajectServerFieldsOf(before),
        updatedAt: serverTimestamp(),
        updatedBy: actor.uid,
      });
      return trajectId;
    },
    onSuccess: (trajectId) => qc.invalidateQueries({ queryKey: trajectKeys.detail(trajectId) }),
  });
}

/** A new document id, made the way Firestore makes its auto ids (20 characters of [A-Za-z0-9]). */
export const newTrajectId = (): string => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(40));
  let id = '';
  // Rejection sampling keeps every character equally likely (248 = 4 × 62).
  for (const b of bytes) if (b < 248 && id.length < 20) id += chars[b % 62];
  return id.length === 20 ? id : newTrajectId();
};
