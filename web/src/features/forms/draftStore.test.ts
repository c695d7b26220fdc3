import { describe, expect, it } from 'vitest';
import { chooseStart } from './draftStore';

describe('which values a reopened form starts from', () => {
  const t = new Date('2026-03-01T10:00:00Z');
  it('the server when there is no local copy', () => expect(chooseStart(undefined, t)).toBe('server'));
  it('the local copy when it was never confirmed by the server', () =>
    expect(chooseStart({ values: {}, savedAt: t.getTime() - 60_000, synced: false }, t)).toBe('local'));
  it('the server when the confirmed local copy is older (edited elsewhere since)', () =>
    expect(chooseStart({ values: {}, savedAt: t.getTime() - 60_000, synced: true }, t)).toBe('server'));
  it('the local copy when it is newer than the server', () =>
    expect(chooseStart({ values: {}, savedAt: t.getTime() + 60_000, synced: true }, t)).toBe('local'));
});
