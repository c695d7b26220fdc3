import { describe, expect, it } from 'vitest';
import { answerLines, answerSections, answerText, bounded, NOT_ANSWERED, sectionLines } from './answersText';
import { FORM_EXAMPLES } from './examples';
import { FORM_DEFINITIONS } from './registry';
import { fieldsForPart } from './schema';
import type { LeafField } from './types';

const leoh = FORM_DEFINITIONS.leoh;
const leerdoelen = FORM_DEFINITIONS.leerdoelen;

describe('answerText', () => {
  const choice: LeafField = {
    key: 'c',
    kind: 'choice',
    label: 'Keuze',
    required: false,
    multiple: true,
    options: [
      { value: 'a', label: 'Eerste' },
      { value: 'b', label: 'Tweede' },
    ],
  };
  it('gives option labels, Ja/Nee, Dutch dates and the text itself', () => {
    expect(answerText(choice, ['b', 'a'])).toBe('Tweede, Eerste');
    expect(answerText(choice, 'x')).toBe('x'); // an option that no longer exists keeps its stored value
    expect(answerText({ key: 'b', kind: 'boolean', label: 'B', required: false }, false)).toBe('Nee');
    expect(answerText({ key: 'd', kind: 'date', label: 'D', required: false }, '2025-11-20')).toBe(
      '20 november 2025',
    );
    expect(
      answerText({ key: 't', kind: 'text', label: 'T', required: false, maxLength: 9 }, 'Đorđević'),
    ).toBe('Đorđević');
  });

  it('says "niet ingevuld" for nothing, an empty string or an empty choice', () => {
    for (const v of [undefined, null, '', []]) expect(answerText(choice, v)).toBe(NOT_ANSWERED);
  });

  it('cuts stored values at the field limit, and says so', () => {
    const long = answerText(
      { key: 't', kind: 'text', label: 'T', required: false, maxLength: 5 },
      'abcdefgh',
    );
    expect(long.startsWith('abcde …')).toBe(true);
    expect(long).toContain('8 tekens');
    expect(
      answerText(
        choice,
        Array.from({ length: 50 }, () => 'a'),
      ),
    ).toBe('Eerste, Eerste');
    expect(bounded('kort', 10)).toBe('kort');
  });
});

describe('answerSections and answerLines', () => {
  it('keeps the definition order, with groups as items and every sub-question', () => {
    const sections = answerSections(fieldsForPart(leoh, 'aios'), FORM_EXAMPLES.leoh.aios!);
    expect(sections.map((s) => s.key)).toEqual(fieldsForPart(leoh, 'aios').map((f) => f.key));
    const rollen = sections.find(
      (s) => s.kind === 'items' && s.label === 'De opleider in zijn of haar rollen',
    );
    expect(rollen?.kind === 'items' && rollen.items[0]!.label).toBe('Leermeester');
    expect(rollen?.kind === 'items' && rollen.items[0]!.answers.map((a) => a.label)).toEqual([
      'Oordeel',
      'Toelichting',
    ]);
  });

  it('flattens to the lines the PDFs print', () => {
    const lines = answerLines(leoh, 'aios', FORM_EXAMPLES.leoh.aios!);
    expect(lines).toContainEqual({ kind: 'heading', text: 'De opleider in zijn of haar rollen' });
    expect(lines).toContainEqual({ kind: 'item', text: 'Leermeester' });
    expect(lines).toContainEqual({ kind: 'answer', label: 'Oordeel', value: 'Uitstekend' });
    expect(lines).toContainEqual({ kind: 'answer', label: 'Toelichting', value: NOT_ANSWERED });
  });

  it('numbers list entries, and shows an empty list as not answered', () => {
    const answers = { leerdoelen: [{ doel: 'Feedback geven' }, { doel: 'Differentiëren', inCursus: true }] };
    const lines = answerLines(leerdoelen, 'deelnemer', answers);
    expect(lines.slice(0, 3)).toEqual([
      { kind: 'heading', text: 'Leerdoelen' },
      { kind: 'item', text: 'Leerdoel 1' },
      { kind: 'answer', label: 'Leerdoel', value: 'Feedback geven' },
    ]);
    expect(lines).toContainEqual({ kind: 'item', text: 'Leerdoel 2' });
    expect(lines).toContainEqual({
      kind: 'answer',
      label: 'Dit leerdoel komt in de cursus aan bod',
      value: 'Ja',
    });
    expect(answerLines(leerdoelen, 'deelnemer', {})[0]).toEqual({
      kind: 'answer',
      label: 'Leerdoelen',
      value: NOT_ANSWERED,
    });
  });

  it('never throws on stored data of the wrong shape', () => {
    const odd = { leerdoelen: 'geen lijst', verwachtingen: 42, besprokenOp: 'gisteren' };
    const lines = sectionLines(answerSections(fieldsForPart(leerdoelen, 'deelnemer'), odd));
    expect(lines).toContainEqual({ kind: 'answer', label: 'Wederzijdse verwachtingen', value: '42' });
    expect(lines).toContainEqual({
      kind: 'answer',
      label: 'Besproken met de collega-docent op',
      value: 'gisteren',
    });
  });
});
