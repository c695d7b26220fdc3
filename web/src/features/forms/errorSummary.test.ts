import { describe, expect, it } from 'vitest';
import { fieldsForPart, FORM_DEFINITIONS, type FieldDef } from '@praktijkvolg/domain';
import { fieldLabelAt, summaryLine } from './errorSummary';

const fields: FieldDef[] = [
  { key: 'toelichting', kind: 'longtext', label: 'Toelichting', required: true, maxLength: 2000 },
  {
    key: 'competenties',
    kind: 'group',
    label: 'Competenties',
    required: true,
    items: [{ key: 'communicatie', label: 'Communicatie' }],
    fields: [{ key: 'oordeel', kind: 'scale', label: 'Oordeel', required: true, options: [] }],
  } as unknown as FieldDef,
  {
    key: 'citaten',
    kind: 'list',
    label: 'Citaten',
    required: true,
    min: 1,
    max: 3,
    itemLabel: 'Citaat',
    fields: [{ key: 'tekst', kind: 'text', label: 'Tekst', required: true, maxLength: 200 }],
  },
];

describe('the error summary names each field by its label', () => {
  it('a plain field, a group item and a list entry', () => {
    expect(fieldLabelAt(fields, 'toelichting')).toBe('Toelichting');
    expect(fieldLabelAt(fields, 'competenties.communicatie.oordeel')).toBe(
      'Competenties – Communicatie – Oordeel',
    );
    expect(fieldLabelAt(fields, 'citaten.1.tekst')).toBe('Citaat 2 – Tekst');
    expect(fieldLabelAt(fields, 'citaten')).toBe('Citaten');
    expect(summaryLine(fields, 'toelichting', 'Dit veld is verplicht')).toBe(
      'Toelichting: Dit veld is verplicht',
    );
  });

  it('every field of every real form has a label of its own, so no two lines read the same', () => {
    for (const def of Object.values(FORM_DEFINITIONS)) {
      for (const part of def.parts) {
        const fs = fieldsForPart(def, part.partId);
        const labels = fs.map((f) => fieldLabelAt(fs, f.key));
        expect(labels.every((l) => l.length > 0)).toBe(true);
        expect(new Set(labels).size, `${def.formType}/${part.partId}`).toBe(labels.length);
      }
    }
  });
});
