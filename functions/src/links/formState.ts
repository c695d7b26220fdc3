// Reading a form envelope and one part for the link flows, and deciding whether the part can still be
// filled in. Shapes come from the domain's document contracts (domain/src/documents/forms.ts).
import { parseEnvelope, parsePart } from '../documents.js';
import {
  formatDateTime,
  partKind,
  formPath,
  partPath,
  type FormEnvelope,
  type PartDoc,
  partEntryOf,
} from '@praktijkvolg/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';

export interface FormPart {
  envelope: FormEnvelope | null;
  part: PartDoc | null;
}

export async function readFormPart(
  db: Firestore,
  formId: string,
  partId: string,
  tx?: Transaction,
): Promise<FormPart> {
  const envRef = db.doc(formPath(formId));
  const partRef = db.doc(partPath(formId, partId));
  const [envSnap, partSnap] = tx ? await tx.getAll(envRef, partRef) : await db.getAll(envRef, partRef);
  return { envelope: parseEnvelope(envSnap!), part: parsePart(partSnap!) };
}

/** 'Dit deel is al ingediend op 5 maart 2026 om 14:15.' (docs/rules.md, "Dossier LEOh, exports and counts") */
export function submittedReason(part: PartDoc): string {
  return `Dit deel is al ingediend${part.submittedAt ? ` op ${formatDateTime(part.submittedAt.toDate())}` : ''}.`;
}

/**
 * Why this part can no longer be filled in (Dutch, for the person), or null when it still can.
 * The part document is the truth for its status; the envelope for the form's status and window.
 */
export function partClosedReason({ envelope, part }: FormPart, partId: string, now: Date): string | null {
  if (!envelope || !part || !partEntryOf(envelope, partId)) return 'Dit formulier bestaat niet meer.';
  if (part.status === 'submitted') return submittedReason(part);
  if (envelope.status === 'vervallen') return 'Dit formulier is vervallen en kan niet meer worden ingevuld.';
  if (envelope.status === 'ingediend') return 'Dit formulier is al ingediend bij het secretariaat.';
  const closesAt = part.closesAt ?? envelope.closesAt;
  if (closesAt && closesAt.toMillis() < now.getTime()) return 'De termijn van dit formulier is verstreken.';
  return null;
}

export const INVITATION_REPLACED =
  'Deze uitnodiging is ingetrokken: er is iemand anders aangewezen voor dit deel. Je hoeft niets meer te doen.';
export const INVITATION_NOT_VALID =
  'Deze uitnodiging is niet meer geldig: wie een beoordeling invult, wijst de opleider of het secretariaat aan. Je hoeft niets meer te doen.';

/**
 * Why a link of this invitation no longer holds the part (Dutch), or null when it does (docs/rules.md, "Who
 * fills an assessment part"). The part's `designation` names its one current invitation; a link of any other
 * invitation was replaced. A part without a designation may be reached only through a feedback part: links
 * into an assessment part from before designations existed were handed out by the trainee.
 */
export function invitationEndedReason(
  { envelope, part }: FormPart,
  invitationId: string,
  partId: string,
): string | null {
  if (!envelope || !part) return null; // partClosedReason says why
  if (part.designation) return part.designation.invitationId === invitationId ? null : INVITATION_REPLACED;
  return partKind(envelope.formType, partId) === 'feedback' ? null : INVITATION_NOT_VALID;
}
