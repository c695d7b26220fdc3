import { describe, expect, it } from 'vitest';
import type { Actor, FormLike } from './common';
import { mayReopenPart, REOPEN_MESSAGES, reopenedLine, revealedAfterReopen } from './reopenPart';
import { reopenReasonField } from './reopenReason';

const now = new Date('2026-03-10T12:00:00Z');
const closesAt = new Date('2026-04-30T21:59:00Z');
const combel = (
  aios: 'open' | 'draft' | 'submitted' = 'submitted',
  extra: Partial<FormLike> = {},
): FormLike => ({
  formId: 't1__combel-m3',
  instituteId: 'lumc',
  formType: 'combel',
  status: 'completed',
  revealed: true,
  opensAt: new Date('2026-03-01T00:00:00Z'),
  closesAt,
  parts: {
    aios: { role: 'aios', raterUids: ['a1'], status: aios },
    opleider: { role: 'opleider', raterUids: ['o1'], status: 'submitted' },
  },
  ...extra,
});
const secretariaat: Actor = { uid: 's1', institute: 'lumc', staffRoles: ['secretariaat'] };

describe('mayReopenPart: only the secretariat of the institute, only a submitted part', () => {
  it('the secretariat reopens a submitted part', () => {
    expect(mayReopenPart(secretariaat, combel(), 'aios', now)).toEqual({ ok: true });
  });

  it.each([
    ['the aios (the part’s own rater)', { uid: 'a1', institute: 'lumc' }],
    ['the opleider', { uid: 'o1', institute: 'lumc' }],
    ['the hoofd opleiding', { uid: 'h1', institute: 'lumc', staffRoles: ['hoofd_opleiding'] }],
    ['the admin', { uid: 'ad1', institute: 'lumc', staffRoles: ['admin'] }],
    [
      'a link session with a secretariaat claim',
      { uid: 'x', institute: 'lumc', staffRoles: ['secretariaat'], linkPart: 't1__combel-m3/aios' },
    ],
  ] as [string, Actor][])('refuses %s', (_who, actor) => {
    expect(mayReopenPart(actor, combel(), 'aios', now)).toEqual({
      ok: false,
      reason: REOPEN_MESSAGES.notSecretariaat,
    });
  });

  it('refuses the secretariat of another institute, and a secretariat without an institute', () => {
    const other = { ...secretariaat, institute: 'hr' };
    expect(mayReopenPart(other, combel(), 'aios', now)).toEqual({
      ok: false,
      reason: REOPEN_MESSAGES.otherInstitute,
    });
    const { institute: _i, ...none } = secretariaat;
    expect(mayReopenPart(none, combel(), 'aios', now).ok).toBe(false);
  });

  it('refuses a part that is not submitted, a part the form lacks, a lapsed form, a closed window', () => {
    expect(mayReopenPart(secretariaat, combel('draft'), 'aios', now)).toEqual({
      ok: false,
      reason: REOPEN_MESSAGES.notSubmitted,
    });
    expect(mayReopenPart(secretariaat, combel('open'), 'aios', now).ok).toBe(false);
    expect(mayReopenPart(secretariaat, combel(), 'groepsdocent', now)).toEqual({
      ok: false,
      reason: REOPEN_MESSAGES.noPart,
    });
    expect(mayReopenPart(secretariaat, combel('submitted', { status: 'vervallen' }), 'aios', now).ok).toBe(
      false,
    );
    const late = mayReopenPart(secretariaat, combel(), 'aios', new Date('2026-05-02T08:00:00Z'));
    expect(late).toEqual({ ok: false, reason: expect.stringContaining('verstreken op 30 april 2026') });
  });

  it('never a LEOh (rule 3) nor a progress decision (rule 4)', () => {
    const leoh = combel('submitted', {
      formType: 'leoh',
      leohKind: 'dossier',
      parts: { aios: { role: 'aios', raterUids: ['a1'], status: 'submitted' } },
    });
    expect(mayReopenPart(secretariaat, leoh, 'aios', now)).toEqual({
      ok: false,
      reason: REOPEN_MESSAGES.leoh,
    });
    const decision = combel('submitted', {
      formType: 'voortgangsbeslissing',
      parts: { hoofd_opleiding: { role: 'hoofd_opleiding', raterUids: [], status: 'submitted' } },
    });
    expect(mayReopenPart(secretariaat, decision, 'hoofd_opleiding', now)).toEqual({
      ok: false,
      reason: REOPEN_MESSAGES.decision,
    });
  });
});

describe('revealedAfterReopen: a sealed round closes again', () => {
  it('a revealed ComBel is sealed again; an unsealed form keeps its state', () => {
    expect(revealedAfterReopen({ formType: 'combel', revealed: true })).toBe(false);
    expect(revealedAfterReopen({ formType: 'voortgangsadvies', revealed: true })).toBe(true);
    expect(revealedAfterReopen({ formType: 'kpb', revealed: false })).toBe(false);
  });
});

describe('the reason and the line', () => {
  it('the reason is required, trimmed and free of hidden characters', () => {
    expect(reopenReasonField.safeParse('  Verkeerde datum  ').data).toBe('Verkeerde datum');
    expect(reopenReasonField.safeParse('   ').error?.issues[0]?.message).toBe(REOPEN_MESSAGES.reasonRequired);
    expect(reopenReasonField.safeParse(undefined).error?.issues[0]?.message).toBe(
      REOPEN_MESSAGES.reasonRequired,
    );
    expect(reopenReasonField.safeParse('a\u202Eb').success).toBe(false);
    expect(reopenReasonField.safeParse('x'.repeat(501)).success).toBe(false);
  });

  it('reads "Heropend door <naam> op <datum>: <reden>"', () => {
    expect(reopenedLine({ byName: 'Sanne Bakker', at: now, reason: 'Verkeerde datum' })).toBe(
      'Heropend door Sanne Bakker op 10 maart 2026: Verkeerde datum',
    );
  });
});
