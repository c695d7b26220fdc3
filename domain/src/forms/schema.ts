/**
 * One builder turns FieldDefs into zod schemas, so labels, limits and validation cannot drift.
 *
 * - submit schema (`answersSchema(def, partId)`): required fields, min counts, acknowledgements,
 *   conditional requirements and cross-checks apply.
 * - draft schema (`draftSchema(def, partId)`): everything optional, but the same types, options,
 *   maximum lengths and maximum counts (autosave).
 * Objects are strict everywhere: unknown keys are refused. Messages are Dutch.
 */
import { z } from 'zod';
import type { PartId } from '../programmes';
import { fieldsForPart, isIsoDate, MESSAGES } from './definition';
import type { Condition, FieldDef, FormDefinition, GroupField, LeafField, ListField, Option } from './types';

// The messages, the date rule, fieldsForPart and defineForm have no zod: they live in ./definition.ts, so a
// bundle that shows a form without validating it (the web app's form route, docs/architecture.md) leaves
// zod out. Re-exported here, where they have always been imported from.
export { defineForm, fieldsForPart, isIsoDate, MAX_DATE_YEAR, MESSAGES, MIN_DATE_YEAR } from './definition';

type Mode = 'submit' | 'draft';

/** Error map helper: a missing value is "verplicht", anything else gets the type message. */
const typeError = (message: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? MESSAGES.required : message;

const objectError = (iss: { code?: string; input?: unknown; keys?: readonly PropertyKey[] }) => {
  if (iss.code === 'unrecognized_keys') return MESSAGES.unknownKeys(iss.keys ?? []);
  return iss.input === undefined ? MESSAGES.required : MESSAGES.object;
};

/**
 * The same set of dates as one RE2 pattern (full match), for the Firestore rules, which cannot do date
 * arithmetic: months of 31 and 30 days, February 1-28, and 29 February in the leap years 2000..2096 (every
 * fourth year; 2000 is a leap year). isIsoDate and this pattern are compared day by day in forms.test.ts.
 */
export const CALENDAR_DATE_PATTERN =
  '^20[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))$' +
  '|^20(?:[02468][048]|[13579][26])-02-29$';

/**
 * A text with at least one character that JavaScript's String.prototype.trim keeps (RE2, for the rules:
 * their own trim() removes ASCII whitespace only). Whitespace here is exactly the set trim removes:
 * tab, line feed, vertical tab, form feed, carriage return, the Unicode separators (Z) and U+FEFF.
 */
export const NON_BLANK_PATTERN = '(?s).*[^\\t\\n\\x0B\\f\\r\\p{Z}\\x{FEFF}].*';

export const isoDateSchema = z
  .string({ error: typeError(MESSAGES.date) })
  .refine(isIsoDate, { error: MESSAGES.date });

function optionValues(options: readonly Option[]): [string, ...string[]] {
  const values = options.map((o) => o.value);
  if (values.length === 0) throw new Error('A choice field needs at least one option');
  return values as [string, ...string[]];
}

/** A group with `atLeastOne`: does any item have a non-empty answer? */
export function groupHasAnswer(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some(
    (item) =>
      !!item &&
      typeof item === 'object' &&
      Object.values(item as Record<string, unknown>).some((v) => !isEmpty(v) && v !== false),
  );
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Schema of one leaf value, before optional(). `required` = must be non-empty on submit. */
function leafSchema(field: LeafField, mode: Mode, required: boolean): z.ZodType {
  const submit = mode === 'submit';
  switch (field.kind) {
    case 'text':
    case 'longtext': {
      // UTF-16 units (String.length), as the rules' size() and the browser's maxlength count them; zod's own
      // max() counts code points, so an emoji would count once here and twice in the rules.
      let s = z
        .string({ error: typeError(MESSAGES.text) })
        .refine((v) => v.length <= field.maxLength, { error: MESSAGES.maxLength(field.maxLength) });
      if (submit && required) s = s.refine((v) => v.trim().length > 0, { error: MESSAGES.required });
      return s;
    }
    case 'choice':
    case 'scale': {
      const e = z.enum(optionValues(field.options), { error: typeError(MESSAGES.choice) });
      if (field.kind === 'choice' && field.multiple) {
        let arr = z
          .array(e, { error: typeError(MESSAGES.choice) })
          .max(field.options.length, { error: MESSAGES.duplicate })
          .refine((v) => new Set(v).size === v.length, { error: MESSAGES.duplicate });
        if (submit && required) arr = arr.refine((v) => v.length > 0, { error: MESSAGES.required });
        return arr;
      }
      return e;
    }
    case 'date':
      return isoDateSchema;
    case 'number':
      return z
        .number({ error: typeError(MESSAGES.number) })
        .refine((v) => Number.isInteger(v), { error: MESSAGES.wholeNumber })
        .refine((v) => v >= field.min && v <= field.max, { error: MESSAGES.between(field.min, field.max) });
    case 'boolean': {
      const b = z.boolean({ error: typeError(MESSAGES.boolean) });
      if (submit && field.mustBeTrue) return b.refine((v) => v === true, { error: MESSAGES.mustBeTrue });
      return b;
    }
  }
}

function leafObject(fields: readonly LeafField[], mode: Mode): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const required = mode === 'submit' && f.required;
    const s = leafSchema(f, mode, required);
    shape[f.key] = required ? s : s.optional();
  }
  return z.strictObject(shape, { error: objectError });
}

