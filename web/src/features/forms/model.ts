// The form envelope and a rater's part as the screens read them: the stored fields with Timestamps as Dates
// and the document ids. Parsed with the domain's document contracts in ./converters.ts (zod); a first read
// with Firestore Lite is shown after the structural check below and parsed in full before any write
// (app/firestoreLite.ts), so zod is not on the form route's first load (docs/architecture.md).
import {
  FORM_TYPES,
  isPartId,
  withDates,
  type FormLike,
  type FormEnvelope as FormEnvelopeDoc,
  type PartDesignation as PartDesignationDoc,
  type PartDoc,
  type PartId,
  type WithDates,
} from '@praktijkvolg/domain';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { checkShape, readData } from '../../app/converter';

export { trajectIdOfForm } from '@praktijkvolg/domain';

export type FormEnvelope = WithDates<FormEnvelopeDoc> & { formId: string };
export type PartDesignation = WithDates<PartDesignationDoc>;
export type FormPart = WithDates<PartDoc> & {
  partId: PartId;
  /** Local only: the document has writes that the server has not confirmed yet. */
  pendingWrites: boolean;
};

/** What the screens add to a (parsed) envelope: Dates and the form's id. */
export const envelopeView = (envelope: FormEnvelopeDoc, snap: QueryDocumentSnapshot): FormEnvelope => ({
  ...withDates(envelope),
  formId: snap.id,
});

/** What the screens add to a (parsed) part: Dates, its part id and whether it has unconfirmed writes. */
export const partView = (part: PartDoc, snap: QueryDocumentSnapshot, partId: PartId): FormPart => ({
  ...withDates(part),
  partId,
  pendingWrites: snap.metadata.hasPendingWrites,
});

const isFormType = (v: unknown) => (FORM_TYPES as readonly unknown[]).includes(v);

/** A Lite read of an envelope, checked for the fields the first render relies on (the full parse follows). */
export function envelopeOfLite(snap: QueryDocumentSnapshot): FormEnvelope {
  const data = checkShape(readData(snap), { formType: 'string', parts: 'object', raterUids: 'array' });
  if (!isFormType(data.formType)) throw new Error('Onbekend soort formulier');
  return envelopeView(data as unknown as FormEnvelopeDoc, snap);
}

/** A Lite read of a part, checked for the fields the first render relies on (the full parse follows). */
export function partOfLite(snap: QueryDocumentSnapshot): FormPart {
  const data = checkShape(readData(snap), {
    formType: 'string',
    formId: 'string',
    status: 'string',
    answers: 'object',
    raterUids: 'array',
  });
  if (!isFormType(data.formType)) throw new Error('Onbekend soort formulier');
  if (!isPartId(snap.id)) throw new Error('Onbekend formulierdeel');
  return partView(data as unknown as PartDoc, snap, snap.id);
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
    ...(part.adviceComplete !== undefined && { adviceComplete: part.adviceComplete }),
    opensAt: part.opensAt,
    closesAt: part.closesAt,
    parts: { [partId]: { role: part.role, raterUids: part.raterUids, status: part.status } },
  };
}
