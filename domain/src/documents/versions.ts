// forms/{formId}/parts/{partId}/versions/{n} (docs/data-model.md): earlier versions of a corrected part, a copy of
// the part as it was, written by the server only. Parsed loosely, for what an export shows: a version written
// before a field existed still reads.
import { z } from 'zod';
import { FORM_TYPES } from '../forms/types';
import { partDesignationSchema, partPath } from './forms';
import { timestampLikeSchema } from './timestamp';

export const VERSIONS_COLLECTION = 'versions';
export const versionPath = (formId: string, partId: string, version: number) =>
  `${partPath(formId, partId)}/${VERSIONS_COLLECTION}/${version}`;

export const partVersionSchema = z.looseObject({
  instituteId: z.string().optional().catch(undefined),
  formType: z.enum(FORM_TYPES).optional().catch(undefined),
  raterUids: z.array(z.string()).catch([]),
  version: z.number().int().min(1).catch(1),
  status: z.string().optional(),
  answers: z.record(z.string(), z.unknown()).catch({}),
  submittedAt: timestampLikeSchema.optional().catch(undefined),
  updatedBy: z.string().nullable().optional().catch(null),
  designation: partDesignationSchema.optional().catch(undefined),
  /** Why this version replaced the one before (a correction); written by the server with the new version. */
  correctionReason: z.string().max(2000).optional().catch(undefined),
});
export type PartVersion = z.infer<typeof partVersionSchema>;
