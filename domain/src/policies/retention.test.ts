// Retention policy (docs/data-model.md, "Retention"): which trajecten are past their term, the short terms, and
// what an anonymised audit entry keeps.
import { describe, expect, it } from 'vitest';
import { trajectSchema, TRAJECT_SERVER_FIELDS, trajectServerFieldsOf } from '../traject';
import {
  anonymiseAuditEntry,
  isAnonymised,
  redactIds,
  retainedUntil,
  RETENTION_DAYS,
  RETENTION_YEARS,
  retentionYearsOf,
  shortTermCutoffs,
  trajectRetention,
  trajectRetentionCutoff,
} from './retention';

const NOW = new Date('2033-03-10T02:00:00Z'); // 03:00 in Amsterdam

describe('retentionYearsOf', () => {
  it('takes the institute’s own whole number of years within the bounds, else the default', () => {
    expect(retentionYearsOf({ retentionYears: 10 })).toBe(10);
    expect(retentionYearsOf({ retentionYears: RETENTION_YEARS.min })).toBe(RETENTION_YEARS.min);
    expect(retentionYearsOf({ retentionYears: RETENTION_YEARS.max })).toBe(RETENTION_YEARS.max);
    for (const bad of [0, -3, 21, 2.5, '7', null, Number.NaN]) {
      expect(retentionYearsOf({ retentionYears: bad })).toBe(RETENTION_YEARS.default);
    }
    expect(retentionYearsOf(undefined)).toBe(7);
    expect(retentionYearsOf({})).toBe(7);
  });
});

describe('trajectRetention', () => {
  const ended = (changedAt: string | null, extra: { legalHold?: unknown } = {}) => ({
    status: 'afgerond' as const,
    changedAt: changedAt ? new Date(changedAt) : null,
    ...extra,
  });

  it('an active traject has no term, whenever it last changed', () => {
    expect(trajectRetention({ status: 'actief', changedAt: new Date('2001-01-01') }, 7, NOW)).toEqual({
      state: 'active',
    });
  });

  it('an ended traject is kept for the institute’s years after its last change, then expires', () => {
    // Seven calendar years before 10 March 2033 03:00 Amsterdam.
    expect(trajectRetentionCutoff(NOW, 7).toISOString()).toBe('2026-03-10T02:00:00.000Z');
    expect(trajectRetention(ended('2026-03-10T02:00:00Z'), 7, NOW)).toEqual({
      state: 'expired',
      since: new Date('2033-03-10T02:00:00Z'),
    });
    expect(trajectRetention(ended('2026-03-10T02:00:01Z'), 7, NOW)).toEqual({
      state: 'kept',
      until: new Date('2033-03-10T02:00:01Z'),
    });
    expect(trajectRetention({ ...ended('2030-01-01T00:00:00Z'), status: 'gestopt' }, 3, NOW).state).toBe(
      'expired',
    );
    expect(trajectRetention(ended('2030-01-01T00:00:00Z'), 4, NOW).state).toBe('kept');
  });

  it('a legal hold keeps an ended traject whatever its age', () => {
    const hold = { reason: 'Bezwaarprocedure', setBy: 'adm1', setAt: new Date() };
    expect(trajectRetention(ended('2001-01-01T00:00:00Z', { legalHold: hold }), 1, NOW)).toEqual({
      state: 'held',
    });
    expect(trajectRetention({ status: 'actief', changedAt: null, legalHold: hold }, 1, NOW)).toEqual({
      state: 'held',
    });
  });

  it('an ended traject without a known last change is kept (the job cannot date it)', () => {
    expect(trajectRetention(ended(null), 1, NOW)).toEqual({ state: 'kept', until: null });
  });

  it('counts calendar years in Amsterdam across summer time', () => {
    // 1 July 2026 12:00 Amsterdam (summer time) + 7 years = 1 July 2033 12:00 Amsterdam.
    expect(retainedUntil(new Date('2026-07-01T10:00:00Z'), 7).toISOString()).toBe('2033-07-01T10:00:00.000Z');
  });
});

