// The one answer-to-text renderer: a part's stored answers as readable Dutch text, from the form definition,
// so every question label appears with its answer, option values become their Dutch labels, Ja/Nee for
// booleans and dates read "20 november 2025". Used by the web app (AnswersView), the LEOh PDF, the dossier
// export and the inzage export (docs/data-model.md "Exports"): the same answers read the same everywhere.
// Pure: whatever was stored (older versions, data the rules would refuse today) comes out as text, bounded
// by the definition's limits, never an exception.
import { formatDate } from '../dates';
import type { PartId } from '../programmes';
import { fieldsForPart, isIsoDate } from './schema';
import type { FieldDef, FormDefinition, LeafField } from './types';

export const NOT_ANSWERED = '(niet ingevuld)';
/** The most a value that is not free text can take (option labels, dates, Ja/Nee). */
export const MAX_OTHER_VALUE = 500;

/**
 * A stored answer cut at the domain's limit for its field (docs/rules.md, "Dossier LEOh, exports and counts"):
 * the rules refuse longer answers, but a PDF or a screen must come out whatever was stored before they did,
 * in time and size bounded by the form definition.
 */
export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)} … (ingekort: het antwoord is ${text.length} tekens, het maximum is ${max}; het volledige antwoord staat in Praktijkvolg)`;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function leafText(field: LeafField, value: unknown): string {
  if (isEmpty(value)) return NOT_ANSWERED;
  switch (field.kind) {
    case 'choice':
    case 'scale': {
      const label = (v: unknown) => field.options.find((o) => o.value === v)?.label ?? String(v);
      // At most every option once (the schema's limit), whatever is stored.
      return Array.isArray(value) ? value.slice(0, field.options.length).map(label).join(', ') : label(value);
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDate(value) : String(value);
    case 'boolean':
      return value === true ? 'Ja' : value === false ? 'Nee' : String(value);
    case 'number':
      return String(value);
    case 'text':
    case 'longtext':
      return String(value);
  }
}

/** One answer of a question without sub-items, as text (NOT_ANSWERED when empty), bounded by its field. */
export function answerText(field: LeafField, value: unknown): string {
  return bounded(
    leafText(field, value),
    field.kind === 'text' || field.kind === 'longtext' ? field.maxLength : MAX_OTHER_VALUE,
  );
}

export interface AnswerPair {
  key: string;
  label: string;
  value: string;
}

/** One item of a group (e.g. a competency area) or one entry of a list ("Citaat 2"), with its answers. */
export interface AnswerItem {
  key: string;
  label: string;
  answers: AnswerPair[];
}

/**
 * A top-level question: a plain answer, or a group/list with its items. A list without entries has no items
 * (shown as NOT_ANSWERED).
 */
export type AnswerSection =
  ({ kind: 'answer' } & AnswerPair) | { kind: 'items'; key: string; label: string; items: AnswerItem[] };

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function pairs(fields: readonly LeafField[], value: unknown): AnswerPair[] {
  const answers = asRecord(value);
  return fields.map((f) => ({ key: f.key, label: f.label, value: answerText(f, answers[f.key]) }));
}

function section(field: FieldDef, value: unknown): AnswerSection {
  if (field.kind === 'group') {
    const answers = asRecord(value);
    return {
      kind: 'items',
      key: field.key,
      label: field.label,
      items: field.items.map((item) => ({
        key: item.key,
        label: item.label,
        answers: pairs(field.fields, answers[item.key]),
      })),
    };
  }
  if (field.kind === 'list') {
    const entries = Array.isArray(value) ? value.slice(0, field.max) : [];
    return {
      kind: 'items',
      key: field.key,
      label: field.label,
      items: entries.map((entry, i) => ({
        key: String(i),
        label: `${field.itemLabel} ${i + 1}`,
        answers: pairs(field.fields, entry),
      })),
    };
  }
  return { kind: 'answer', key: field.key, label: field.label, value: answerText(field, value) };
}

/** Every question of `fields`, in their order, with its answer. */
export function answerSections(
  fields: readonly FieldDef[],
  answers: Record<string, unknown>,
): AnswerSection[] {
  return fields.map((f) => section(f, answers[f.key]));
}

/** The sections as a flat sequence, for documents that print line by line (PDF). */
export type AnswerLine =
  | { kind: 'heading'; text: string } // a question with sub-items (group, list)
  | { kind: 'item'; text: string } // one item of a group or entry of a list
  | { kind: 'answer'; label: string; value: string }; // a question and its answer (may be multi-line)

export function sectionLines(sections: readonly AnswerSection[]): AnswerLine[] {
  return sections.flatMap((s): AnswerLine[] => {
    if (s.kind === 'answer') return [{ kind: 'answer', label: s.label, value: s.value }];
    if (s.items.length === 0) return [{ kind: 'answer', label: s.label, value: NOT_ANSWERED }];
    return [
      { kind: 'heading', text: s.label },
      ...s.items.flatMap((item): AnswerLine[] => [
        { kind: 'item', text: item.label },
        ...item.answers.map((a): AnswerLine => ({ kind: 'answer', label: a.label, value: a.value })),
      ]),
    ];
  });
}

/** Every question of the part, in the definition's order, with its answer. */
export function answerLines(
  def: FormDefinition,
  partId: PartId,
  answers: Record<string, unknown>,
): AnswerLine[] {
  return sectionLines(answerSections(fieldsForPart(def, partId), answers));
}