function groupSchema(field: GroupField, mode: Mode, required: boolean): z.ZodType {
  const item = leafObject(field.fields, mode);
  const shape: Record<string, z.ZodType> = {};
  for (const it of field.items) shape[it.key] = required ? item : item.optional();
  return z.strictObject(shape, { error: objectError });
}

function listSchema(field: ListField, mode: Mode, required: boolean): z.ZodType {
  let arr = z
    .array(leafObject(field.fields, mode), { error: typeError(MESSAGES.list) })
    .max(field.max, { error: MESSAGES.maxItems(field.max, field.itemLabel) });
  if (required && field.min > 0)
    arr = arr.min(field.min, { error: MESSAGES.minItems(field.min, field.itemLabel) });
  return arr;
}

function fieldSchema(field: FieldDef, mode: Mode): z.ZodType {
  if (field.kind === 'group' && field.atLeastOne && mode === 'submit') {
    // Checked on the group itself (not with the cross checks, which wait until everything else is valid), so the
    // form shows it together with the other errors; an absent group counts as an empty one.
    return z.preprocess(
      (v) => v ?? {},
      groupSchema(field, mode, false).refine(groupHasAnswer, {
        error: MESSAGES.atLeastOne(field.items.length),
      }),
    );
  }
  // requiredWhen fields are optional in the shape; the condition is checked in superRefine.
  const required = mode === 'submit' && field.required && !field.requiredWhen;
  let s: z.ZodType;
  if (field.kind === 'group') s = groupSchema(field, mode, required);
  else if (field.kind === 'list') s = listSchema(field, mode, required);
  else s = leafSchema(field, mode, required);
  return required ? s : s.optional();
}

function conditionHolds(cond: Condition, answers: Record<string, unknown>): boolean {
  const v = answers[cond.key];
  return (typeof v === 'string' || typeof v === 'boolean') && cond.in.includes(v);
}

function buildSchema(def: FormDefinition, partId: PartId | undefined, mode: Mode) {
  const fields = fieldsForPart(def, partId);
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.key] = fieldSchema(f, mode);
  const base = z.strictObject(shape, { error: objectError });
  if (mode === 'draft') return base;
  const keys = new Set(fields.map((f) => f.key));
  return base.superRefine((answers, ctx) => {
    const a = answers as Record<string, unknown>;
    for (const f of fields) {
      if (f.requiredWhen && conditionHolds(f.requiredWhen, a) && isEmpty(a[f.key])) {
        ctx.addIssue({ code: 'custom', path: [f.key], message: MESSAGES.required });
      }
    }
    for (const check of def.crossChecks ?? []) {
      const first = check.path[0];
      if (typeof first === 'string' && !keys.has(first)) continue; // not this part's field
      if (!check.ok(a)) ctx.addIssue({ code: 'custom', path: [...check.path], message: check.message });
    }
  });
}

