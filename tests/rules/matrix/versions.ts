// Access-matrix rows: `forms/{formId}/parts/{partId}/versions/{n}`: the history the server keeps (rule 7).
// Concatenated into MATRIX by tests/rules/matrix.ts; the documents are seeded by tests/rules/world.ts.
import { INSTITUTE_A, STAFF_READERS_A, type Row } from './model.js';

export const versionsRows: readonly Row[] = [
  {
    doc: 'versions',
    what: 'ComBel m9 aios part, version 1',
    op: 'get',
    path: 'forms/tH__combel-m9/parts/aios/versions/1',
    allow: ['aios', ...STAFF_READERS_A],
    why: 'its rater and the staff readers',
  },
  {
    doc: 'versions',
    what: 'ComBel m9 aios part: write a version',
    op: 'create',
    path: 'forms/tH__combel-m9/parts/aios/versions/2',
    data: { instituteId: INSTITUTE_A, formType: 'combel', raterUids: ['$uid'], answers: {} },
    allow: [],
    why: 'history is kept by the server (rule 7)',
  },
];
