import { linkTokenDocSchema, type LinkTokenDoc } from '@praktijkvolg/domain';
import { api } from '@praktijkvolg/domain/api';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { externalRaterUid, hashPrefix, hashToken, newToken, tokenState, TOKEN_TTL_MS } from './token.js';

describe('link tokens', () => {
  it('are 32 random bytes in base64url: accepted by the API contract, never repeated', () => {
    const tokens = Array.from({ length: 200 }, newToken);
    for (const t of tokens) {
      expect(t).toHaveLength(43);
      expect(api.redeemLinkToken.request.safeParse({ token: t }).success).toBe(true);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as their SHA-256 in hex; only an 8-character prefix is ever logged', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashPrefix(hashToken('abc'))).toBe('ba7816bf');
  });

  it('give a rater one uid per part and address: stable for renewals, different for another part', () => {
    const a = externalRaterUid('t1__combel-m3', 'opleider', 'Piet@Example.nl');
    expect(a).toMatch(/^ext_[0-9a-f]{28}$/);
    expect(externalRaterUid('t1__combel-m3', 'opleider', ' piet@example.nl ')).toBe(a);
    expect(externalRaterUid('t1__combel-m6', 'opleider', 'piet@example.nl')).not.toBe(a);
    expect(externalRaterUid('t1__combel-m3', 'aios', 'piet@example.nl')).not.toBe(a);
    expect(externalRaterUid('t1__combel-m3', 'opleider', 'jan@example.nl')).not.toBe(a);
  });

  it('are valid until spent or expired', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const doc: LinkTokenDoc = linkTokenDocSchema.parse({
      instituteId: 'i',
      formId: 'f',
      partId: 'opleider',
      raterName: 'Piet',
      raterEmail: 'piet@example.nl',
      invitedBy: 'a1',
      invitationId: 'inv',
      renewedFrom: null,
      uid: 'ext_x',
      createdAt: Timestamp.fromDate(now),
      expiresAt: Timestamp.fromMillis(now.getTime() + TOKEN_TTL_MS),
      spentAt: null,
    });
    expect(tokenState(null, now)).toBe('unknown');
    expect(tokenState(doc, now)).toBe('valid');
    expect(tokenState(doc, new Date(now.getTime() + TOKEN_TTL_MS - 1))).toBe('valid');
    expect(tokenState(doc, new Date(now.getTime() + TOKEN_TTL_MS))).toBe('expired');
    expect(tokenState({ ...doc, spentAt: Timestamp.fromDate(now) }, now)).toBe('spent');
    expect(TOKEN_TTL_MS).toBe(14 * 24 * 3600 * 1000);
  });

  it('documents refuse unknown fields (the plain token can never be stored by mistake)', () => {
    const parsed = linkTokenDocSchema.safeParse({ token: newToken() });
    expect(parsed.success).toBe(false);
  });
});
