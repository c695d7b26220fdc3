// The one-click unsubscribe token (docs/rules.md, "Mails people trust"): bound to one person and one optional topic
// by its signature, so a link for A never unsubscribes B nor switches off another kind of mail.
import { describe, expect, it } from 'vitest';
import {
  tokenFromRequest,
  unsubscribePage,
  unsubscribeToken,
  verifyUnsubscribeToken,
} from './unsubscribe.js';

const KEY = 'unit-test-key-0123456789abcdef';

describe('unsubscribe token', () => {
  it('names its person and topic', () => {
    const token = unsubscribeToken(KEY, 'anna', 'berichten');
    expect(verifyUnsubscribeToken(KEY, token)).toEqual({ uid: 'anna', topic: 'berichten' });
    expect(token).toMatch(/^berichten\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it("A's token with B's uid, another topic or another key is refused", () => {
    const [topic, , sig] = unsubscribeToken(KEY, 'anna', 'berichten').split('.');
    const forB = `${topic}.${Buffer.from('pieter').toString('base64url')}.${sig}`;
    expect(verifyUnsubscribeToken(KEY, forB)).toBeNull();
    const anna = Buffer.from('anna').toString('base64url');
    expect(verifyUnsubscribeToken(KEY, `herinneringen.${anna}.${sig}`)).toBeNull();
    expect(verifyUnsubscribeToken(KEY, `reminder_digest.${anna}.${sig}`)).toBeNull();
    expect(
      verifyUnsubscribeToken('another-key-0123456789abcdef', unsubscribeToken(KEY, 'anna', 'berichten')),
    ).toBeNull();
  });

  it('refuses what is malformed, padded or oversized, and a key too short to sign with', () => {
    const good = unsubscribeToken(KEY, 'anna', 'berichten');
    for (const bad of [
      '',
      'onzin',
      `${good}x`,
      `${good}.`,
      good.replace(/\.[^.]+$/, '.' + 'A'.repeat(43)),
      'x'.repeat(500),
    ])
      expect(verifyUnsubscribeToken(KEY, bad), bad).toBeNull();
    // The uid part must be the canonical encoding: no second spelling of the same token.
    const [t, u, s] = good.split('.');
    expect(verifyUnsubscribeToken(KEY, `${t}.${u}=.${s}`)).toBeNull();
    expect(verifyUnsubscribeToken('kort', good)).toBeNull();
    expect(() => unsubscribeToken('kort', 'anna', 'berichten')).toThrow(/UNSUBSCRIBE_SECRET/);
  });

  it('is read from the path the rewrite passes on, or from ?token=', () => {
    expect(tokenFromRequest('/afmelden/abc.def', {})).toBe('abc.def');
    expect(tokenFromRequest('/', { token: 'abc' })).toBe('abc');
    expect(tokenFromRequest('/afmelden/%E0%A4%A', {})).toBeNull();
  });

  it('the pages: asking has a POST button, a bad link says so without naming anyone', () => {
    const ask = unsubscribePage(
      { kind: 'valid', uid: 'anna', topic: 'berichten', name: 'Anna <b>', optedOut: false },
      false,
    );
    expect(ask.status).toBe(200);
    expect(ask.html).toContain('<form method="post">');
    expect(ask.html).toContain('Anna &lt;b&gt;');
    const done = unsubscribePage(
      { kind: 'valid', uid: 'anna', topic: 'berichten', name: 'Anna', optedOut: true },
      true,
    );
    expect(done.html).toContain('Je bent afgemeld');
    expect(done.html).not.toContain('<form');
    const bad = unsubscribePage({ kind: 'invalid' }, true);
    expect(bad.status).toBe(404);
    expect(bad.html).not.toContain('<form');
  });
});
