import { describe, expect, it } from 'vitest';
import type { FormLike } from '@praktijkvolg/domain';
import { refusalReason, writeFailureReason } from './refusalReason';

const opensAt = new Date('2026-03-01T00:00:00Z');
const closesAt = new Date('2026-04-30T21:59:00Z');
const inWindow = new Date('2026-03-10T12:00:00Z');
const traject = {
  traineeName: 'Sanne Visser',
  roles: { deelnemer: ['d1'], werkplekbegeleider: ['w1'], assessor: ['as1'] },
};

/** A summative lesson observation (ALPO) with an open assessor part. */
function lesbezoek(extra: Partial<FormLike> = {}): FormLike {
  return {
    formId: 't1__lesbezoek-summatief',
    instituteId: 'hu',
    formType: 'beoordeling_summatief',
    status: 'open',
    opensAt,
    closesAt,
    parts: { assessor: { role: 'assessor', raterUids: ['as1'], status: 'open' } },
    ...extra,
  } as FormLike;
}

describe('why a part is refused', () => {
  it('a werkplekbegeleider opening the assessor part hears the separation rule, with the trainee named', () => {
    const reason = refusalReason({
      actor: { uid: 'w1', institute: 'hu' },
      partId: 'assessor',
      traject,
      now: inWindow,
    });
    expect(reason).toMatch(
      /^Je bent werkplekbegeleider van Sanne Visser\. Een werkplekbegeleider mag nooit assessor/,
    );
  });

  it('another role in the traject hears whose part it is and what their own role is', () => {
    expect(
      refusalReason({ actor: { uid: 'd1', institute: 'hu' }, partId: 'opleider', traject, now: inWindow }),
    ).toBe(
      'Dit deel is voor de opleider. Jij bent deelnemer in dit traject en kunt dit deel daarom niet invullen of inzien.',
    );
  });

  it('staff and strangers get their own reason', () => {
    expect(
      refusalReason({
        actor: { uid: 's1', staffRoles: ['secretariaat'] },
        partId: 'assessor',
        now: inWindow,
      }),
    ).toMatch(/^Medewerkers van het instituut/);
    expect(refusalReason({ actor: { uid: 'x' }, partId: 'assessor', now: inWindow })).toMatch(
      /^Je hebt geen toegang tot dit formulier/,
    );
  });

  it('with the form readable, its state decides first (window closed)', () => {
    const after = new Date('2026-05-02T10:00:00Z');
    expect(
      refusalReason({
        actor: { uid: 'as1', institute: 'hu' },
        partId: 'assessor',
        form: lesbezoek(),
        traject,
        now: after,
      }),
    ).toMatch(/^De termijn van dit formulier is verstreken op/);
  });
});

describe('why a save or submission failed', () => {
  const ctx = { actor: { uid: 'as1', institute: 'hu' }, partId: 'assessor' as const, traject, now: inWindow };

  it('keeps a failure that is not a refusal as it is', () => {
    expect(writeFailureReason({ refused: false, message: 'Te veel verzoeken.' }, ctx)).toBe(
      'Te veel verzoeken.',
    );
  });

  it('explains a refusal from the part’s state when the domain can tell why', () => {
    const submitted = lesbezoek({
      parts: { assessor: { role: 'assessor', raterUids: ['as1'], status: 'submitted' } },
    });
    expect(writeFailureReason({ refused: true }, { ...ctx, form: submitted })).toMatch(
      /^Dit deel is al ingediend/,
    );
  });

  it('otherwise says what to do and that nothing typed is lost', () => {
    const reason = writeFailureReason({ refused: true }, { ...ctx, form: lesbezoek() });
    expect(reason).toMatch(/weigerden dit/);
    expect(reason).toMatch(/blijven op dit toestel bewaard/);
  });
});
