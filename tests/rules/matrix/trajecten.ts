// Access-matrix rows: `trajecten/{trajectId}`: who reads a traject.
// Concatenated into MATRIX by tests/rules/matrix.ts; the documents are seeded by tests/rules/world.ts.
import { INSTITUTE_A, INSTITUTE_B, TH_MEMBERS, STAFF_A, PERSONS, type Row } from './model.js';

export const trajectenReadingRows: readonly Row[] = [
  {
    doc: 'trajecten',
    what: 'trajecten/tH',
    op: 'get',
    path: 'trajecten/tH',
    allow: [...TH_MEMBERS, ...STAFF_A],
    why: 'its members, and the staff of its institute',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tB (institute B)',
    op: 'get',
    path: 'trajecten/tB',
    allow: ['otherAios', 'otherSecretariaat'],
    why: 'institute isolation (rule 1)',
    attack: 'reading a traject of another institute',
  },
  {
    doc: 'trajecten',
    what: 'trajecten where members array-contains me',
    op: 'list',
    path: 'trajecten',
    where: [['members', 'array-contains', '$uid']],
    allow: PERSONS,
    why: 'anyone with an account lists their own trajecten',
  },
  {
    doc: 'trajecten',
    what: 'trajecten where instituteId == inst-a',
    op: 'list',
    path: 'trajecten',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: STAFF_A,
    why: 'staff list the trajecten of their institute',
  },
  {
    doc: 'trajecten',
    what: 'trajecten where instituteId == inst-b',
    op: 'list',
    path: 'trajecten',
    where: [['instituteId', '==', INSTITUTE_B]],
    allow: ['otherSecretariaat'],
    why: 'institute isolation (rule 1)',
    attack: "listing another institute's trajecten",
  },
  {
    doc: 'trajecten',
    what: 'trajecten, no filter',
    op: 'list',
    path: 'trajecten',
    allow: [],
    why: 'a query must filter on members or the institute',
    attack: 'querying trajecten without the required filter',
  },
];
