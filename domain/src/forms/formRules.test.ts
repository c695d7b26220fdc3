// The rules of single forms beyond their fields' shapes, and the institute's text overrides.
import { describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from './examples';
import { answersSchema, draftSchema } from './partSchemas';
import { applyTextOverrides, FORM_DEFINITIONS } from './registry';
import { validateAnswers } from './schema';
import { clone, messagesAt, setPath } from './testing';

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
    // The deadline of the conditions is required with them (form version 2), and not before the decision.
    expect(messagesAt('voortgangsbeslissing', 'hoofd_opleiding', b, ['voorwaardenUiterlijk'])).toEqual([
      'Dit veld is verplicht',
    ]);
    expect(
      answersSchema('voortgangsbeslissing', 'hoofd_opleiding').safeParse({
        ...b,
        voorwaarden: 'Herkansing KPB-reeks.',
        voorwaardenUiterlijk: '2026-10-01',
      }).success,
    ).toBe(true);
    expect(
      messagesAt(
        'voortgangsbeslissing',
        'hoofd_opleiding',
        { ...b, voorwaarden: 'Herkansing KPB-reeks.', voorwaardenUiterlijk: '2026-06-01' },
        ['voorwaardenUiterlijk'],
      ),
    ).toEqual(['De termijn van de voorwaarden kan niet vóór de datum van de beslissing liggen']);
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
      messagesAt('diensten', 'opleider', { ...d, aantalDiensten: 3, aantalOpAfstand: 4 }, [
        'aantalOpAfstand',
      ]),
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
    // said together with the other errors of an empty form, not only once everything else is valid
    expect(messagesAt('observatie', 'werkplekbegeleider', {}, ['feedback'])).toEqual([
      'Vul minstens één van deze vier in',
    ]);
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
