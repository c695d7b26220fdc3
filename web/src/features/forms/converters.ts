// Everything of the forms that needs zod, in one chunk the form route loads after the form is interactive
// (docs/architecture.md, "The form route on a phone"): the envelope and a rater's part parsed with the domain's
// document contracts (domain/src/documents/forms.ts, shared with the functions), the answers checked against the
// form's own draft schema; the schemas a part's writes parse its answers with (./queries.ts); the submit check
// (./FormRenderer.tsx). The full SDK's listeners read through these converters, and so does every write's check
// of a Firestore Lite read (app/firestoreLite.ts, verifiedRead).
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  answersSchema,
  draftSchema,
  formEnvelopeSchema,
  partDocSchema,
  partIdSchema,
  type FormType,
  type PartId,
} from '@praktijkvolg/domain';
import { converterOf } from '../../app/converter';
import { envelopeView, partView } from './model';

export { answersSchema, draftSchema };

/** The submit check: the part's submit schema (Dutch messages) through react-hook-form's zod resolver. */
export function submitResolver(formType: FormType, partId: PartId): Resolver<Record<string, unknown>> {
  return zodResolver(
    answersSchema(formType, partId) as z.ZodType<Record<string, unknown>, Record<string, unknown>>,
  ) as unknown as Resolver<Record<string, unknown>>;
}

export const envelopeConverter = converterOf(formEnvelopeSchema, envelopeView);

export const partConverter = converterOf(partDocSchema, (part, snap) => {
  const partId = partIdSchema.parse(snap.id);
  // Answers follow the form's own schema (drafts: everything optional, same types and limits).
  const answers = draftSchema(part.formType, partId).safeParse(part.answers);
  if (!answers.success) throw new Error('De opgeslagen antwoorden passen niet bij dit formulier');
  return partView({ ...part, answers: answers.data }, snap, partId);
});
