// Traject documents, parsed with the domain's traject schema on every read.
import { Timestamp, type FirestoreDataConverter } from 'firebase/firestore';
import { trajectSchema, type Traject } from '@praktijkvolg/domain';

export type TrajectDoc = Traject & { trajectId: string; updatedAtDate: Date | null };

export const trajectConverter: FirestoreDataConverter<TrajectDoc> = {
  toFirestore: () => {
    throw new Error(
      'Trajecten are written with setDoc on parsed fields (see queries.ts), not through the converter',
    );
  },
  fromFirestore: (snap, options) => {
    const data = snap.data({ ...options, serverTimestamps: 'estimate' });
    const t = trajectSchema.parse(data);
    return {
      ...t,
      trajectId: snap.id,
      updatedAtDate: data.updatedAt instanceof Timestamp ? data.updatedAt.toDate() : null,
    };
  },
};
