// The form renderer keeps values in the shape HTML inputs produce (strings, string arrays, checkbox
// booleans); the stored answers follow the domain schema (no empty strings, booleans as booleans, no empty
// objects). These two functions translate, driven by the same FieldDefs, so both shapes share paths and
// zod messages land on the right input.
import type { FieldDef, LeafField } from '@praktijkvolg/domain';

export type UiValue = string | boolean | string[] | null | undefined;
export type UiLeafObject = Record<string, UiValue>;
export type UiValues = Record<string, UiValue | Record<string, UiLeafObject> | UiLeafObject[]>;

const YES = 'ja';
const NO = 'nee';

/** A boolean shown as one checkbox (acknowledgement) instead of a Ja/Nee choice. */
export const isCheckbox = (f: LeafField) => f.kind === 'boolean' && f.mustBeTrue === true;

function leafToUi(f: LeafField, v: unknown): UiValue {
  switch (f.kind) {
    case 'text':
    case 'longtext':
    case 'date':
      return typeof v === 'string' ? v : '';
    case 'choice':
      if (f.multiple) return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
      return typeof v === 'string' ? v : null;
    case 'scale':
      return typeof v === 'string' ? v : null;
    case 'number':
      return typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
    case 'boolean':
      if (isCheckbox(f)) return v === true;
      return v === true ? YES : v === false ? NO : null;
  }
}

function leafFromUi(f: LeafField, v: unknown, submit: boolean): unknown {
  switch (f.kind) {
    case 'text':
    case 'longtext':
    case 'date':
      return typeof v === 'string' && v !== '' ? v : undefined;
    case 'choice':
      if (f.multiple) {
        // react-hook-form gives a boolean for a checkbox group with a single option.
        if (typeof v === 'boolean') return v && f.options[0] ? [f.options[0].value] : undefined;
        const arr = Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x !== '') : [];
        return arr.length > 0 ? arr : undefined;
      }
      return typeof v === 'string' && v !== '' ? v : undefined;
    case 'scale':
      return typeof v === 'string' && v !== '' ? v : undefined;
    case 'number': {
      // What is not a number stays as typed, so the form's schema says "Vul een getal in" instead of losing it.
      const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
      if (text === '') return undefined;
      return /^-?\d+$/.test(text) ? Number(text) : text;
    }
    case 'boolean':
      // An unticked acknowledgement is no answer in a draft, and 'false' on submit ("Bevestig dit …").
      if (isCheckbox(f)) return v === true ? true : submit ? false : undefined;
      return v === YES || v === true ? true : v === NO || v === false ? false : undefined;
  }
}

function objectFromUi(fields: readonly LeafField[], raw: unknown, submit: boolean): Record<string, unknown> {
  const src = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = leafFromUi(f, src[f.key], submit);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

function objectToUi(fields: readonly LeafField[], raw: unknown): UiLeafObject {
  const src = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(fields.map((f) => [f.key, leafToUi(f, src[f.key])]));
}

/** Stored answers → values for the inputs (every field present, so inputs are controlled from the start). */
export function toUiValues(fields: readonly FieldDef[], answers: Record<string, unknown>): UiValues {
  const out: UiValues = {};
  for (const f of fields) {
    const v = answers[f.key];
    if (f.kind === 'group') {
      const src = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
      out[f.key] = Object.fromEntries(f.items.map((it) => [it.key, objectToUi(f.fields, src[it.key])]));
    } else if (f.kind === 'list') {
      const arr = Array.isArray(v) ? v : [];
      const items = arr.map((x) => objectToUi(f.fields, x));
      // A required list starts with its minimum number of (empty) entries, so the inputs are there.
      while (f.required && items.length < f.min) items.push(objectToUi(f.fields, {}));
      out[f.key] = items;
    } else {
      out[f.key] = leafToUi(f, v);
    }
  }
  return out;
}

/**
 * Input values → answers in the domain shape: empty inputs dropped, empty groups dropped. `submit` only
 * changes unticked acknowledgements (absent in a draft, false when submitting).
 */
export function fromUiValues(
  fields: readonly FieldDef[],
  values: Record<string, unknown>,
  submit = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.kind === 'group') {
      const src = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
      const group: Record<string, unknown> = {};
      for (const it of f.items) {
        const item = objectFromUi(f.fields, src[it.key], submit);
        if (Object.keys(item).length > 0) group[it.key] = item;
      }
      if (Object.keys(group).length > 0) out[f.key] = group;
    } else if (f.kind === 'list') {
      const arr = Array.isArray(v) ? v.map((x) => objectFromUi(f.fields, x, submit)) : [];
      // Untouched trailing entries are not answers; entries in between keep their place (and index paths).
      while (arr.length > 0 && Object.keys(arr[arr.length - 1]!).length === 0) arr.pop();
      if (arr.length > 0) out[f.key] = arr;
    } else {
      const leaf = leafFromUi(f, v, submit);
      if (leaf !== undefined) out[f.key] = leaf;
    }
  }
  return out;
}