const cache = new Map<string, z.ZodType>();
function cached(def: FormDefinition, partId: PartId | undefined, mode: Mode): z.ZodType {
  const k = `${def.formType}@${def.version}/${partId ?? '*'}/${mode}`;
  let s = cache.get(k);
  if (!s) {
    s = buildSchema(def, partId, mode);
    cache.set(k, s);
  }
  return s;
}

/** Schema of a submitted part's answers. Without partId: the union of all parts' fields. */
export function answersSchemaFor(def: FormDefinition, partId?: PartId): z.ZodType<Record<string, unknown>> {
  return cached(def, partId, 'submit') as z.ZodType<Record<string, unknown>>;
}

/** Autosave schema: everything optional, same types and limits, unknown keys refused. */
export function draftSchemaFor(def: FormDefinition, partId?: PartId): z.ZodType<Record<string, unknown>> {
  return cached(def, partId, 'draft') as z.ZodType<Record<string, unknown>>;
}

export interface AnswerIssue {
  path: (string | number)[];
  message: string;
}

/** Validate answers and return Dutch issues with their paths (for the UI and callables). */
export function validateAnswers(
  def: FormDefinition,
  partId: PartId | undefined,
  answers: unknown,
  mode: Mode = 'submit',
): { ok: true; answers: Record<string, unknown> } | { ok: false; issues: AnswerIssue[] } {
  const schema = mode === 'submit' ? answersSchemaFor(def, partId) : draftSchemaFor(def, partId);
  const r = schema.safeParse(answers);
  if (r.success) return { ok: true, answers: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: i.message,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Static answer types derived from a definition literal (defineForm keeps literal types).

type OptionValue<O> = O extends readonly { value: infer V }[] ? V : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type LeafValue<F> = F extends { kind: 'text' | 'longtext' | 'date' }
  ? string
  : F extends { kind: 'boolean' }
    ? boolean
    : F extends { kind: 'number' }
      ? number
      : F extends { kind: 'choice'; multiple: true; options: infer O }
        ? OptionValue<O>[]
        : F extends { kind: 'choice' | 'scale'; options: infer O }
          ? OptionValue<O>
          : never;

type IsRequired<F> = F extends { parts: readonly unknown[] }
  ? false
  : F extends { requiredWhen: Condition }
    ? false
    : F extends { required: true }
      ? true
      : false;

type ObjectOf<Fs> = Fs extends readonly unknown[]
  ? Simplify<
      { [F in Fs[number] as IsRequired<F> extends true ? KeyOf<F> : never]: ValueOf<F> } & {
        [F in Fs[number] as IsRequired<F> extends true ? never : KeyOf<F>]?: ValueOf<F>;
      }
    >
  : never;
type KeyOf<F> = F extends { key: infer K extends string } ? K : never;

type ValueOf<F> = F extends {
  kind: 'group';
  items: readonly { key: infer K extends string }[];
  fields: infer SF;
}
  ? IsRequired<F> extends true
    ? { [I in K]: ObjectOf<SF> }
    : { [I in K]?: ObjectOf<SF> }
  : F extends { kind: 'list'; fields: infer SF }
    ? ObjectOf<SF>[]
    : LeafValue<F>;

/**
 * Answers of a form (all parts merged). Fields restricted to some parts, and conditionally required
 * fields, are optional in this type; per-part requirements are enforced by the zod schema.
 */
export type AnswersOf<D extends { fields: readonly unknown[] }> = ObjectOf<D['fields']>;
