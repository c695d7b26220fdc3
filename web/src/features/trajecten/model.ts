// Traject documents as the screens read them (the collection: domain documents/trajecten.ts; the schema: domain
// traject.ts), parsed with the traject schema in ./converters.ts (zod). A first read with Firestore Lite on the
// form route is shown after the structural check below and parsed in full before any write of the form
// (app/firestoreLite.ts), so zod is not on that route's first load (docs/architecture.md).
import { isTimestampLike, type Traject } from '@praktijkvolg/domain';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { checkShape, readData } from '../../app/converter';

export type TrajectDoc = Traject & { trajectId: string; updatedAtDate: Date | null };

/** What the screens add to a (parsed) traject: its id and its last change as a Date. */
export const trajectView = (t: Traject, snap: QueryDocumentSnapshot): TrajectDoc => ({
  ...t,
  trajectId: snap.id,
  updatedAtDate: isTimestampLike(t.updatedAt) ? t.updatedAt.toDate() : null,
});

/** A Lite read of a traject, checked for the fields the first render relies on (the full parse follows). */
export const trajectOfLite = (snap: QueryDocumentSnapshot): TrajectDoc =>
  trajectView(
    checkShape(readData(snap), {
      programme: 'string',
      roles: 'object',
      names: 'object',
      members: 'array',
    }) as unknown as Traject,
    snap,
  );
