// People documents as the web app reads them: parsed with the domain's people contract
// (domain/src/documents/people.ts), the same one the functions use.
import type { FirestoreDataConverter } from 'firebase/firestore';
import { parsePerson, type Person } from '@praktijkvolg/domain';

export type { Person };

/** A person without an e-mail address is a person too (the secretariat may add the address later). */
export const personConverter: FirestoreDataConverter<Person> = {
  toFirestore: () => {
    throw new Error('people are written by the upsertPerson function');
  },
  fromFirestore: (snap, options) => parsePerson(snap.id, snap.data(options)),
};

/** The institute's people, sorted by name as a Dutch reader expects. */
export const sortPeople = (people: Person[]): Person[] =>
  [...people].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
