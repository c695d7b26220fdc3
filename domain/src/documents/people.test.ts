import { describe, expect, it } from 'vitest';
import { hasEmail, parsePerson, personPath, personSchema } from './people';

describe('people contract', () => {
  it('parses a person without an e-mail address (issue 11: one such person broke the whole list)', () => {
    const p = parsePerson('u-zonder', { instituteId: 'lumc', displayName: 'Zonder Adres' });
    expect(p).toEqual({ uid: 'u-zonder', instituteId: 'lumc', displayName: 'Zonder Adres', staffRoles: [] });
    expect(hasEmail(p)).toBe(false);
  });

  it('accepts a Timestamp of either SDK by its shape, and a pending server timestamp (null)', () => {
    const ts = { toMillis: () => 0, toDate: () => new Date(0), seconds: 0, nanoseconds: 0 };
    const base = {
      instituteId: 'lumc',
      displayName: 'A',
      email: 'a@example.nl',
      staffRoles: ['secretariaat'],
    };
    expect(personSchema.parse({ ...base, updatedAt: ts }).updatedAt).toBe(ts);
    expect(personSchema.parse({ ...base, updatedAt: null }).updatedAt).toBeNull();
    expect(personSchema.safeParse({ ...base, updatedAt: '2025-01-01' }).success).toBe(false);
    expect(hasEmail(parsePerson('u-a', base))).toBe(true);
  });

  it('refuses what is not a person, naming the uid', () => {
    expect(() => parsePerson('u-x', { displayName: 'Geen instituut' })).toThrow(/^Invalid person u-x/);
    expect(() =>
      parsePerson('u-x', { instituteId: 'lumc', displayName: 'X', staffRoles: ['koning'] }),
    ).toThrow();
    expect(personPath('u-x')).toBe('people/u-x');
  });
});
