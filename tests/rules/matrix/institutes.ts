// Access-matrix rows: `institutes/{instituteId}`: an institute is read by whoever its token names.
// Concatenated into MATRIX by tests/rules/matrix.ts; the documents are seeded by tests/rules/world.ts.
import { INSTITUTE_A_ACTORS, type Row } from './model.js';

export const institutesRows: readonly Row[] = [
  {
    doc: 'institutes',
    what: 'institutes/inst-a',
    op: 'get',
    path: 'institutes/inst-a',
    allow: INSTITUTE_A_ACTORS,
    why: 'anyone whose token names the institute (link sessions too: the form shows its name)',
  },
  {
    doc: 'institutes',
    what: 'all institutes',
    op: 'list',
    path: 'institutes',
    allow: [],
    why: 'nobody lists institutes',
  },
  {
    doc: 'institutes',
    what: 'institutes/inst-a: rename',
    op: 'update',
    path: 'institutes/inst-a',
    data: { name: 'Andere naam' },
    allow: [],
    why: 'server only (rule 7)',
  },
];
