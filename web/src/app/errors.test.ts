import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dutchMessage, isPermissionDenied } from './errors';

describe('dutchMessage', () => {
  it('shows our callables’ Dutch message without the status the SDK appends', () => {
    const err = new FirebaseError(
      'functions/already-exists',
      'Dit e-mailadres hoort al bij een andere opleiding. [409]',
    );
    expect(dutchMessage(err)).toBe('Dit e-mailadres hoort al bij een andere opleiding.');
  });
  it('explains bare Firebase codes in Dutch', () => {
    expect(dutchMessage(new FirebaseError('permission-denied', 'Missing or insufficient permissions.'))).toBe(
      'Je hebt hiervoor geen toestemming.',
    );
    expect(isPermissionDenied(new FirebaseError('firestore/permission-denied', 'x'))).toBe(true);
  });
  it('never shows an internal server message', () => {
    expect(dutchMessage(new FirebaseError('functions/internal', 'TypeError: x is undefined'))).toBe(
      'Er ging iets mis op de server. Probeer het later opnieuw.',
    );
  });
  it('shows the first zod issue', () => {
    const r = z.string().email('Vul een geldig e-mailadres in').safeParse('nee');
    expect(dutchMessage(r.error)).toBe('Vul een geldig e-mailadres in');
  });
});
