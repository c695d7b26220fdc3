// The error summary on a failed submission names every field by its label (a list of "Dit veld is verplicht"
// says nothing on a phone) and links to it by the input's id (fieldId in fields.tsx).
import type { FieldDef } from '@praktijkvolg/domain';

/**
 * The label a person sees for the input at `path`: "Toelichting", "Competenties – Communicatie – Oordeel",
 * "Citaat 2 – Tekst". Unknown paths fall back to the nearest known field's label.
 */
export function fieldLabelAt(fields: readonly FieldDef[], path: string): string {
  const [key, second, third] = path.split('.');
  const field = fields.find((f) => f.key === key);
  if (!field) return path;
  if (field.kind === 'group') {
    const item = field.items.find((i) => i.key === second);
    const sub = field.fields.find((f) => f.key === third);
    return [field.label, item?.label, sub?.label].filter(Boolean).join(' – ');
  }
  if (field.kind === 'list') {
    const index = Number(second);
    if (second === undefined || !Number.isInteger(index)) return field.label;
    const sub = field.fields.find((f) => f.key === third);
    return [`${field.itemLabel} ${index + 1}`, sub?.label].filter(Boolean).join(' – ');
  }
  return field.label;
}

/** "Toelichting: Maximaal 2000 tekens". */
export function summaryLine(fields: readonly FieldDef[], path: string, message: string): string {
  return `${fieldLabelAt(fields, path)}: ${message}`;
}
