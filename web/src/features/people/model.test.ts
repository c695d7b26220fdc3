// Issue 11: one person without an e-mail address made the whole people list fail to load, because the web
// app required an address the functions' schema did not. Both now parse with the one domain contract.
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { personConverter, sortPeople } from './model';

const snap = (id: string, data: Record<string, unknown>) =>
  ({ id, data: () => data }) as unknown as QueryDocumentSnapshot;

describe('people list', () => {
  it('loads when one person has no e-mail address', () => {
    const docs = [
      snap('u-pieter', {
        instituteId: 'lumc',
        displayName: 'Pieter van Dijk',
        email: 'pieter@lumc-huisarts.example',
      }),
      snap('u-zonder', { instituteId: 'lumc', displayName: 'Anna Zonder Adres', staffRoles: [] }),
      snap('u-sanne', {
        instituteId: 'lumc',
        displayName: 'Sanne Jansen',
        email: 'sanne@lumc-huisarts.example',
        staffRoles: ['secretariaat'],
      }),
    ];
    const people = sortPeople(docs.map((d) => personConverter.fromFirestore(d)));
    expect(people.map((p) => [p.uid, p.email ?? null, p.staffRoles])).toEqual([
      ['u-zonder', null, []],
      ['u-pieter', 'pieter@lumc-huisarts.example', []],
      ['u-sanne', 'sanne@lumc-huisarts.example', ['secretariaat']],
    ]);
  });

  it('still refuses a document that is not a person', () => {
    expect(() => personConverter.fromFirestore(snap('u-x', { displayName: 'Geen instituut' }))).toThrow(
      /u-x/,
    );
  });
});
