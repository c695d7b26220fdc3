// Access-matrix rows: `people/{uid}`: people of the institute; the secretariat writes them through callables.
// Concatenated into MATRIX by tests/rules/matrix.ts; the documents are seeded by tests/rules/world.ts.
import { INSTITUTE_A, STAFF_A, type Row } from './model.js';

export const peopleRows: readonly Row[] = [
  {
    doc: 'people',
    what: 'people/aios1 (institute A)',
    op: 'get',
    path: 'people/aios1',
    allow: ['aios', ...STAFF_A],
    why: 'yourself, and the staff of your institute',
  },
  {
    doc: 'people',
    what: 'people/aiosB (institute B)',
    op: 'get',
    path: 'people/aiosB',
    allow: ['otherAios', 'otherSecretariaat'],
    why: "institute isolation: staff of A never see B's people (rule 1)",
    attack: 'reading a person of another institute',
  },
  {
    doc: 'people',
    what: 'people where instituteId == inst-a',
    op: 'list',
    path: 'people',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: STAFF_A,
    why: 'staff list the people of their institute',
  },
  {
    doc: 'people',
    what: 'people, no filter',
    op: 'list',
    path: 'people',
    allow: [],
    why: 'a query must filter on the institute',
    attack: 'querying people without the institute filter',
  },
  {
    doc: 'people',
    what: 'people/aios1: staffRoles ["admin"]',
    op: 'update',
    path: 'people/aios1',
    data: { staffRoles: ['admin'] },
    allow: [],
    why: 'people are written by the callables only; claims are never client-writable (rule 1)',
    attack: 'giving yourself a staff role on your profile',
  },
  {
    doc: 'people',
    what: 'people/new9: create',
    op: 'create',
    path: 'people/new9',
    data: { instituteId: INSTITUTE_A, displayName: 'Nieuw', email: 'new9@example.nl', staffRoles: [] },
    allow: [],
    why: 'the secretariat creates people through the callable upsertPerson',
  },
];
