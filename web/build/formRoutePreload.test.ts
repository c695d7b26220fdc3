// The build's inline preload script and the app decide "is this the form route?" with two matchers (the
// script cannot import the domain); they must agree on every path the app knows and on near misses.
import { formPartOfPath } from '@praktijkvolg/domain';
import { describe, expect, it } from 'vitest';
import { formRouteCondition } from './formRoutePreload';

const isFormRoute = new Function('p', `return ${formRouteCondition('p')};`) as (p: string) => boolean;

describe('formRouteCondition', () => {
  it.each([
    '/formulieren/t1__combel-m3/opleider',
    '/formulieren/t1__combel-m3/opleider/',
    '/formulieren/t1__combel-m3/feedback_2',
    '/formulieren/t1__combel-m3/afdrukken',
    '/formulieren/t1__combel-m3',
    '/formulieren/t1__combel-m3/opleider/extra',
    '/formulieren//opleider',
    '/trajecten/t1',
    '/',
    '/link/abc',
  ])('agrees with the domain on %s', (path) => {
    expect(isFormRoute(path)).toBe(formPartOfPath(path) !== null);
  });
});
