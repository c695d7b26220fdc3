// Reading a form envelope and one part for the link flows, and deciding whether the part can still be
// filled in. Shapes come from the schedule's formDocs (the one server-side definition of the documents).
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import {
  formPath,
  parseEnvelope,
  parsePart,
  partPath,
  type FormEnvelope,
  type PartDoc,
} from '../schedule/formDocs.js';

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

/**
 * Why this part can no longer be filled in (Dutch, for the person), or null when it still can.
 * The part document is the truth for its status; the envelope for the form's status and window.
 */
export function partClosedReason({ envelope, part }: FormPart, partId: string, now: Date): string | null {
  if (!envelope || !part || !envelope.parts[partId]) return 'Dit formulier bestaat niet meer.';
  if (part.status === 'submitted') return 'Dit deel van het formulier is al ingediend.';
  if (envelope.status === 'vervallen') return 'Dit formulier is vervallen en kan niet meer worden ingevuld.';
  if (envelope.status === 'ingediend') return 'Dit formulier is al ingediend bij het secretariaat.';
  const closesAt = part.closesAt ?? envelope.closesAt;
  if (closesAt && closesAt.toMillis() < now.getTime()) return 'De termijn van dit formulier is verstreken.';
  return null;
}
