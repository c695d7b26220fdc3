// Access-matrix rows: Server-only collections (mail, reminderDigests, linkTokens): no client reads or writes them (rule 7).
// Concatenated into MATRIX by tests/rules/matrix.ts; the documents are seeded by tests/rules/world.ts.
import { type Row } from './model.js';

export const serverOnlyRows: readonly Row[] = [
  {
    doc: 'server-only',
    what: 'mail/m1',
    op: 'get',
    path: 'mail/m1',
    allow: [],
    why: 'the outbox is the server’s (rule 7)',
  },
  {
    doc: 'server-only',
    what: 'mail: queue a message',
    op: 'create',
    path: 'mail/x1',
    data: { to: 'iemand@example.nl', message: { subject: 'Hallo', text: 'Spam' } },
    allow: [],
    why: 'the outbox is the server’s (rule 7)',
    attack: 'sending mail through the outbox',
  },
  {
    doc: 'server-only',
    what: 'reminderDigests/aios1_2026-01-05',
    op: 'get',
    path: 'reminderDigests/aios1_2026-01-05',
    allow: [],
    why: 'reminder state is the server’s (rule 7)',
  },
  {
    doc: 'server-only',
    what: 'reminderDigests: reset my digest',
    op: 'update',
    path: 'reminderDigests/aios1_2026-01-05',
    data: { sent: false },
    allow: [],
    why: 'reminder state is the server’s (rule 7)',
  },
  {
    doc: 'server-only',
    what: 'linkTokens/h1',
    op: 'get',
    path: 'linkTokens/h1',
    allow: [],
    why: 'link tokens are the server’s',
    attack: 'reading a link token',
  },
];
