// Traject documents, parsed with the domain's traject schema on every read (the collection: domain
// documents/trajecten.ts; the schema: domain traject.ts).
import { isTimestampLike, trajectSchema, type Traject } from '@praktijkvolg/domain';
import { converterOf } from '../../app/converter';

export type TrajectDoc = Traject & { trajectId: string; updatedAtDate: Date | null };

export const trajectConverter = converterOf(trajectSchema, (t, snap): TrajectDoc => ({
  ...t,
  trajectId: snap.id,
  updatedAtDate: isTimestampLike(t.updatedAt) ? t.updatedAt.toDate() : null,
}));
