import { describe, expect, it } from 'vitest';
import { answersHeading, otherWriter, partFillerText } from './Designation';
import type { PartDesignation } from './model';

const jan: PartDesignation = {
  name: 'Jan Waarnemer',
  raterUid: 'ext_jan',
  invitationId: 'i1',
  designatedBy: 'o2',
  designatedByName: 'Marieke Bos',
  designatedAs: 'rater',
  at: new Date('2026-03-01T10:00:00Z'),
};
const names = { o1: 'Pieter van Dijk', o2: 'Marieke Bos' };

describe('who filled a part', () => {
  it('a duo-opleider never reads the other opleider’s answers as "Jouw antwoorden"', () => {
    expect(answersHeading({ status: 'submitted', updatedBy: 'o1' }, names, 'o2')).toBe(
      'Antwoorden van Pieter van Dijk',
    );
    expect(answersHeading({ status: 'submitted', updatedBy: 'o2' }, names, 'o2')).toBe('Jouw antwoorden');
    expect(answersHeading({ status: 'submitted', updatedBy: 'x' }, names, 'o2')).toBe(
      'Antwoorden van een andere beoordelaar',
    );
    expect(otherWriter({ status: 'draft', updatedBy: 'ext_jan', designation: jan }, names, 'o1')).toBe(
      'Jan Waarnemer',
    );
  });

  it('a designated part says who filled it and who named them', () => {
    expect(partFillerText({ status: 'submitted', updatedBy: 'ext_jan', designation: jan }, names)).toBe(
      'Ingevuld door Jan Waarnemer, aangewezen door Marieke Bos',
    );
    expect(partFillerText({ status: 'open', designation: jan })).toBe(
      'Waarnemer: Jan Waarnemer, aangewezen door Marieke Bos',
    );
    expect(partFillerText({ status: 'submitted', updatedBy: 'o1', designation: jan }, names)).toBe(
      'Ingevuld door Pieter van Dijk',
    );
    expect(
      partFillerText({
        status: 'draft',
        designation: { ...jan, designatedAs: 'trainee', designatedByName: 'Daan' },
      }),
    ).toBe('Uitgenodigd: Jan Waarnemer, uitgenodigd door Daan');
    expect(partFillerText({ status: 'open' })).toBeNull();
  });
});
