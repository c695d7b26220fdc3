import { describe, expect, it } from 'vitest';
import { asLocalDraft, chooseStart } from './draftStore';

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

describe('the local copy as stored', () => {
  it('is used only when it has the shape this version writes', () => {
    const ok = { values: { a: 1 }, savedAt: 1, synced: false };
    expect(asLocalDraft(ok)).toEqual(ok);
    expect(asLocalDraft({ ...ok, extra: true })).toEqual(ok);
    expect(asLocalDraft({ ...ok, values: [1] })).toBeUndefined();
    expect(asLocalDraft({ ...ok, values: null })).toBeUndefined();
    expect(asLocalDraft({ ...ok, savedAt: '1' })).toBeUndefined();
    expect(asLocalDraft({ values: {}, savedAt: 1 })).toBeUndefined();
    expect(asLocalDraft('x')).toBeUndefined();
    expect(asLocalDraft(null)).toBeUndefined();
  });
});
