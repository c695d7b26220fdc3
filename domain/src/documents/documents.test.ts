// The document contracts (docs/data-model.md): one structural timestamp, paths and ids, and parsing as both SDKs
// read (a Timestamp class of each has toDate and toMillis; a Date or a number is not an instant).
import { describe, expect, it } from 'vitest';
import { auditEntrySchema, auditPath } from './audit';
import { calendarFeedPath } from './calendarFeeds';
import {
  formEnvelopeSchema,
  formIdOf,
  formIdPrefixOf,
  formPath,
  partDocSchema,
  partEntryOf,
  partPath,
  trajectIdOfForm,
} from './forms';
import { institutePath, parseInstituteSettings } from './institutes';
import { linkRateLimitSchema } from './linkRateLimits';
import { linkTokenDocSchema, linkTokenPath } from './linkTokens';
import { mailDocSchema, mailPath } from './mail';
import { digestMailId, digestPath } from './reminderDigests';
import { retentionRunPath, retentionRunSchema } from './retentionRuns';
import { isTimestampLike, timestampLikeSchema, withDates } from './timestamp';
import { trajectPath } from './trajecten';
import { versionPath } from './versions';

/** Like either SDK's Timestamp: a class instance with toDate and toMillis. */
class FakeTimestamp {
  constructor(readonly millis: number) {}
  toDate() {
    return new Date(this.millis);
  }
  toMillis() {
    return this.millis;
  }
}
const ts = (iso: string) => new FakeTimestamp(Date.parse(iso));

const envelope = {
  instituteId: 'lumc',
  trajectId: 't42',
  programme: 'huisarts_jaar1',
  formType: 'combel',
  occurrenceKey: 'combel-m3',
  title: 'ComBel maand 3',
  opensAt: ts('2026-03-01T00:00:00Z'),
  dueAt: ts('2026-03-28T22:59:59Z'),
  remindFrom: ts('2026-03-21T00:00:00Z'),
  closesAt: null,
  status: 'open',
  parts: {
    aios: { role: 'aios', raterUids: ['a1'], status: 'submitted', submittedAt: ts('2026-03-02T10:00:00Z') },
  },
  raterUids: ['a1'],
  readerUids: ['a1'],
  staffVisible: true,
  revealed: false,
  nextReminderAt: ts('2026-03-21T00:00:00Z'),
};

describe('timestampLikeSchema', () => {
  it('takes a Timestamp of either SDK by its shape, and nothing else', () => {
    expect(timestampLikeSchema.safeParse(ts('2026-01-01T00:00:00Z')).success).toBe(true);
    for (const notOne of [
      new Date(),
      1,
      '2026-01-01',
      { seconds: 1, nanoseconds: 0 },
      { toMillis: () => 1 },
      null,
    ])
      expect(timestampLikeSchema.safeParse(notOne).success).toBe(false);
    expect(isTimestampLike({ toDate: () => new Date(), toMillis: () => 0 })).toBe(true);
  });

  it('withDates reads every Timestamp at any depth as its Date and leaves the rest', () => {
    const parsed = formEnvelopeSchema.parse(envelope);
    const read = withDates(parsed);
    expect(read.opensAt).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(read.parts.aios?.submittedAt).toEqual(new Date('2026-03-02T10:00:00Z'));
    expect(read.closesAt).toBeNull();
    expect(read.raterUids).toEqual(['a1']);
    // The parsed document itself keeps its Timestamps (the functions write them back as they are).
    expect(parsed.opensAt).toBeInstanceOf(FakeTimestamp);
  });
});

