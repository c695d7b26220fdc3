// Trajecten: members read the trajecten they belong to (members array-contains), staff read their
// institute's (instituteId ==). Only the secretariat writes them; the rules re-check role conflicts.
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Query } from 'firebase/firestore';
import {
  membersOf,
  nextRoleHistory,
  TRAJECTEN_COLLECTION,
  trajectPath,
  trajectSchema,
  trajectServerFieldsOf,
  validateRoleChange,
  type Actor,
  type RoleAssignments,
  type RoleViolation,
  type Traject,
} from '@praktijkvolg/domain';
import { loadFullFirestore, useFullFirestore, type FullFirestore } from '../../app/firestore';
import { readFirst } from '../../app/firestoreLite';
import { afterFullSdk, firstValue, subscribeDocument, subscribeQuery, useLiveUpdates } from '../../app/live';
import { trajectConverter, type TrajectDoc } from './model';

export const trajectKeys = {
  all: ['trajecten'] as const,
  detail: (trajectId: string) => [...trajectKeys.all, 'detail', trajectId] as const,
  mine: (uid: string, institute: string | undefined) =>
    [...trajectKeys.all, 'mine', uid, institute ?? ''] as const,
  institute: (institute: string) => [...trajectKeys.all, 'institute', institute] as const,
};

// No static import of the full Firestore SDK: the form route reads its traject with Firestore Lite first
// (app/firestore.ts); the listeners attach once the full SDK is loaded.
const col = (fs: FullFirestore) => fs.collection(fs.db, TRAJECTEN_COLLECTION).withConverter(trajectConverter);

const subscribeDoc = (trajectId: string) =>
  afterFullSdk((fs) => subscribeDocument(fs.doc(col(fs), trajectId)));
const subscribeList = (q: (fs: FullFirestore) => Query<TrajectDoc>) =>
  afterFullSdk((fs) => subscribeQuery(q(fs), (a, b) => a.traineeName.localeCompare(b.traineeName, 'nl')));

const mineQuery = (uid: string, institute: string | undefined) => (fs: FullFirestore) =>
  institute
    ? fs.query(col(fs), fs.where('instituteId', '==', institute), fs.where('members', 'array-contains', uid))
    : fs.query(col(fs), fs.where('members', 'array-contains', uid));
const instituteQuery = (institute: string) => (fs: FullFirestore) =>
  fs.query(col(fs), fs.where('instituteId', '==', institute));

export const trajectQueries = {
  detail: (trajectId: string) =>
    queryOptions({
      queryKey: trajectKeys.detail(trajectId),
      queryFn: () =>
        readFirst(
          trajectPath(trajectId),
          (snap) => trajectConverter.fromFirestore(snap, undefined),
          subscribeDoc(trajectId),
        ),
      staleTime: Infinity,
      retry: false,
    }),
  mine: (uid: string, institute: string | undefined) =>
    queryOptions({
      queryKey: trajectKeys.mine(uid, institute),
      queryFn: () => firstValue(subscribeList(mineQuery(uid, institute))),
      staleTime: Infinity,
      retry: false,
    }),
  institute: (institute: string) =>
    queryOptions({
      queryKey: trajectKeys.institute(institute),
      queryFn: () => firstValue(subscribeList(instituteQuery(institute))),
      staleTime: Infinity,
      retry: false,
    }),
};

export function useTraject(trajectId: string | undefined, enabled = true) {
  const on = enabled && !!trajectId;
  // Waits for the full SDK instead of loading it early (the form route's first render needs only Lite).
  const live = !!useFullFirestore();
  useLiveUpdates(trajectKeys.detail(trajectId ?? ''), subscribeDoc(trajectId ?? '-'), on && live);
  const q = trajectQueries.detail(trajectId ?? '');
  return useQuery({ ...q, queryFn: on ? q.queryFn : skipToken });
}

export function useMyTrajecten(uid: string, institute: string | undefined) {
  useLiveUpdates(trajectKeys.mine(uid, institute), subscribeList(mineQuery(uid, institute)));
  return useQuery(trajectQueries.mine(uid, institute));
}

export function useInstituteTrajecten(institute: string | undefined, enabled = true) {
  const on = enabled && !!institute;
  useLiveUpdates(trajectKeys.institute(institute ?? ''), subscribeList(instituteQuery(institute ?? '-')), on);
  const q = trajectQueries.institute(institute ?? '');
  return useQuery({ ...q, queryFn: on ? q.queryFn : skipToken });
}

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
