// Every form and part: the registry, and each example answer set against its own part's schema.
import { describe, expect, it } from 'vitest';
import type { PartId } from '../programmes';
import { FORM_EXAMPLES } from './examples';
import { COMBEL_FEEDBACK_PARTS } from './feedbackGiver';
import { answersSchema, draftSchema } from './partSchemas';
import { answerKeysByFormType, answerKeysByPart, FORM_DEFINITIONS, maxLengthsByFormType } from './registry';
import { fieldsForPart, validateAnswers } from './schema';
import { FORM_TYPES, type FieldDef, type LeafField } from './types';
import { clone, messagesAt, setPath } from './testing';

const cases = FORM_TYPES.flatMap((formType) =>
  Object.entries(FORM_EXAMPLES[formType]).map(([partId, example]) => ({
    formType,
    partId: partId as PartId,
    example: example!,
  })),
);

/** A path to a text leaf inside the example and its max length: top level, a group item, or a list entry. */
function textPaths(
  fields: readonly FieldDef[],
  example: Record<string, unknown>,
): { path: (string | number)[]; max: number }[] {
  const out: { path: (string | number)[]; max: number }[] = [];
  const leafText = (f: LeafField) => (f.kind === 'text' || f.kind === 'longtext' ? f.maxLength : undefined);
  for (const f of fields) {
    const v = example[f.key];
    if (v === undefined) continue;
    if (f.kind === 'group') {
      const item = f.items[0]!.key;
      for (const sf of f.fields) {
        const max = leafText(sf);
        if (max) out.push({ path: [f.key, item, sf.key], max });
      }
    } else if (f.kind === 'list') {
      for (const sf of f.fields) {
        const max = leafText(sf);
        if (max) out.push({ path: [f.key, 0, sf.key], max });
      }
    } else {
      const max = leafText(f);
      if (max) out.push({ path: [f.key], max });
    }
  }
  return out;
}

describe('registry', () => {
  it('has a definition for every FormType, keyed by its own formType, with a version', () => {
    for (const t of FORM_TYPES) {
      expect(FORM_DEFINITIONS[t].formType).toBe(t);
      expect(FORM_DEFINITIONS[t].version).toBeGreaterThanOrEqual(1);
      expect(FORM_DEFINITIONS[t].title.length).toBeGreaterThan(0);
    }
  });

  it('every part has an example; keys are unique; every field belongs to an existing part', () => {
    for (const t of FORM_TYPES) {
      const def = FORM_DEFINITIONS[t];
      const partIds = def.parts.map((p) => p.partId);
      expect(new Set(partIds).size).toBe(partIds.length);
      const keys = def.fields.map((f) => f.key);
      expect(new Set(keys).size, t).toBe(keys.length);
      for (const f of def.fields)
        for (const p of f.parts ?? []) expect(partIds, `${t}.${f.key}`).toContain(p);
      for (const p of def.parts) {
        expect(FORM_EXAMPLES[t][p.partId], `${t}/${p.partId}`).toBeDefined();
      }
    }
  });

  it('ComBel has the three rater parts and is sealed; the decision is a staff part of hoofd_opleiding only', () => {
    // The three raters, then the practice staff's slots (policies/feedbackGivers.ts; not part of the seal).
    expect(FORM_DEFINITIONS.combel.parts.map((p) => p.partId)).toEqual([
      'aios',
      'opleider',
      'groepsdocent',
      ...COMBEL_FEEDBACK_PARTS,
    ]);
    expect(FORM_DEFINITIONS.combel.sealed).toBe(true);
    expect(FORM_DEFINITIONS.voortgangsbeslissing.parts).toEqual([
      { partId: 'hoofd_opleiding', role: 'hoofd_opleiding', label: 'Hoofd opleiding', staff: true },
    ]);
  });

  it('answer keys and max lengths for the rules generator', () => {
    const keys = answerKeysByFormType();
    expect(Object.keys(keys).sort()).toEqual([...FORM_TYPES].sort());
    expect(keys.combel).toEqual([
      'feedbackPraktijk',
      'competenties',
      'tops',
      'tips',
      'leerdoelen',
      'praktijkGoed',
      'praktijkBeter',
    ]);
    expect(answerKeysByPart().combel.feedback_1).toEqual(['praktijkGoed', 'praktijkBeter']);
    expect(answerKeysByPart().combel.aios).toEqual(['competenties', 'tops', 'tips', 'leerdoelen']);
    expect(answerKeysByPart().combel.opleider).toEqual(['feedbackPraktijk', 'competenties', 'tops', 'tips']);
    const max = maxLengthsByFormType();
    expect(max.combel).toEqual({
      feedbackPraktijk: 2000,
      tops: 2000,
      tips: 2000,
      leerdoelen: 2000,
      praktijkGoed: 1500,
      praktijkBeter: 1500,
    });
    expect(max.voortgangsbeslissing.datumBeslissing).toBe(10);
    // every example only uses allowed keys
    for (const c of cases) for (const k of Object.keys(c.example)) expect(keys[c.formType]).toContain(k);
  });
});

