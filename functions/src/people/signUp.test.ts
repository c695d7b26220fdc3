// The blocking function's decision (the Auth emulator runs the function itself: tests/links/people.test.ts).
import type { Firestore } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { decideSignUp, SIGN_UP_MESSAGES, signInMethodOf } from './signUp.js';

/** A Firestore that knows one person; it fails the test if the decision reads when it should not. */
function db(knownEmail: string | null, reads: string[] = []): Firestore {
  const query = (value: string) => ({
    limit: () => ({
      get: async () => {
        reads.push(value);
        const docs =
          value === knownEmail
            ? [
                {
                  id: 'u-bekend',
                  data: () => ({ instituteId: 'lumc', displayName: 'Bekend', email: knownEmail }),
                },
              ]
            : [];
        return { docs };
      },
    }),
  });
  return {
    collection: () => ({ where: (_f: string, _op: string, v: string) => query(v) }),
  } as unknown as Firestore;
}

describe('decideSignUp', () => {
  it('refuses a password account, for a known address too, without looking anything up', async () => {
    const reads: string[] = [];
    const r = await decideSignUp(db('anna@lumc-huisarts.example', reads), {
      email: 'anna@lumc-huisarts.example',
      signInMethod: 'password',
    });
    expect(r).toEqual({ ok: false, message: SIGN_UP_MESSAGES.password });
    expect(reads).toEqual([]);
  });

  it('allows an e-mail link sign-up only for the address of a known person', async () => {
    expect(
      await decideSignUp(db('anna@lumc-huisarts.example'), {
        email: 'Anna@LUMC-huisarts.example',
        signInMethod: 'emailLink',
      }),
    ).toEqual({ ok: true });
    expect(
      await decideSignUp(db('anna@lumc-huisarts.example'), {
        email: 'vreemd@example.nl',
        signInMethod: 'emailLink',
      }),
    ).toEqual({
      ok: false,
      message: SIGN_UP_MESSAGES.unknown,
    });
  });

  it('refuses every other way in, and an account without address', async () => {
    for (const signInMethod of ['phone', 'google.com', undefined])
      expect((await decideSignUp(db('a@example.nl'), { email: 'a@example.nl', signInMethod })).ok).toBe(
        false,
      );
    expect((await decideSignUp(db('a@example.nl'), { email: undefined, signInMethod: 'emailLink' })).ok).toBe(
      false,
    );
  });
});

describe('signInMethodOf', () => {
  it('reads the method from the event type, else from the credential', () => {
    expect(signInMethodOf({ eventType: 'providers/cloud.auth/eventTypes/user.beforeCreate:password' })).toBe(
      'password',
    );
    expect(signInMethodOf({ eventType: 'providers/cloud.auth/eventTypes/user.beforeCreate:emailLink' })).toBe(
      'emailLink',
    );
    expect(
      signInMethodOf({
        eventType: 'providers/cloud.auth/eventTypes/user.beforeCreate',
        credential: { signInMethod: 'google.com' },
      }),
    ).toBe('google.com');
    expect(signInMethodOf({})).toBeUndefined();
  });
});
