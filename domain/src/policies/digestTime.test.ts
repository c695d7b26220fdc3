import { describe, expect, it } from 'vitest';
import { digestSendAt, digestWaitsUntil, isPlanningRun } from './digestTime';
import {
  DIGEST_HOURS,
  mailPreferencesOf,
  REMINDER_JOB_SCHEDULE,
  preferencesSchema,
} from '../documents/preferences';

describe('digest time', () => {
  it('is the chosen hour in Amsterdam, winter and summer time alike', () => {
    expect(digestSendAt('2025-12-10', 12).toISOString()).toBe('2025-12-10T11:00:00.000Z');
    expect(digestSendAt('2026-06-10', 17).toISOString()).toBe('2026-06-10T15:00:00.000Z');
  });

  it('sends the earliest hour at any run, a later hour only once it has come', () => {
    const seven = new Date('2025-12-10T06:00:00Z');
    expect(digestWaitsUntil('2025-12-10', 7, new Date('2025-12-10T02:00:00Z'))).toBeNull();
    expect(digestWaitsUntil('2025-12-10', 12, seven)?.toISOString()).toBe('2025-12-10T11:00:00.000Z');
    expect(digestWaitsUntil('2025-12-10', 17, seven)?.toISOString()).toBe('2025-12-10T16:00:00.000Z');
    expect(digestWaitsUntil('2025-12-10', 12, new Date('2025-12-10T11:00:00Z'))).toBeNull();
    expect(digestWaitsUntil('2025-12-10', 12, new Date('2025-12-10T16:00:00Z'))).toBeNull();
  });

  it('calls the runs before 12:00 the planning run of the day', () => {
    expect(isPlanningRun('2025-12-10', new Date('2025-12-10T06:00:00Z'))).toBe(true);
    expect(isPlanningRun('2025-12-10', new Date('2025-12-10T11:00:00Z'))).toBe(false);
  });

  it('runs the job once at each hour a person may choose', () => {
    expect(REMINDER_JOB_SCHEDULE).toBe(`0 ${DIGEST_HOURS.join(',')} * * *`);
    expect(REMINDER_JOB_SCHEDULE).toBe('0 7,12,17 * * *');
  });
});

describe('preferences document', () => {
  it('fills in the defaults and reads what the person chose', () => {
    expect(mailPreferencesOf(undefined)).toEqual({ digestHour: 7, optedOut: new Set() });
    const p = mailPreferencesOf({ digestHour: 17, optOut: { berichten: true } });
    expect(p.digestHour).toBe(17);
    expect([...p.optedOut]).toEqual(['berichten']);
    expect([...mailPreferencesOf({ optOut: { berichten: false } }).optedOut]).toEqual([]);
  });

  it('refuses an hour that is not offered, an unknown topic or an unknown field', () => {
    expect(preferencesSchema.safeParse({ digestHour: 3 }).success).toBe(false);
    expect(preferencesSchema.safeParse({ digestHour: '12' }).success).toBe(false);
    expect(preferencesSchema.safeParse({ optOut: { herinneringen: true } }).success).toBe(false);
    expect(preferencesSchema.safeParse({ uid: 'someone-else' }).success).toBe(false);
    // A document that does not fit counts as absent: the defaults, never a silenced reminder.
    expect(mailPreferencesOf({ digestHour: 3 }).digestHour).toBe(7);
  });
});
