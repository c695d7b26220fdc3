import { describe, expect, it } from 'vitest';
import { appPaths, parseAppPath, ROUTES } from './routes';

describe('parseAppPath', () => {
  it('accepts the paths of the app routes, normalised', () => {
    for (const path of [
      '/',
      '/aanmelden',
      '/formulieren/t1__link-combel',
      '/formulieren/t1__link-combel/opleider',
      '/formulieren/t1__combel-m3/afdrukken',
      '/trajecten',
      '/trajecten/nieuw',
      '/trajecten/AbC123xyz',
      '/achterstanden',
      '/leoh',
      '/medewerkers',
      '/beslissingen',
      '/mijn-gegevens',
      `/link/${'a'.repeat(43)}`,
    ])
      expect(parseAppPath(path)).toBe(path);
    expect(parseAppPath('/formulieren/t1__x/opleider?tab=2#vraag-3')).toBe(
      '/formulieren/t1__x/opleider?tab=2#vraag-3',
    );
    expect(parseAppPath('/trajecten/')).toBe('/trajecten');
    expect(parseAppPath('/trajecten/../leoh')).toBe('/leoh');
    expect(parseAppPath('/formulieren/..')).toBe('/');
  });

  it.each([
    ['a backslash host', '/\\evil.example'],
    ['backslash-slash', '/\\/evil.example'],
    ['a protocol-relative URL', '//evil.example'],
    ['an absolute URL', 'https://evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded slash in a segment', '/formulieren/a%2F%2Fevil.example'],
    ['a relative path', 'formulieren'],
    ['a tab inside (URL would strip it)', '/\t/evil.example'],
    ['a newline', '/formulieren/x\n'],
    ['a NUL', '/formulieren/x\u0000'],
    ['a right-to-left override', '/formulieren/\u202Ex'],
    ['a space', '/formulieren/a b'],
    ['user info', '/@evil.example'],
    ['a path no route has', '/admin'],
    ['a deeper path than any route', '/formulieren/a/b/c'],
    ['a dot segment as id', '/formulieren/.'],
    ['a too short token', '/link/abc'],
    ['an empty string', ''],
    ['not a string', 42],
    ['too long', `/formulieren/${'a'.repeat(500)}`],
  ])('refuses %s', (_what, input) => {
    expect(parseAppPath(input)).toBeNull();
  });

  it('every route of the list accepts a built path of it', () => {
    expect(parseAppPath(appPaths.formPart('t1__combel-m3', 'opleider'))).toBe(
      '/formulieren/t1__combel-m3/opleider',
    );
    expect(parseAppPath(appPaths.formPrint('t1__combel-m3'))).toBe('/formulieren/t1__combel-m3/afdrukken');
    expect(parseAppPath(appPaths.traject('t9'))).toBe('/trajecten/t9');
    expect(parseAppPath(appPaths.link('A'.repeat(43)))).toBe(`/link/${'A'.repeat(43)}`);
    for (const route of Object.values(ROUTES).filter((r) => !r.includes(':')))
      expect(parseAppPath(route)).toBe(route);
  });
});

describe('appPaths', () => {
  it('encodes parameters so they cannot leave their segment', () => {
    expect(appPaths.formPart('a/b', '?x')).toBe('/formulieren/a%2Fb/%3Fx');
    expect(parseAppPath(appPaths.formPart('a/b', 'x'))).toBeNull();
    expect(appPaths.completeSignIn('/formulieren/t1/opleider')).toBe(
      '/aanmelden/voltooien?next=%2Fformulieren%2Ft1%2Fopleider',
    );
    expect(appPaths.signIn('/')).toBe('/aanmelden');
  });
});
