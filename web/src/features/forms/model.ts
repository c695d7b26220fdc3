// Read schemas of the server-owned form envelope and of a rater's part (docs/data-model.md). The domain
// package has the answer schemas but no envelope/part document schemas, so they are defined here; the
// converters parse every snapshot with them (answers with the form's own draft schema).
import {
  Timestamp,
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import { z } from 'zod';
import {
  designationSchema,
  draftSchema,
  FORM_STATUSES,
  FORM_TYPES,
  LEOH_KINDS,
  PART_STATUSES,
  PROGRAMME_IDS,
  STAFF_ROLES,
  TRAJECT_ROLES,
  type FormLike,
  type PartId,
} from '@praktijkvolg/domain';

const instant = z.instanceof(Timestamp, { message: 'Ongeldig tijdstip' }).transform((t) => t.toDate());
const roleSchema = z.enum([...TRAJECT_ROLES, ...STAFF_ROLES]);
/** Who was named for a part by link, and by whom (domain policies/invitation.ts; written by inviteRater). */
export const partDesignationSchema = designationSchema(instant);
export type PartDesignation = z.infer<typeof partDesignationSchema>;

export const envelopePartSchema = z.object({
  role: roleSchema,
  raterUids: z.array(z.string()),
  status: z.enum(PART_STATUSES),
  submittedAt: instant.optional().nullable(),
});

export const formEnvelopeSchema = z.object({
  formId: z.string(),
  instituteId: z.string(),
  trajectId: z.string(),
  programme: z.enum(PROGRAMME_IDS),
  formType: z.enum(FORM_TYPES),
  occurrenceKey: z.string(),
  title: z.string(),
  leohKind: z.enum(LEOH_KINDS).optional(),
  subjectUid: z.string().optional(),
  opensAt: instant,
  dueAt: instant,
  remindFrom: instant.optional(),
  closesAt: instant.nullable(),
  status: z.enum(FORM_STATUSES),
  parts: z.partialRecord(roleSchema, envelopePartSchema),
  raterUids: z.array(z.string()),
  readerUids: z.array(z.string()),
  staffVisible: z.boolean(),
  revealed: z.boolean(),
  /** Per part: who was named for it by link (without the address). */
  designations: z.partialRecord(roleSchema, partDesignationSchema).optional(),
  /** Per part: the Amsterdam day the secretariat last sent "herinner nu" (remindNow). */
  remindedOn: z.partialRecord(roleSchema, z.string()).optional(),
});
export type FormEnvelope = z.infer<typeof formEnvelopeSchema>;
export type EnvelopePart = z.infer<typeof envelopePartSchema>;

export const partDocSchema = z
  .object({
    formId: z.string(),
    partId: roleSchema,
    instituteId: z.string(),
    trajectId: z.string(),
    formType: z.enum(FORM_TYPES),
    role: roleSchema,
    leohKind: z.enum(LEOH_KINDS).optional(),
    subjectUid: z.string().optional(),
    raterUids: z.array(z.string()),
    opensAt: instant,
    closesAt: instant.nullable(),
    status: z.enum(PART_STATUSES),
    answers: z.record(z.string(), z.unknown()),
    schemaVersion: z.number().int(),
    version: z.number().int(),
    revealed: z.boolean(),
    updatedAt: instant.nullable().optional(),
    updatedBy: z.string().nullable().optional(),
    submittedAt: instant.nullable().optional(),
    designation: partDesignationSchema.optional(),
    /** Set by the server when a submission failed the form's checks and went back to draft; cleared by the next
     *  accepted submission (docs/data-model.md). */
    returned: z
      .object({
        at: instant,
        reason: z.string(),
        issues: z.array(z.object({ path: z.string(), message: z.string() })),
      })
      .optional(),
    /** Local only: the document has writes that the server has not confirmed yet. */
    pendingWrites: z.boolean(),
  })
  .transform((p, ctx) => {
    // Answers follow the form's own schema (drafts: everything optional, same types and limits).
    const answers = draftSchema(p.formType, p.partId).safeParse(p.answers);
    if (!answers.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'De opgeslagen antwoorden passen niet bij dit formulier',
      });
      return z.NEVER;
    }
    return { ...p, answers: answers.data };
  });
export type FormPart = z.output<typeof partDocSchema>;

const read = (snap: QueryDocumentSnapshot, options: SnapshotOptions | undefined): DocumentData =>
  // Our own pending serverTimestamp() writes read as an estimate instead of null.
  snap.data({ ...options, serverTimestamps: 'estimate' });

const readOnly = (what: string) => (): DocumentData => {
  throw new Error(`${what} is written with updateDoc on explicit fields, never through the converter`);
};

export const envelopeConverter: FirestoreDataConverter<FormEnvelope> = {
  toFirestore: readOnly('A form envelope (server-owned)'),
  fromFirestore: (snap, options) => formEnvelopeSchema.parse({ ...read(snap, options), formId: snap.id }),
};

export const partConverter: FirestoreDataConverter<FormPart> = {
  toFirestore: readOnly('A form part'),
  fromFirestore: (snap, options) =>
    partDocSchema.parse({
      formId: snap.ref.parent.parent?.id,
      ...read(snap, options),
      partId: snap.id,
      pendingWrites: snap.metadata.hasPendingWrites,
    }),
};

/** The trajectId is the first segment of the deterministic formId `{trajectId}__{occurrenceKey}`. */
export function trajectIdOfForm(formId: string): string {
  return formId.split('__')[0] ?? formId;
}

/** What the domain policies need, from the envelope when readable, else from the part alone. */
export function formLikeOf(
  envelope: FormEnvelope | undefined,
  part: FormPart | undefined,
  partId: PartId,
): FormLike | undefined {
  if (envelope) return envelope;
  if (!part) return undefined;
  return {
    formId: part.formId,
    instituteId: part.instituteId,
    formType: part.formType,
    ...(part.leohKind && { leohKind: part.leohKind }),
    ...(part.subjectUid && { subjectUid: part.subjectUid }),
    revealed: part.revealed,
    opensAt: part.opensAt,
    closesAt: part.closesAt,
    parts: { [partId]: { role: part.role, raterUids: part.raterUids, status: part.status } },
  };
}
