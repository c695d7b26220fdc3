import { describe, expect, it } from 'vitest';
import { formPartUrl, signInContinueUrl, tokenLinkUrl } from './appLinks.js';

const base = 'https://praktijkvolg.example.nl/';

describe('signInContinueUrl', () => {
  it('carries a path of the app as next', () => {
    const url = new URL(signInContinueUrl(base, '/formulieren/t1__combel-m3/opleider'));
    expect(`${url.origin}${url.pathname}`).toBe('https://praktijkvolg.example.nl/aanmelden/voltooien');
    expect(url.searchParams.get('next')).toBe('/formulieren/t1__combel-m3/opleider');
  });

  it.each([
    '/\\evil.example',
    '/\\/evil.example',
    '//evil.example',
    'https://evil.example',
    '/%5Cevil.example',
  ])('never carries %s: the home page instead', (path) => {
    const url = new URL(signInContinueUrl(base, path));
    expect(url.searchParams.get('next')).toBe('/');
    expect(url.href).not.toContain('evil');
  });
});

describe('links into the app', () => {
  it('are the domain routes under APP_URL', () => {
    expect(formPartUrl(base, 't1__combel-m3', 'opleider')).toBe(
      'https://praktijkvolg.example.nl/formulieren/t1__combel-m3/opleider',
    );
    expect(tokenLinkUrl(base, 'A'.repeat(43))).toBe(`https://praktijkvolg.example.nl/link/${'A'.repeat(43)}`);
  });
});
