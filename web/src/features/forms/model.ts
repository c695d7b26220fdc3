// The form envelope and a rater's part as the screens read them: parsed with the domain's document contracts
// (domain/src/documents/forms.ts, shared with the functions), with Timestamps as Dates, the document ids, and
// the answers checked against the form's own draft schema.
import {
  draftSchema,
  formEnvelopeSchema,
  partDocSchema,
  partIdSchema,
  withDates,
  type FormLike,
  type FormEnvelope as FormEnvelopeDoc,
  type PartDesignation as PartDesignationDoc,
  type PartDoc,
  type PartId,
  type WithDates,
} from '@praktijkvolg/domain';
import { converterOf } from '../../app/converter';

export { trajectIdOfForm } from '@praktijkvolg/domain';

export type FormEnvelope = WithDates<FormEnvelopeDoc> & { formId: string };
export type PartDesignation = WithDates<PartDesignationDoc>;
export type FormPart = WithDates<PartDoc> & {
  partId: PartId;
  /** Local only: the document has writes that the server has not confirmed yet. */
  pendingWrites: boolean;
};

export const envelopeConverter = converterOf(formEnvelopeSchema, (envelope, snap): FormEnvelope => ({
  ...withDates(envelope),
  formId: snap.id,
}));

export const partConverter = converterOf(partDocSchema, (part, snap): FormPart => {
  const partId = partIdSchema.parse(snap.id);
  // Answers follow the form's own schema (drafts: everything optional, same types and limits).
  const answers = draftSchema(part.formType, partId).safeParse(part.answers);
  if (!answers.success) throw new Error('De opgeslagen antwoorden passen niet bij dit formulier');
  return {
    ...withDates(part),
    answers: answers.data,
    partId,
    pendingWrites: snap.metadata.hasPendingWrites,
  };
});

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