describe('short terms', () => {
  it('are counted back from now in days', () => {
    const c = shortTermCutoffs(NOW);
    expect(c.mailBody.toISOString()).toBe('2033-03-03T02:00:00.000Z');
    expect(c.mail.toISOString()).toBe('2033-02-08T02:00:00.000Z');
    expect(c.reminderDigest.toISOString()).toBe('2033-02-24T02:00:00.000Z');
    expect(c.linkTokenAfterExpiry.toISOString()).toBe('2033-02-08T02:00:00.000Z');
    expect(RETENTION_DAYS.mailBody).toBeLessThan(RETENTION_DAYS.mail);
  });
});

describe('anonymiseAuditEntry', () => {
  const invitation = {
    actorUid: 'aios1',
    target: 'forms/t1__combel-m3/parts/opleider',
    details: {
      inviteeName: 'Piet Waarnemer',
      inviteeEmail: 'piet@example.nl',
      via: 'link',
      designatedAs: 'trainee',
      token: 'ab12cd34',
      replaced: { invitationId: 'x', name: 'Ria' },
      trajectId: 't1',
    },
  };

  it('keeps action facts and drops the actor, names, addresses, free text and nested values', () => {
    const out = anonymiseAuditEntry(invitation, ['aios1', 'opl1']);
    expect(out).toEqual({
      actorUid: null,
      target: 'forms/t1__combel-m3/parts/opleider',
      details: { via: 'link', designatedAs: 'trainee', trajectId: 't1', anonymised: true },
    });
    expect(isAnonymised(out.details)).toBe(true);
    expect(isAnonymised(invitation.details)).toBe(false);
  });

  it('takes person ids out of the target, and only whole ids', () => {
    const leoh = {
      actorUid: 'aios1',
      target: 'forms/t1__leoh-dossier-m9-opl1/parts/aios',
      details: { version: 1 },
    };
    expect(anonymiseAuditEntry(leoh, ['opl1']).target).toBe('forms/t1__leoh-dossier-m9-~/parts/aios');
    expect(redactIds('mail/digest_o1_2026-01-05', ['o1'])).toBe('mail/digest_~_2026-01-05');
    // 'o1' inside 'combel-o10' or 'to1' is another id: left alone.
    expect(redactIds('forms/t1__combel-o10/parts/to1', ['o1'])).toBe('forms/t1__combel-o10/parts/to1');
    // The actor's own id goes too, without being named.
    expect(anonymiseAuditEntry({ ...leoh, target: 'people/aios1' }, []).target).toBe('people/~');
  });

  it('gives the same entry when run twice (the job may repeat after a crash)', () => {
    const once = anonymiseAuditEntry(invitation, ['aios1']);
    expect(anonymiseAuditEntry(once, ['aios1'])).toEqual(once);
  });
});

describe('legalHold on the traject', () => {
  it('is a server-owned field the traject schema reads', () => {
    expect(TRAJECT_SERVER_FIELDS).toEqual(['legalHold']);
    const t = {
      instituteId: 'i',
      programme: 'huisarts_jaar1',
      traineeName: 'X',
      workplace: '',
      startDate: '2026-01-05',
      partTimeFactor: 1,
      pauses: [],
      roles: { aios: ['a'] },
      members: ['a'],
      names: { a: 'A' },
      status: 'afgerond',
    };
    expect(
      trajectSchema.safeParse({ ...t, legalHold: { reason: 'Klacht', setBy: 'adm', setAt: 1 } }).success,
    ).toBe(true);
    expect(trajectSchema.safeParse({ ...t, legalHold: { reason: '', setBy: 'adm', setAt: 1 } }).success).toBe(
      false,
    );
    expect(trajectSchema.safeParse({ ...t, legalHold: true }).success).toBe(false);
  });

  it('is carried through a client’s full write (trajectServerFieldsOf), and absent when there is none', () => {
    const legalHold = { reason: 'Klacht', setBy: 'adm', setAt: { seconds: 1 } };
    expect(trajectServerFieldsOf({ legalHold })).toEqual({ legalHold });
    expect(trajectServerFieldsOf({})).toEqual({});
    expect(trajectServerFieldsOf(undefined)).toEqual({});
  });
});
