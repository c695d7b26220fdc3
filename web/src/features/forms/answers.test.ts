import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  draftSchema,
  fieldsForPart,
  FORM_DEFINITIONS,
  FORM_EXAMPLES,
  FORM_TYPES,
  type PartId,
} from '@praktijkvolg/domain';
import { fromUiValues, toUiValues } from './answers';

describe('input values ↔ answers', () => {
  it('a count is typed as text and stored as a whole number; what is not a number stays as typed', () => {
    const fields = fieldsForPart(FORM_DEFINITIONS.diensten, 'opleider');
    const from = (typed: string) =>
      fromUiValues(fields, { ...toUiValues(fields, {}), aantalDiensten: typed });
    expect(from(' 14 ').aantalDiensten).toBe(14);
    expect(from('').aantalDiensten).toBeUndefined();
    expect(from('veertien').aantalDiensten).toBe('veertien');
    expect(draftSchema('diensten', 'opleider').safeParse(from('veertien')).success).toBe(false);
    expect(toUiValues(fields, { aantalDiensten: 0 }).aantalDiensten).toBe('0');
  });

  it('round-trips every example answer of every form part unchanged', () => {
    for (const formType of FORM_TYPES) {
      const def = FORM_DEFINITIONS[formType];
      for (const [partId, example] of Object.entries(FORM_EXAMPLES[formType])) {
        const fields = fieldsForPart(def, partId as PartId);
        const back = fromUiValues(fields, toUiValues(fields, example!));
        expect(back, `${formType}/${partId}`).toEqual(example);
        expect(answersSchema(formType, partId as PartId).safeParse(back).success).toBe(true);
      }
    }
  });

  it('an untouched form is an empty, valid draft (no empty strings, no empty groups)', () => {
    for (const formType of FORM_TYPES) {
      for (const p of FORM_DEFINITIONS[formType].parts) {
        const fields = fieldsForPart(FORM_DEFINITIONS[formType], p.partId);
        const answers = fromUiValues(fields, toUiValues(fields, {}));
        expect(answers, `${formType}/${p.partId}`).toEqual({});
        expect(draftSchema(formType, p.partId).safeParse(answers).success).toBe(true);
      }
    }
  });

  it('converts Ja/Nee radios and acknowledgement checkboxes to booleans', () => {
    const fields = fieldsForPart(FORM_DEFINITIONS.voortgangsadvies, 'opleider');
    const ui = toUiValues(fields, {});
    expect(ui.besprokenMetAios).toBe(false); // a mustBeTrue checkbox
    expect(fromUiValues(fields, { ...ui, besprokenMetAios: true, advies: 'go' })).toEqual({
      besprokenMetAios: true,
      advies: 'go',
    });
    expect(fromUiValues(fields, ui)).toEqual({});
    const r = answersSchema('voortgangsadvies', 'opleider').safeParse(fromUiValues(fields, ui, true));
    expect(
      r.success ? [] : r.error.issues.filter((i) => i.path[0] === 'besprokenMetAios').map((i) => i.message),
    ).toEqual(['Bevestig dit om in te dienen']);
  });

  it('keeps a partly filled group item and drops empty ones; submit errors point at input paths', () => {
    const fields = fieldsForPart(FORM_DEFINITIONS.combel, 'aios');
    const ui = toUiValues(fields, {});
    (ui.competenties as Record<string, Record<string, unknown>>).communicatie!.niveau = 'op_verwachting';
    ui.tops = 'Goed';
    const answers = fromUiValues(fields, ui);
    expect(answers).toEqual({ competenties: { communicatie: { niveau: 'op_verwachting' } }, tops: 'Goed' });
    const r = answersSchema('combel', 'aios').safeParse(answers);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('competenties.medisch_handelen');
    expect(paths).toContain('tips');
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toContain('Dit veld is verplicht');
  });

  it('a required list starts with its minimum number of entries to fill', () => {
    const fields = fieldsForPart(FORM_DEFINITIONS.aanvraag_summatief, 'deelnemer');
    const list = fields.find((f) => f.kind === 'list')!;
    const ui = toUiValues(fields, {});
    const entries = ui[list.key] as Record<string, unknown>[];
    expect(entries.length).toBe(list.kind === 'list' && list.required ? list.min : 0);
  });
});
