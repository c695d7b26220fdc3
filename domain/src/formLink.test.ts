import { describe, expect, it } from 'vitest';
import { firstReadsOfFormLink, formLinkOfPath } from './formLink';
import { appPaths, formPartOfPath } from './routes';

describe('the form link in a path', () => {
  it('reads the form and part of the form route, trailing slash or not', () => {
    expect(formPartOfPath('/formulieren/t1__combel-m3/opleider')).toEqual({
      formId: 't1__combel-m3',
      partId: 'opleider',
    });
    expect(formPartOfPath(`${appPaths.formPart('t1__kpb-2', 'aios')}/`)).toEqual({
      formId: 't1__kpb-2',
      partId: 'aios',
    });
  });

  it('is null for other routes, the print route and odd segments', () => {
    for (const path of [
      '/',
      '/formulieren/t1__combel-m3',
      '/formulieren/t1__combel-m3/afdrukken',
      '/formulieren/t1__combel-m3/opleider/extra',
      '/formulieren/../opleider',
      '/formulieren/a%2Fb/opleider',
      '/trajecten/t1/opleider',
    ])
      expect(formPartOfPath(path), path).toBeNull();
  });

  it('knows only part ids of a known kind', () => {
    expect(formLinkOfPath('/formulieren/t1__combel-m3/opleider')).not.toBeNull();
    expect(formLinkOfPath('/formulieren/t1__combel-m3/feedback_2')).not.toBeNull();
    expect(formLinkOfPath('/formulieren/t1__combel-m3/iemand')).toBeNull();
  });

  it('reads the part, the envelope and, outside a single-use-link session, the traject', () => {
    const link = { formId: 't1__combel-m3', partId: 'opleider' };
    expect(firstReadsOfFormLink(link, false)).toEqual([
      'forms/t1__combel-m3/parts/opleider',
      'forms/t1__combel-m3',
      'trajecten/t1',
    ]);
    expect(firstReadsOfFormLink(link, true)).toEqual([
      'forms/t1__combel-m3/parts/opleider',
      'forms/t1__combel-m3',
    ]);
  });
});
