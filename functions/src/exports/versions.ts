// What the exports read of a part's version: the current part document or an earlier version under
// `forms/{formId}/parts/{partId}/versions/{n}` (a copy of the part as it was; docs/data-model.md). Parsed
// loosely: only what an export shows, so a version written before a field existed still reads (the contract:
// domain documents/versions.ts).
import { parseEnvelope } from '../documents.js';
import {
  mayReadVersion,
  PART_STATUSES,
  partVersionSchema,
  VERSIONS_COLLECTION,
  type Actor,
  type FormEnvelope,
  type FormType,
  type PartStatus,
  type PartVersion,
} from '@praktijkvolg/domain';
import type { DocumentReference, DocumentSnapshot } from 'firebase-admin/firestore';
import { log } from '../log.js';

export function parseVersion(snap: DocumentSnapshot): PartVersion | null {
  return snap.exists ? partVersionSchema.parse(snap.data()) : null;
}

/** A part's status as stored, or null for a missing part or one without a valid status (then it is left out). */
export function partStatusOf(snap: DocumentSnapshot): PartStatus | null {
  const status: unknown = snap.exists ? snap.get('status') : undefined;
  return (PART_STATUSES as readonly unknown[]).includes(status) ? (status as PartStatus) : null;
}

/**
 * The envelope, or null when it does not fit the schema: then no policy can be applied to it, so an export
 * leaves it out (and logs it) rather than failing as a whole or guessing.
 */
export function envelopeOrNull(snap: DocumentSnapshot): FormEnvelope | null {
  try {
    return parseEnvelope(snap);
  } catch (err) {
    log.warn('export: form left out, its envelope does not fit the schema', {
      formId: snap.id,
      error: err instanceof Error ? err.message : String(err),
    });
    return null;
  }
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
