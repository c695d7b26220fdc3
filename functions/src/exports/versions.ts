// What the exports read of a part's version: the current part document or an earlier version under
// `forms/{formId}/parts/{partId}/versions/{n}` (a copy of the part as it was; docs/data-model.md). Parsed
// loosely: only what an export shows, so a version written before a field existed still reads.
import { FORM_TYPES, mayReadVersion, type Actor, type FormType } from '@praktijkvolg/domain';
import type { DocumentReference, DocumentSnapshot } from 'firebase-admin/firestore';
import { z } from 'zod';
import { partDesignationSchema, timestampSchema } from '../schedule/formDocs.js';

export const VERSIONS_COLLECTION = 'versions';

export const partVersionSchema = z.looseObject({
  instituteId: z.string().optional().catch(undefined),
  formType: z.enum(FORM_TYPES).optional().catch(undefined),
  raterUids: z.array(z.string()).catch([]),
  version: z.number().int().min(1).catch(1),
  status: z.string().optional(),
  answers: z.record(z.string(), z.unknown()).catch({}),
  submittedAt: timestampSchema.optional().catch(undefined),
  updatedBy: z.string().nullable().optional().catch(null),
  designation: partDesignationSchema.optional().catch(undefined),
  /** Why this version replaced the one before (a correction); written by the server with the new version. */
  correctionReason: z.string().max(2000).optional().catch(undefined),
});
export type PartVersion = z.infer<typeof partVersionSchema>;

export function parseVersion(snap: DocumentSnapshot): PartVersion | null {
  return snap.exists ? partVersionSchema.parse(snap.data()) : null;
}

export interface VersionedPart {
  key: string;
  ref: DocumentReference;
  /** The part's institute and form type, for versions that do not carry them. */
  instituteId: string;
  formType: FormType;
}

/**
 * Earlier versions of each part that the actor may read (domain mayReadVersion, the rules' `versions` match),
 * oldest first, at most `limit` per part, read in parallel.
 */
export async function readVersions(
  actor: Actor,
  parts: VersionedPart[],
  limit: number,
): Promise<Map<string, PartVersion[]>> {
  const out = new Map<string, PartVersion[]>();
  await Promise.all(
    parts.map(async ({ key, ref, instituteId, formType }) => {
      const snap = await ref.collection(VERSIONS_COLLECTION).limit(limit).get();
      const versions = snap.docs
        .map((d) => parseVersion(d)!)
        .filter((v) =>
          mayReadVersion(actor, {
            instituteId: v.instituteId ?? instituteId,
            formType: v.formType ?? formType,
            raterUids: v.raterUids,
          }),
        )
        .sort((a, b) => a.version - b.version);
      out.set(key, versions);
    }),
  );
  return out;
}
