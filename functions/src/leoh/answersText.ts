// A submitted part as readable lines, from the form definition (so every question label appears with its
// answer, option values become their Dutch labels, dates read "20 november 2025"). Used for the PDF.
import {
  fieldsForPart,
  formatDate,
  isIsoDate,
  type FieldDef,
  type FormDefinition,
  type LeafField,
  type PartId,
} from '@praktijkvolg/domain';

export type AnswerLine =
  | { kind: 'heading'; text: string } // a question with sub-items (group, list)
  | { kind: 'item'; text: string } // one item of a group or entry of a list
  | { kind: 'answer'; label: string; value: string }; // a question and its answer (may be multi-line)

export const NOT_ANSWERED = '(niet ingevuld)';

function leafValue(field: LeafField, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return NOT_ANSWERED;
  switch (field.kind) {
    case 'choice':
    case 'scale': {
      const label = (v: unknown) => field.options.find((o) => o.value === v)?.label ?? String(v);
      return Array.isArray(value) ? value.map(label).join(', ') : label(value);
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDate(value) : String(value);
    case 'boolean':
      return value === true ? 'Ja' : value === false ? 'Nee' : String(value);
    case 'text':
    case 'longtext':
      return String(value);
  }
}

function fieldLines(field: FieldDef, value: unknown): AnswerLine[] {
  if (field.kind === 'group') {
    const answers = (value ?? {}) as Record<string, Record<string, unknown> | undefined>;
    return [
      { kind: 'heading', text: field.label },
      ...field.items.flatMap((item): AnswerLine[] => [
        { kind: 'item', text: item.label },
        ...field.fields.map((sub): AnswerLine => ({
          kind: 'answer',
          label: sub.label,
          value: leafValue(sub, answers[item.key]?.[sub.key]),
        })),
      ]),
    ];
  }
  if (field.kind === 'list') {
    const entries = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    if (entries.length === 0) return [{ kind: 'answer', label: field.label, value: NOT_ANSWERED }];
    return [
      { kind: 'heading', text: field.label },
      ...entries.flatMap((entry, i): AnswerLine[] => [
        { kind: 'item', text: `${field.itemLabel} ${i + 1}` },
        ...field.fields.map((sub): AnswerLine => ({
          kind: 'answer',
          label: sub.label,
          value: leafValue(sub, entry?.[sub.key]),
        })),
      ]),
    ];
  }
  return [{ kind: 'answer', label: field.label, value: leafValue(field, value) }];
}

/** Every question of the part, in the definition's order, with its answer. */
export function answerLines(
  def: FormDefinition,
  partId: PartId,
  answers: Record<string, unknown>,
): AnswerLine[] {
  return fieldsForPart(def, partId).flatMap((f) => fieldLines(f, answers[f.key]));
}
