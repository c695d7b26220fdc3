import { describe, expect, it } from 'vitest';
import { digestEventItemSchema } from '../documents/digestEvents';
import { comparisonReadyEvents, TRAJECT_NEW_FIRST_FORMS, trajectNewEvents } from './eventMails';

const combel = {
  formId: 't1__combel-m3',
  formType: 'combel' as const,
  title: 'ComBel maand 3',
  traineeName: 'Anna de Vries',
  round: 1,
  parts: {
    aios: { raterUids: ['a1'] },
    opleider: { raterUids: ['o1', 'ext_abc'] },
    groepsdocent: { raterUids: ['g1'] },
  },
  traineeUids: ['a1'],
};

describe('comparisonReadyEvents: the ComBel comparison is ready', () => {
  it('one event per person with an account who takes part, each saying why, linking to the form', () => {
    const events = comparisonReadyEvents(combel);
    expect(events.map((e) => e.uid)).toEqual(['a1', 'g1', 'o1']); // never the link rater ext_…
    for (const e of events) {
      expect(digestEventItemSchema.safeParse(e.item).success).toBe(true);
      expect(e.item.path).toBe('/formulieren/t1__combel-m3');
      expect(e.item.title).toBe('ComBel maand 3 van Anna de Vries: de vergelijking staat klaar');
      expect(e.item.why).toMatch(/^Je krijgt dit bericht omdat /);
    }
    expect(events.find((e) => e.uid === 'o1')!.item.why).toContain('het deel "opleider"');
  });

  it('ids are deterministic per reveal: a retry writes the same, a new reveal (after a correction) a new one', () => {
    expect(comparisonReadyEvents(combel).map((e) => e.item.eventId)).toEqual(
      comparisonReadyEvents(combel).map((e) => e.item.eventId),
    );
    expect(comparisonReadyEvents({ ...combel, round: 2 })[0]!.item.eventId).toBe(
      'comparison-ready_t1__combel-m3_r2_a1',
    );
  });

  it('the trainee hears it even without a part of their own; an unsealed form has no comparison', () => {
    const { aios: _a, ...parts } = combel.parts;
    expect(comparisonReadyEvents({ ...combel, parts }).find((e) => e.uid === 'a1')!.item.why).toContain(
      'over jou gaat',
    );
    expect(comparisonReadyEvents({ ...combel, formType: 'voortgangsadvies' })).toEqual([]);
  });
});

describe('trajectNewEvents: a new traject', () => {
  const forms = [
    { title: 'LEOh maand 3', dueDate: '2026-12-01', parts: [{ partId: 'aios' as const, raterUids: ['a1'] }] },
    {
      title: 'ComBel maand 3',
      dueDate: '2026-12-01',
      parts: [
        { partId: 'aios' as const, raterUids: ['a1'] },
        { partId: 'opleider' as const, raterUids: ['o1', 'o2'] },
        { partId: 'groepsdocent' as const, raterUids: ['g1'] },
      ],
    },
    {
      title: 'ComBel maand 6',
      dueDate: '2027-03-01',
      parts: [{ partId: 'opleider' as const, raterUids: ['o1', 'o2'] }],
    },
  ];
  const traject = {
    trajectId: 't9',
    programme: 'huisarts_jaar1' as const,
    traineeName: 'Noor Bakker',
    startDate: '2026-09-01',
    roles: { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'] },
    forms,
  };

  it('to the aios and each opleider, with why and their own first forms by due day; not to the docenten', () => {
    const events = trajectNewEvents(traject);
    expect(events.map((e) => e.uid)).toEqual(['a1', 'o1', 'o2']);
    const aios = events[0]!.item;
    expect(digestEventItemSchema.safeParse(aios).success).toBe(true);
    expect(aios).toMatchObject({ eventId: 'traject-new_t9_a1', kind: 'traject_new', path: '/' });
    expect(aios.title).toBe(
      'Nieuw traject: Noor Bakker, Huisartsopleiding fase I (jaar 1), vanaf 1 september 2026',
    );
    expect(aios.why).toContain('jouw traject');
    expect(aios.lines).toEqual([
      'ComBel maand 3: aios, uiterlijk 1 december 2026',
      'LEOh maand 3: aios, uiterlijk 1 december 2026',
    ]);
    expect(events[1]!.item.why).toContain('opleider bent in het traject van Noor Bakker');
    expect(events[1]!.item.lines).toEqual([
      'ComBel maand 3: opleider, uiterlijk 1 december 2026',
      'ComBel maand 6: opleider, uiterlijk 1 maart 2027',
    ]);
  });

  it(`lists at most ${TRAJECT_NEW_FIRST_FORMS} forms`, () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      title: `KPB ${i + 1}`,
      dueDate: `2026-10-0${i + 1}`,
      parts: [{ partId: 'opleider' as const, raterUids: ['o1'] }],
    }));
    expect(
      trajectNewEvents({ ...traject, forms: many }).find((e) => e.uid === 'o1')!.item.lines,
    ).toHaveLength(TRAJECT_NEW_FIRST_FORMS);
  });
});
