import { describe, expect, it } from 'vitest';
import { safeNext } from './paths';

describe('safeNext (the continue path after sign-in)', () => {
  it('keeps a path of the app', () => {
    expect(safeNext('/formulieren/t1__combel-m3/opleider')).toBe('/formulieren/t1__combel-m3/opleider');
    expect(safeNext('/trajecten/t1?x=1')).toBe('/trajecten/t1?x=1');
  });

  it('sends anything that could leave the app to the home page', () => {
    // The old check (/^\/(?!\/)[^\s]*$/) let the first two through; browsers read them as another host.
    for (const raw of [
      '/\\evil.example',
      '/\\/evil.example',
      '//evil.example',
      'https://evil.example',
      '/%5Cevil.example',
      '/nergens',
      null,
      undefined,
      '',
    ])
      expect(safeNext(raw)).toBe('/');
  });
});
