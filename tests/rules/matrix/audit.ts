// Access-matrix rows: `audit/{entryId}`: append-only, written by the server (rule 7).
// Concatenated into MATRIX by tests/rules/matrix.ts; the documents are seeded by tests/rules/world.ts.
import { INSTITUTE_A, type Row } from './model.js';

export const auditRows: readonly Row[] = [
  {
    doc: 'audit',
    what: 'an audit entry of institute A',
    op: 'get',
    path: 'audit/a1',
    allow: ['admin'],
    why: 'the admin of the institute',
  },
  {
    doc: 'audit',
    what: 'audit where instituteId == inst-a',
    op: 'list',
    path: 'audit',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: ['admin'],
    why: 'the admin of the institute',
  },
  {
    doc: 'audit',
    what: 'write an audit entry',
    op: 'create',
    path: 'audit/x1',
    data: {
      instituteId: INSTITUTE_A,
      at: '$now',
      actorUid: '$uid',
      action: 'part.submitted',
      target: 'x',
      details: {},
    },
    allow: [],
    why: 'append-only, server only (rule 7)',
    attack: 'forging an audit entry',
  },
  {
    doc: 'audit',
    what: 'an audit entry: change it',
    op: 'update',
    path: 'audit/a1',
    data: { action: 'mail.sent' },
    allow: [],
    why: 'append-only, server only (rule 7)',
  },
];
