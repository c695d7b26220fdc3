// The paths and ids of forms/{formId} and forms/{formId}/parts/{partId} (docs/data-model.md), part of the
// contract in ./forms.ts, which re-exports them; a module without zod of its own so a bundle that needs only
// these (the web app's form route, docs/architecture.md) leaves the schemas out.

export const FORMS_COLLECTION = 'forms' as const;
export const PARTS_COLLECTION = 'parts' as const;
export const formPath = (formId: string) => `${FORMS_COLLECTION}/${formId}`;
/** Typed as a template, so a trigger's pattern (`partPath('{formId}', '{partId}')`) keeps its typed params. */
export const partPath = <F extends string, P extends string>(formId: F, partId: P) =>
  `${FORMS_COLLECTION}/${formId}/${PARTS_COLLECTION}/${partId}` as const;

/** Separates the traject from the occurrence in a formId: `{trajectId}__{occurrenceKey}`. */
export const FORM_ID_SEPARATOR = '__';
/** The deterministic formId of an occurrence: recomputing a schedule overwrites, never duplicates. */
export const formIdOf = (trajectId: string, occurrenceKey: string) =>
  `${trajectId}${FORM_ID_SEPARATOR}${occurrenceKey}`;
/** The trajectId is the first segment of the formId (the whole id when it has no separator). */
export const trajectIdOfForm = (formId: string): string => formId.split(FORM_ID_SEPARATOR)[0] ?? formId;
/** Every formId of a traject starts with this (a range over the ids, e.g. for audit targets). */
export const formIdPrefixOf = (trajectId: string) => `${trajectId}${FORM_ID_SEPARATOR}`;
