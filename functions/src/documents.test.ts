import { linkTokenDocSchema } from '@praktijkvolg/domain';
import { Timestamp, type DocumentSnapshot, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { converterOf, parseOrSkip, parseSnapshot } from './documents.js';

const snap = (path: string, data: unknown) =>
  ({ exists: data !== undefined, ref: { path }, data: () => data }) as unknown as DocumentSnapshot &
    QueryDocumentSnapshot;

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
  createdAt: Timestamp.fromMillis(0),
  expiresAt: Timestamp.fromMillis(1000),
  spentAt: null,
};

describe('document converters (Admin SDK)', () => {
  it('parses on read and keeps the Admin Timestamps as they are', () => {
    const parsed = parseSnapshot(linkTokenDocSchema, snap('linkTokens/h', token));
    expect(parsed?.expiresAt).toBeInstanceOf(Timestamp);
    expect(converterOf(linkTokenDocSchema).fromFirestore(snap('linkTokens/h', token)).uid).toBe('ext_1');
  });

  it('a missing document is null; one that does not fit throws with its name', () => {
    expect(parseSnapshot(linkTokenDocSchema, snap('linkTokens/h', undefined))).toBeNull();
    expect(() =>
      parseSnapshot(linkTokenDocSchema, snap('linkTokens/h', { ...token, uid: '' }), 'link token h…'),
    ).toThrow(/^Invalid link token h…/);
    expect(() => converterOf(linkTokenDocSchema).fromFirestore(snap('linkTokens/x', {}))).toThrow(
      /^Invalid linkTokens\/x/,
    );
  });
});

describe('parseOrSkip (jobs over many documents)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('skips a document that does not fit, and logs which one and why', () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    expect(parseOrSkip(linkTokenDocSchema, snap('linkTokens/h', token), 'links: token')?.uid).toBe('ext_1');
    expect(parseOrSkip(linkTokenDocSchema, snap('linkTokens/h', undefined), 'links: token')).toBeNull();
    expect(error).not.toHaveBeenCalled();
    expect(
      parseOrSkip(linkTokenDocSchema, snap('linkTokens/x', { ...token, uid: '' }), 'links: token'),
    ).toBeNull();
    expect(error).toHaveBeenCalledWith(
      'links: token does not fit its schema, skipped',
      expect.objectContaining({ path: 'linkTokens/x', error: expect.stringContaining('uid') }),
    );
  });
});
