// The one instant type of the stored documents (docs/data-model.md: instants are Firestore Timestamps). Both
// SDKs' Timestamp classes (firebase-admin and firebase/firestore) have these methods, so the contracts check
// the shape and domain/ imports neither SDK.
import { z } from 'zod';
import { isTimestampLike, type TimestampLike } from './instant';

// The shape and withDates live in ./instant.ts (no zod), so a bundle that only reads Dates from a document
// (the web app's form route, docs/architecture.md) does not bring zod with them.
export * from './instant';

export const timestampLikeSchema = z.custom<TimestampLike>(isTimestampLike, 'Verwacht een tijdstip');
