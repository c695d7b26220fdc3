// The schemas of a form type's answers, from its current definition (./registry.ts) and the one builder
// (./schema.ts): what a submission and an autosave are parsed with, on both sides.
import type { PartId } from '../programmes';
import { FORM_DEFINITIONS } from './registry';
import { answersSchemaFor, draftSchemaFor } from './schema';
import type { FormType } from './types';

/** Schema a submitted part's answers must satisfy (strict, Dutch messages). */
export function answersSchema(formType: FormType, partId?: PartId) {
  return answersSchemaFor(FORM_DEFINITIONS[formType], partId);
}

/** Autosave schema: all optional, same types and limits, unknown keys refused. */
export function draftSchema(formType: FormType, partId?: PartId) {
  return draftSchemaFor(FORM_DEFINITIONS[formType], partId);
}
