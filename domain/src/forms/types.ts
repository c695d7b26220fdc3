import type { FeedbackPartId, PartId, TrajectRole, StaffRole } from '../programmes';

export const FORM_TYPES = [
  'combel',
  'voortgangsadvies',
  'voortgangsgesprek',
  'leoh',
  'diensten',
  'kpb',
  'observatie',
  'ontwikkelingsmeter',
  'overeenkomst_wpb',
  'aanvraag_summatief',
  'beoordeling_summatief',
  'leerdoelen',
  'learner_report',
  'voortgangsbeslissing',
  'observatie_led',
  'praktijkopdracht',
  'voorwaarden_vervolg',
] as const;
export type FormType = (typeof FORM_TYPES)[number];

export function isFormType(value: string): value is FormType {
  return (FORM_TYPES as readonly string[]).includes(value);
}

export interface Option {
  value: string;
  label: string;
  help?: string;
}

/** Makes a field required only when another top-level field has one of the given values. */
export interface Condition {
  key: string;
  in: readonly (string | boolean)[];
}

interface FieldBase {
  /** Answer key (top level, or within a group item / list item). Never rename: stored answers use it. */
  key: string;
  /** Dutch label shown in the UI. */
  label: string;
  /** Dutch help text shown under the label. */
  help?: string;
  /** Required for submission. Drafts never require anything. */
  required: boolean;
  /** Required only when the condition holds (implies optional otherwise). Top-level fields only. */
  requiredWhen?: Condition;
  /** Parts that fill this field; absent = every part of the form. Top-level fields only. */
  parts?: readonly PartId[];
}

export interface TextField extends FieldBase {
  kind: 'text';
  maxLength: number;
}
export interface LongTextField extends FieldBase {
  kind: 'longtext';
  maxLength: number;
}
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly Option[];
  /** Several options may be chosen: the answer is an array of values (no duplicates). */
  multiple?: boolean;
}
/** An ordinal rating; options are ordered low to high, "not seen" style options last. */
export interface ScaleField extends FieldBase {
  kind: 'scale';
  options: readonly Option[];
}
/** A calendar date as 'YYYY-MM-DD' (Europe/Amsterdam). */
export interface DateField extends FieldBase {
  kind: 'date';
}
export interface BooleanField extends FieldBase {
  kind: 'boolean';
  /** An acknowledgement: when answered for submission it must be true. */
  mustBeTrue?: boolean;
  /** What the person confirms, in full (Dutch, one agreement a line): shown above the checkbox. */
  statements?: readonly string[];
}
/** A whole number from `min` to `max` (a count, e.g. the number of duties): stored as a number, never text. */
export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
}
/** A field inside a group item or a list item: no nesting beyond one level. */
export type LeafField =
  TextField | LongTextField | ChoiceField | ScaleField | DateField | BooleanField | NumberField;

export interface GroupItem {
  key: string;
  label: string;
  help?: string;
}
/**
 * A fixed set of items (e.g. the 7 competency areas, BT1..BT6), each answered with the same
 * sub-fields. Answer shape: `{ [itemKey]: { [subKey]: value } }`.
 */
export interface GroupField extends FieldBase {
  kind: 'group';
  items: readonly GroupItem[];
  fields: readonly LeafField[];
  /**
   * Every field of every item is optional on its own, but on submission at least one item must have an answer
   * (e.g. feedback on one of the four aspects). The form says so on the group and in the error
   * (MESSAGES.atLeastOne), not "(optioneel)" on each field.
   */
  atLeastOne?: boolean;
}
/**
 * Repeatable sub-objects with a minimum and maximum count. Answer shape: `Array<{ [subKey]: value }>`.
 * `required: true` means the min count applies on submission.
 */
export interface ListField extends FieldBase {
  kind: 'list';
  min: number;
  max: number;
  /** Dutch label of one entry, e.g. 'Citaat'. */
  itemLabel: string;
  fields: readonly LeafField[];
}

export type FieldDef = LeafField | GroupField | ListField;
export type FieldKind = FieldDef['kind'];

export interface PartDef {
  /** = role name (data-model). */
  partId: PartId;
  /** A feedback giver's part (policies/feedbackGivers.ts) has its slot as role: no traject role fills it. */
  role: TrajectRole | StaffRole | FeedbackPartId;
  /** Dutch label of the part, e.g. 'Zelfbeoordeling aios'. */
  label: string;
  /** True if the part is filled by institute staff (claims), not by a traject member. */
  staff: boolean;
}

/** A cross-field check on submitted answers (beyond per-field rules). */
export interface CrossCheck {
  /** Path of the field the message belongs to (for the UI). */
  path: readonly (string | number)[];
  /** Dutch message shown when `ok` returns false. */
  message: string;
  ok: (answers: Record<string, unknown>) => boolean;
}

export interface FormDefinition {
  formType: FormType;
  /** Bump when keys, types, options or limits change. Text-only changes (labels, help) keep it. */
  version: number;
  title: string;
  description: string;
  parts: readonly PartDef[];
  /** Multi-rater form whose parts stay hidden from the other raters until all are submitted. */
  sealed: boolean;
  /** Traject roles that may read the form (besides its raters). LEOh uses its own audience rule. */
  readerRoles: readonly TrajectRole[];
  fields: readonly FieldDef[];
  crossChecks?: readonly CrossCheck[];
  /** Where the content comes from (seed / public fact). */
  source: string;
}