describe.each(cases)('$formType / $partId', ({ formType, partId, example }) => {
  const def = FORM_DEFINITIONS[formType];
  const fields = fieldsForPart(def, partId);

  it('accepts the realistic filled example (submit and draft)', () => {
    expect(validateAnswers(def, partId, example)).toEqual({ ok: true, answers: example });
    expect(draftSchema(formType, partId).safeParse(example).success).toBe(true);
  });

  it('accepts an empty draft but not an empty submission', () => {
    expect(draftSchema(formType, partId).safeParse({}).success).toBe(true);
    expect(answersSchema(formType, partId).safeParse({}).success).toBe(false);
  });

  it.each(fields.filter((f) => f.required && !f.requiredWhen).map((f) => f.key))(
    'refuses a missing required answer: %s',
    (key) => {
      const a = clone(example);
      delete a[key];
      expect(messagesAt(formType, partId, a, [key])).toContain('Dit veld is verplicht');
    },
  );

  it('refuses too-long text, at the top level and inside groups and lists', () => {
    const paths = textPaths(fields, example);
    const hasText = JSON.stringify(fields).match(/"kind":"(long)?text"/);
    expect(paths.length > 0, 'the example should fill at least one text field').toBe(Boolean(hasText));
    for (const { path, max } of paths) {
      const a = clone(example);
      setPath(a, path, 'x'.repeat(max + 1));
      expect(messagesAt(formType, partId, a, path), path.join('.')).toContain(`Maximaal ${max} tekens`);
      expect(draftSchema(formType, partId).safeParse(a).success).toBe(false);
      setPath(a, path, '1'.repeat(max));
      expect(messagesAt(formType, partId, a, path)).not.toContain(`Maximaal ${max} tekens`);
    }
  });

  it('refuses wrong enum values', () => {
    const choices = fields.filter(
      (f) => f.kind === 'choice' || f.kind === 'scale' || f.kind === 'group' || f.kind === 'list',
    );
    for (const f of choices) {
      const a = clone(example);
      if (f.kind === 'choice' && !f.multiple) {
        a[f.key] = 'bestaat_niet';
        expect(messagesAt(formType, partId, a, [f.key]), f.key).toContain('Kies een van de opties');
      } else if (f.kind === 'choice') {
        a[f.key] = ['bestaat_niet'];
        expect(messagesAt(formType, partId, a, [f.key, 0])).toContain('Kies een van de opties');
      } else if (f.kind === 'group' && a[f.key] !== undefined) {
        const sub = f.fields.find((s) => s.kind === 'scale' || s.kind === 'choice');
        if (!sub) continue;
        const item = Object.keys(a[f.key] as object)[0]!;
        setPath(a, [f.key, item, sub.key], 'bestaat_niet');
        expect(messagesAt(formType, partId, a, [f.key, item, sub.key])).toContain('Kies een van de opties');
      } else if (f.kind === 'list' && a[f.key] !== undefined) {
        const sub = f.fields.find((s) => s.kind === 'choice');
        if (!sub) continue;
        setPath(a, [f.key, 0, sub.key], 'bestaat_niet');
        expect(messagesAt(formType, partId, a, [f.key, 0, sub.key])).toContain('Kies een van de opties');
      }
    }
  });

  it('refuses unknown keys, at the top level and nested, also in drafts', () => {
    const a = { ...clone(example), onbekend: 'x' };
    expect(messagesAt(formType, partId, a, [])).toContain('Onbekend veld: onbekend');
    expect(draftSchema(formType, partId).safeParse(a).success).toBe(false);
    const nested = fields.find(
      (f) => (f.kind === 'group' || f.kind === 'list') && example[f.key] !== undefined,
    );
    if (nested) {
      const b = clone(example);
      const container = b[nested.key] as Record<string, Record<string, unknown>>;
      const first = nested.kind === 'list' ? 0 : Object.keys(container)[0]!;
      (container as Record<string | number, Record<string, unknown>>)[first]!.extra = 1;
      expect(answersSchema(formType, partId).safeParse(b).success).toBe(false);
    }
  });

  it('refuses a wrong type (a number where text or a choice is expected, text where a number is)', () => {
    const f = fields.find((x) => x.kind !== 'group' && x.kind !== 'list' && example[x.key] !== undefined)!;
    const a = clone(example);
    a[f.key] = f.kind === 'number' ? '42' : 42;
    expect(answersSchema(formType, partId).safeParse(a).success).toBe(false);
  });
});
