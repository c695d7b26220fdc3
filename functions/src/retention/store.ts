// What the retention job shares: paging through a query, bounded writes with a BulkWriter, counting reads, and
// anonymising audit entries (domain policies/retention.ts says what an entry keeps).
import { anonymiseAuditEntry, isAnonymised } from '@praktijkvolg/domain';
import type {
  BulkWriter,
  DocumentReference,
  Firestore,
  Query,
  QueryDocumentSnapshot,
} from 'firebase-admin/firestore';

/** Documents per query page: bounds the memory of a run and the size of each round of writes. */
export const PAGE_SIZE = 300;

/** Documents read, as billed: every query costs at least one read. */
export class ReadCounter {
  total = 0;
  add(snapSize: number): void {
    this.total += Math.max(1, snapSize);
  }
}

/**
 * Runs `fn` on each page of `query` in its order (the range field, then the id): cursors, not offsets, so a page
 * costs what it returns, and deleting what a page held does not skip the next one.
 */
export async function forEachPage(
  query: Query,
  reads: ReadCounter,
  fn: (docs: QueryDocumentSnapshot[]) => Promise<void>,
  size = PAGE_SIZE,
): Promise<void> {
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    const snap = await (last ? query.startAfter(last) : query).limit(size).get();
    reads.add(snap.size);
    if (snap.empty) return;
    await fn(snap.docs);
    if (snap.size < size) return;
    last = snap.docs[snap.size - 1];
  }
}

/**
 * Writes through one BulkWriter (batched, throttled, retried) and waits for every write. Throws when one
 * failed, so the run records nothing and the next run (or the scheduler's retry) picks the rest up.
 */
export async function withWriter<T>(
  db: Firestore,
  fn: (writer: BulkWriter, track: (w: Promise<unknown>) => void) => T,
): Promise<T> {
  const writer = db.bulkWriter();
  const pending: Promise<unknown>[] = [];
  const result = fn(writer, (w) => pending.push(w));
  // BulkWriter sends a partial batch only on flush/close: close first, or the awaits below never settle.
  await writer.close();
  await Promise.all(pending);
  return result;
}

export async function deleteAll(db: Firestore, refs: readonly DocumentReference[]): Promise<number> {
  if (refs.length === 0) return 0;
  await withWriter(db, (w, track) => refs.forEach((ref) => track(w.delete(ref))));
  return refs.length;
}

/**
 * Anonymises the given audit entries (skipping what already is): no actor, person ids out of the target, only
 * the process facts in the details. Returns how many changed.
 */
export async function anonymiseAudit(
  db: Firestore,
  entries: readonly QueryDocumentSnapshot[],
  personIds: (entry: QueryDocumentSnapshot) => Iterable<string>,
): Promise<number> {
  let changed = 0;
  await withWriter(db, (w, track) => {
    for (const snap of entries) {
      const data = snap.data() as {
        actorUid?: string | null;
        target?: string;
        details?: Record<string, unknown>;
      };
      const before = {
        actorUid: data.actorUid ?? null,
        target: data.target ?? snap.ref.path,
        details: data.details ?? {},
      };
      const after = anonymiseAuditEntry(before, personIds(snap));
      if (isAnonymised(before.details) && before.actorUid === null && before.target === after.target)
        continue;
      track(w.update(snap.ref, { actorUid: after.actorUid, target: after.target, details: after.details }));
      changed++;
    }
  });
  return changed;
}
