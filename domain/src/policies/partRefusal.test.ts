import { describe, expect, it } from 'vitest';
import type { FormLike } from './common';
import { partRefusal } from './partRefusal';

const roles = { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'] };
const traject = { roles };
const opensAt = new Date('2026-03-01T00:00:00Z');
const closesAt = new Date('2026-04-30T21:59:00Z');
const inWindow = new Date('2026-03-10T12:00:00Z');

/** A ComBel (sealed) with the given part statuses. */
function combel(
  status: { aios?: 'open' | 'draft' | 'submitted'; opleider?: 'open' | 'draft' | 'submitted' } = {},
  extra: Partial<FormLike> = {},
): FormLike {
  return {
    formId: 't1__combel-m3',
    instituteId: 'lumc',
    formType: 'combel',
    status: 'open',
    revealed: false,
    opensAt,
    closesAt,
    parts: {
      aios: {
        role: 'aios',
        raterUids: ['a1'],
        status: status.aios ?? 'open',
        ...(status.aios === 'submitted' && { submittedAt: new Date('2026-03-05T13:15:00Z') }),
      } as never,
      opleider: { role: 'opleider', raterUids: ['o1', 'o2'], status: status.opleider ?? 'open' },
      groepsdocent: { role: 'groepsdocent', raterUids: ['g1'], status: 'open' },
    },
    ...extra,
  };
}

describe('why a part is refused, from its state', () => {
  it('another rater’s part of a sealed form is sealed, not "al ingediend ... heropenen"', () => {
    const reason = partRefusal({ uid: 'o1' }, combel({ aios: 'submitted' }), 'aios', {
      traject,
      now: inWindow,
    });
    expect(reason).toBe(
      'Dit deel is van de aios en blijft verzegeld tot alle beoordelaars hun deel hebben ingediend. Zo beoordeelt iedereen zelfstandig; daarna zie je alle delen naast elkaar.',
    );
    expect(reason).not.toMatch(/heropenen|al ingediend/);
    // Not yet submitted: sealed all the same (that is what keeps it hidden).
    expect(partRefusal({ uid: 'g1' }, combel(), 'opleider', { traject })).toMatch(/blijft verzegeld/);
  });

  it('on a form that is not sealed, another’s part that is not in yet says so', () => {
    const advice: FormLike = {
      formId: 't1__voortgangsadvies-m8',
      instituteId: 'lumc',
      formType: 'voortgangsadvies',
      status: 'open',
      parts: { opleider: { role: 'opleider', raterUids: ['o1'], status: 'draft' } },
    };
    expect(partRefusal({ uid: 'a1' }, advice, 'opleider', { traject: { roles } })).toBe(
      'Dit deel is van de opleider en is nog niet ingediend. Je kunt het lezen zodra het is ingediend.',
    );
  });

  it('one’s own submitted part says when it was submitted', () => {
    const link = { uid: 'ext_1', linkPart: 't1__combel-m3/aios', institute: 'lumc' };
    expect(partRefusal(link, combel({ aios: 'submitted' }), 'aios', { now: inWindow })).toBe(
      'Dit deel is al ingediend op 5 maart 2026 om 14:15 en kan niet meer worden gewijzigd.',
    );
  });

  it('one’s own open part: a closed window, a lapsed form, a form not open yet', () => {
    expect(partRefusal({ uid: 'a1' }, combel(), 'aios', { now: new Date('2026-05-02T08:00:00Z') })).toBe(
      'De termijn van dit formulier is verstreken op 30 april 2026 om 23:59.',
    );
    expect(partRefusal({ uid: 'a1' }, combel({}, { status: 'vervallen' }), 'aios', { now: inWindow })).toBe(
      'Dit formulier is vervallen en kan niet meer worden ingevuld.',
    );
    expect(partRefusal({ uid: 'a1' }, combel(), 'aios', { now: new Date('2026-02-01T08:00:00Z') })).toBe(
      'Dit formulier is nog niet open; het opent op 1 maart 2026 om 01:00.',
    );
    expect(partRefusal({ uid: 'a1' }, combel(), 'aios', { now: inWindow, traject })).toBeUndefined();
  });

  it('someone with no part and no reading right hears who fills it, not its status', () => {
    expect(partRefusal({ uid: 'x9' }, combel({ aios: 'submitted' }), 'aios', { traject })).toBe(
      'Alleen de aios van dit traject vult dit deel in.',
    );
    expect(
      partRefusal({ uid: 's1', staffRoles: ['secretariaat'] }, combel({ aios: 'submitted' }), 'aios', {}),
    ).toBe(
      'Medewerkers van het instituut beheren trajecten maar schrijven geen beoordelingen in andermans deel.',
    );
  });
});
