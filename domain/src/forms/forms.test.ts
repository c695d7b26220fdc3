import { describe, expect, it } from 'vitest';
import type { PartId } from '../programmes';
import { FORM_EXAMPLES } from './examples';
import {
  answerKeysByFormType,
  answerKeysByPart,
  answersSchema,
  applyTextOverrides,
  draftSchema,
  FORM_DEFINITIONS,
  maxLengthsByFormType,
} from './registry';
import { fieldsForPart, validateAnswers } from './schema';
import { FORM_TYPES, type FieldDef, type FormType, type LeafField } from './types';

const clone = <T>(x: T): T => structuredClone(x);

function messagesAt(
  formType: FormType,
  partId: PartId,
  answers: unknown,
  path: (string | number)[],
): string[] {
  const r = validateAnswers(FORM_DEFINITIONS[formType], partId, answers);
  if (r.ok) return [];
  return r.issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path)).map((i) => i.message);
}

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

function setPath(obj: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let cur: Record<string | number, unknown> = obj;
  for (const p of path.slice(0, -1)) {
    cur[p] ??= {};
    cur = cur[p] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]!] = value;
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
    expect(FORM_DEFINITIONS.combel.parts.map((p) => p.partId)).toEqual(['aios', 'opleider', 'groepsdocent']);
    expect(FORM_DEFINITIONS.combel.sealed).toBe(true);
    expect(FORM_DEFINITIONS.voortgangsbeslissing.parts).toEqual([
      { partId: 'hoofd_opleiding', role: 'hoofd_opleiding', label: 'Hoofd opleiding', staff: true },
    ]);
  });

  it('answer keys and max lengths for the rules generator', () => {
    const keys = answerKeysByFormType();
    expect(Object.keys(keys).sort()).toEqual([...FORM_TYPES].sort());
    expect(keys.combel).toEqual(['feedbackPraktijk', 'competenties', 'tops', 'tips', 'leerdoelen']);
    expect(answerKeysByPart().combel.aios).toEqual(['competenties', 'tops', 'tips', 'leerdoelen']);
    expect(answerKeysByPart().combel.opleider).toEqual(['feedbackPraktijk', 'competenties', 'tops', 'tips']);
    const max = maxLengthsByFormType();
    expect(max.combel).toEqual({ feedbackPraktijk: 2000, tops: 2000, tips: 2000, leerdoelen: 2000 });
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

describe('form-specific rules', () => {
  const aanvraag = FORM_EXAMPLES.aanvraag_summatief.deelnemer!;
  const quotes = aanvraag.feedbackCitaten as Record<string, unknown>[];
  const withQuotes = (n: number) => ({
    ...clone(aanvraag),
    feedbackCitaten: Array.from({ length: n }, (_, i) => ({ ...quotes[i % quotes.length]! })),
  });

  it('summative request: 6 and 8 feedback quotes are fine, 5 and 9 are refused', () => {
    const s = answersSchema('aanvraag_summatief', 'deelnemer');
    expect(s.safeParse(withQuotes(6)).success).toBe(true);
    expect(s.safeParse(withQuotes(8)).success).toBe(true);
    expect(messagesAt('aanvraag_summatief', 'deelnemer', withQuotes(5), ['feedbackCitaten'])).toEqual([
      'Voeg minimaal 6 × citaat toe',
    ]);
    expect(messagesAt('aanvraag_summatief', 'deelnemer', withQuotes(9), ['feedbackCitaten'])).toEqual([
      'Maximaal 8 × citaat',
    ]);
    // a draft may hold fewer quotes while collecting, never more than 8
    expect(draftSchema('aanvraag_summatief', 'deelnemer').safeParse(withQuotes(5)).success).toBe(true);
    expect(draftSchema('aanvraag_summatief', 'deelnemer').safeParse(withQuotes(9)).success).toBe(false);
  });

  it('summative request: every quote needs its source', () => {
    const a = withQuotes(6);
    delete (a.feedbackCitaten[2] as Record<string, unknown>).bron;
    expect(messagesAt('aanvraag_summatief', 'deelnemer', a, ['feedbackCitaten', 2, 'bron'])).toEqual([
      'Dit veld is verplicht',
    ]);
  });

  it('parts only accept their own fields', () => {
    const opleider = FORM_EXAMPLES.combel.opleider!;
    expect(messagesAt('combel', 'aios', opleider, [])).toContain('Onbekend veld: feedbackPraktijk');
    expect(answersSchema('aanvraag_summatief', 'pdg_trainer').safeParse(aanvraag).success).toBe(false);
    expect(() => answersSchema('combel', 'werkplekbegeleider')).toThrow();
  });

  it('voortgangsadvies: conditions are required for "go op voorwaarden" only', () => {
    const a = { ...FORM_EXAMPLES.voortgangsadvies.opleider! };
    delete a.voorwaarden;
    expect(messagesAt('voortgangsadvies', 'opleider', a, ['voorwaarden'])).toEqual(['Dit veld is verplicht']);
    expect(answersSchema('voortgangsadvies', 'opleider').safeParse({ ...a, advies: 'go' }).success).toBe(
      true,
    );
    expect(
      messagesAt('voortgangsadvies', 'opleider', { ...a, advies: 'go', besprokenMetAios: false }, [
        'besprokenMetAios',
      ]),
    ).toEqual(['Bevestig dit om in te dienen']);
  });

  it('voortgangsbeslissing: conditions required for "door onder voorwaarden"', () => {
    const b = { ...FORM_EXAMPLES.voortgangsbeslissing.hoofd_opleiding!, uitkomst: 'door_onder_voorwaarden' };
    expect(messagesAt('voortgangsbeslissing', 'hoofd_opleiding', b, ['voorwaarden'])).toEqual([
      'Dit veld is verplicht',
    ]);
    expect(
      answersSchema('voortgangsbeslissing', 'hoofd_opleiding').safeParse({
        ...b,
        voorwaarden: 'Herkansing KPB-reeks.',
      }).success,
    ).toBe(true);
    expect(
      answersSchema('voortgangsbeslissing', 'hoofd_opleiding').safeParse({ ...b, uitkomst: 'go' }).success,
    ).toBe(false);
  });

  it('diensten: a positive report needs the bekwaamheidsverklaring, a negative one may not carry it', () => {
    const d = FORM_EXAMPLES.diensten.opleider!;
    const noStatement = { ...d };
    delete noStatement.bekwaamheidsverklaring;
    delete noStatement.ingangsdatum;
    expect(messagesAt('diensten', 'opleider', noStatement, ['bekwaamheidsverklaring'])).toEqual([
      'Dit veld is verplicht',
    ]);
    expect(
      messagesAt('diensten', 'opleider', { ...d, oordeel: 'nog_niet' }, ['bekwaamheidsverklaring']),
    ).toEqual(['Een bekwaamheidsverklaring kan alleen bij een positief oordeel worden afgegeven']);
    expect(
      answersSchema('diensten', 'opleider').safeParse({ ...noStatement, oordeel: 'nog_niet' }).success,
    ).toBe(true);
    const noDate = { ...d };
    delete noDate.ingangsdatum;
    expect(messagesAt('diensten', 'opleider', noDate, ['ingangsdatum'])).toEqual(['Dit veld is verplicht']);
    expect(messagesAt('diensten', 'opleider', { ...d, aantalDiensten: 'veel' }, ['aantalDiensten'])).toEqual([
      'Vul een getal in',
    ]);
    expect(messagesAt('diensten', 'opleider', { ...d, aantalDiensten: 2.5 }, ['aantalDiensten'])).toEqual([
      'Vul een heel getal in (zonder komma)',
    ]);
    expect(messagesAt('diensten', 'opleider', { ...d, aantalDiensten: 201 }, ['aantalDiensten'])).toEqual([
      'Vul een getal van 0 tot en met 200 in',
    ]);
    expect(
      messagesAt('diensten', 'opleider', { ...d, aantalDiensten: 3, aantalOpAfstand: 4 }, ['aantalOpAfstand']),
    ).toEqual(['Er kunnen niet meer diensten op afstand zijn dan diensten in totaal']);
  });

  it('beoordeling summatief: "behaald" needs BT3 and BT5 at least voldoende', () => {
    const b = clone(FORM_EXAMPLES.beoordeling_summatief.assessor!);
    setPath(b, ['beroepstaken', 'bt5', 'oordeel'], 'onvoldoende');
    expect(messagesAt('beoordeling_summatief', 'assessor', b, ['eindoordeel'])).toEqual([
      'Behaald kan alleen als beroepstaak 3 en 5 allebei minstens voldoende zijn',
    ]);
    expect(
      answersSchema('beoordeling_summatief', 'assessor').safeParse({ ...b, eindoordeel: 'niet_behaald' })
        .success,
    ).toBe(true);
  });

  it('overeenkomst: every condition must be acknowledged', () => {
    const o = { ...FORM_EXAMPLES.overeenkomst_wpb.werkplekbegeleider!, geenHierarchischeRelatie: false };
    expect(messagesAt('overeenkomst_wpb', 'werkplekbegeleider', o, ['geenHierarchischeRelatie'])).toEqual([
      'Bevestig dit om in te dienen',
    ]);
    expect(draftSchema('overeenkomst_wpb', 'werkplekbegeleider').safeParse(o).success).toBe(true);
  });

  it('observatie: at least one of the four feedback aspects, said on the group', () => {
    const o = { ...FORM_EXAMPLES.observatie.werkplekbegeleider!, feedback: { inhoud: { feedUp: '  ' } } };
    expect(messagesAt('observatie', 'werkplekbegeleider', o, ['feedback'])).toEqual([
      'Vul minstens één van deze vier in',
    ]);
    const { feedback: _none, ...without } = FORM_EXAMPLES.observatie.werkplekbegeleider!;
    expect(messagesAt('observatie', 'werkplekbegeleider', without, ['feedback'])).toEqual([
      'Vul minstens één van deze vier in',
    ]);
    const one = { ...o, feedback: { modus: { feedforward: 'Stel je vraag eerst aan de hele groep.' } } };
    expect(answersSchema('observatie', 'werkplekbegeleider').safeParse(one).success).toBe(true);
    expect(draftSchema('observatie', 'werkplekbegeleider').safeParse(without).success).toBe(true);
    const missingIndicator = clone(FORM_EXAMPLES.observatie.werkplekbegeleider!);
    delete (missingIndicator.gedragsindicatoren as Record<string, unknown>).bt5_relatie;
    expect(
      messagesAt('observatie', 'werkplekbegeleider', missingIndicator, ['gedragsindicatoren', 'bt5_relatie']),
    ).toEqual(['Dit veld is verplicht']);
  });

  it('learner report: up to five activities, each typed by one of the 11 types', () => {
    const lr = FORM_EXAMPLES.learner_report.deelnemer!;
    const acts = lr.activiteiten as Record<string, unknown>[];
    const many = (n: number) => ({ ...lr, activiteiten: Array.from({ length: n }, () => ({ ...acts[0]! })) });
    expect(answersSchema('learner_report', 'deelnemer').safeParse(many(5)).success).toBe(true);
    expect(messagesAt('learner_report', 'deelnemer', many(6), ['activiteiten'])).toEqual([
      'Maximaal 5 × situatie',
    ]);
    expect(messagesAt('learner_report', 'deelnemer', many(0), ['activiteiten'])).toEqual([
      'Voeg minimaal 1 × situatie toe',
    ]);
    expect(
      FORM_DEFINITIONS.learner_report.fields[1]!.kind === 'list' &&
        FORM_DEFINITIONS.learner_report.fields[1]!.fields[0],
    ).toMatchObject({
      key: 'type',
      options: { length: 11 },
    });
  });

  it('ComBel: the scale, whitespace-only text, and all 7 competency areas', () => {
    const c = clone(FORM_EXAMPLES.combel.aios!);
    expect(messagesAt('combel', 'aios', { ...c, tops: '   ' }, ['tops'])).toEqual(['Dit veld is verplicht']);
    delete (c.competenties as Record<string, unknown>).professionaliteit;
    expect(messagesAt('combel', 'aios', c, ['competenties', 'professionaliteit'])).toEqual([
      'Dit veld is verplicht',
    ]);
  });

  it('dates must be real calendar days; multiple choices may not repeat', () => {
    const g = FORM_EXAMPLES.voortgangsgesprek.groepsdocent!;
    expect(messagesAt('voortgangsgesprek', 'groepsdocent', { ...g, datum: '2026-02-30' }, ['datum'])).toEqual(
      ['Vul een geldige datum in (JJJJ-MM-DD, tussen 2000 en 2099)'],
    );
    expect(messagesAt('voortgangsgesprek', 'groepsdocent', { ...g, datum: '2/12/2025' }, ['datum'])).toEqual([
      'Vul een geldige datum in (JJJJ-MM-DD, tussen 2000 en 2099)',
    ]);
    expect(
      messagesAt('voortgangsgesprek', 'groepsdocent', { ...g, aanwezigen: ['aios', 'aios'] }, ['aanwezigen']),
    ).toEqual(['Elke optie mag maar één keer gekozen worden']);
  });
});

describe('institute text overrides', () => {
  it('change labels and help without changing version or validity of stored answers', () => {
    const def = applyTextOverrides(FORM_DEFINITIONS.combel, {
      title: 'ComBeL praktijk',
      fields: {
        tops: { label: 'Sterke punten' },
        'competenties.samenwerking': { label: 'Samenwerken' },
        'competenties.*.niveau': { help: 'Gebruik de niveaukaarten.' },
      },
    });
    expect(def.version).toBe(FORM_DEFINITIONS.combel.version);
    expect(def.title).toBe('ComBeL praktijk');
    expect(def.fields.find((f) => f.key === 'tops')!.label).toBe('Sterke punten');
    const group = def.fields.find((f) => f.key === 'competenties')!;
    expect(group.kind === 'group' && group.items.find((i) => i.key === 'samenwerking')!.label).toBe(
      'Samenwerken',
    );
    expect(group.kind === 'group' && group.fields[0]!.help).toBe('Gebruik de niveaukaarten.');
    expect(FORM_DEFINITIONS.combel.fields.find((f) => f.key === 'tops')!.label).toBe('Tops'); // original untouched
    expect(validateAnswers(def, 'aios', FORM_EXAMPLES.combel.aios).ok).toBe(true);
  });
});