describe('forms and parts', () => {
  it('builds and parses the deterministic formId', () => {
    expect(formIdOf('t42', 'combel-m3')).toBe('t42__combel-m3');
    expect(trajectIdOfForm('t42__leoh-dossier-u7')).toBe('t42');
    expect(trajectIdOfForm('adhoc')).toBe('adhoc');
    expect(formIdOf('t42', 'x').startsWith(formIdPrefixOf('t42'))).toBe(true);
    expect(formPath('t42__combel-m3')).toBe('forms/t42__combel-m3');
    expect(partPath('t42__combel-m3', 'aios')).toBe('forms/t42__combel-m3/parts/aios');
    expect(versionPath('f', 'aios', 2)).toBe('forms/f/parts/aios/versions/2');
  });

  it('parses an envelope, keeps fields it does not know, refuses a wrong instant or part', () => {
    const parsed = formEnvelopeSchema.parse({ ...envelope, addedLater: 1 });
    expect(parsed.addedLater).toBe(1);
    expect(partEntryOf(parsed, 'aios')?.raterUids).toEqual(['a1']);
    expect(partEntryOf(parsed, 'koning')).toBeUndefined();
    expect(formEnvelopeSchema.safeParse({ ...envelope, dueAt: new Date() }).success).toBe(false);
    expect(
      formEnvelopeSchema.safeParse({ ...envelope, parts: { koning: envelope.parts.aios } }).success,
    ).toBe(false);
  });

  it('parses a part; a pending server timestamp may read as null', () => {
    const part = {
      instituteId: 'lumc',
      trajectId: 't42',
      formId: 't42__combel-m3',
      formType: 'combel',
      role: 'aios',
      raterUids: ['a1'],
      opensAt: envelope.opensAt,
      closesAt: null,
      status: 'draft',
      answers: {},
      schemaVersion: 1,
      version: 1,
      revealed: false,
      updatedAt: null,
    };
    expect(partDocSchema.parse(part).updatedAt).toBeNull();
    expect(partDocSchema.safeParse({ ...part, role: 'iemand' }).success).toBe(false);
  });
});

describe('the other collections', () => {
  it('names each document by its collection', () => {
    expect(trajectPath('t1')).toBe('trajecten/t1');
    expect(auditPath('a1')).toBe('audit/a1');
    expect(mailPath('m1')).toBe('mail/m1');
    expect(linkTokenPath('h')).toBe('linkTokens/h');
    expect(digestPath('u1', '2026-03-01')).toBe('reminderDigests/u1_2026-03-01');
    expect(digestMailId('u1', '2026-03-01')).toBe('digest_u1_2026-03-01');
    expect(institutePath('lumc')).toBe('institutes/lumc');
    expect(calendarFeedPath('h')).toBe('calendarFeeds/h');
    expect(retentionRunPath('2026-03-01')).toBe('retentionRuns/2026-03-01');
  });

  it('parses with the one structural timestamp everywhere', () => {
    const at = ts('2026-03-01T00:00:00Z');
    expect(
      auditEntrySchema.safeParse({
        instituteId: null,
        at,
        actorUid: null,
        action: 'mail.sent',
        target: 'mail/m1',
        details: {},
      }).success,
    ).toBe(true);
    expect(
      auditEntrySchema.safeParse({
        instituteId: null,
        at,
        actorUid: null,
        action: 'iets',
        target: 'mail/m1',
        details: {},
      }).success,
    ).toBe(false);
    expect(
      mailDocSchema.safeParse({
        to: 'a@example.nl',
        message: { subject: 'S', text: 'T' },
        delivery: { state: 'SUCCESS', attempts: 1, endTime: at },
      }).success,
    ).toBe(true);
    const token = {
      instituteId: 'lumc',
      formId: 'f',
      partId: 'aios',
      raterName: 'R',
      raterEmail: null,
      invitedBy: 'u',
      invitationId: 'i',
      renewedFrom: null,
      uid: 'ext_1',
      createdAt: at,
      expiresAt: at,
      spentAt: null,
    };
    expect(linkTokenDocSchema.safeParse(token).success).toBe(true);
    expect(linkTokenDocSchema.safeParse({ ...token, expiresAt: Date.now() }).success).toBe(false);
    expect(linkRateLimitSchema.parse({ count: 2 }).count).toBe(2);
    expect(
      retentionRunSchema.safeParse({
        date: '2026-03-01',
        runs: 1,
        firstRunAt: at,
        lastRunAt: at,
        totals: {},
        last: {},
      }).success,
    ).toBe(true);
    expect(parseInstituteSettings('lumc', undefined)).toEqual({});
    expect(() => parseInstituteSettings('lumc', { retentionYears: 0 })).toThrow(/Invalid institute lumc/);
  });
});
