// Access-matrix rows of the calendar feed (docs/data-model.md, `calendarFeeds`): the feed documents are the
// server's. Whoever could read one would learn whose feed a hash is; whoever could write one could point a
// secret they made up at someone else's deadlines. The world (world.ts) has `calendarFeeds/c1`, the aios's.
// Concatenated into MATRIX (matrix.ts). Only function declarations here: matrix.ts imports this file and this
// file imports matrix.ts.
import { INSTITUTE_A, type Row } from './matrix.js';

export function calendarRows(): Row[] {
  const why = 'calendar feeds are the server’s (the rules’ catch-all; renewCalendarFeed writes them)';
  return [
    {
      doc: 'server-only',
      what: 'calendarFeeds/c1 (the aios’s feed)',
      op: 'get',
      path: 'calendarFeeds/c1',
      allow: [],
      why,
      attack: 'the aios reads their own feed document, or anyone reads someone else’s',
    },
    {
      doc: 'server-only',
      what: 'calendarFeeds where uid == me',
      op: 'list',
      path: 'calendarFeeds',
      where: [['uid', '==', '$uid']],
      allow: [],
      why,
      attack: 'listing feed hashes to find one’s own or another person’s',
    },
    {
      doc: 'server-only',
      what: 'calendarFeeds: a feed of my own making that shows the opleider’s deadlines',
      op: 'create',
      path: 'calendarFeeds/zelfgemaakt',
      data: { uid: 'opl1', instituteId: INSTITUTE_A, createdAt: '$now' },
      allow: [],
      why,
      attack: 'storing the hash of a chosen secret for another person, then subscribing to their calendar',
    },
    {
      doc: 'server-only',
      what: 'calendarFeeds/c1: point the aios’s feed at me',
      op: 'update',
      path: 'calendarFeeds/c1',
      data: { uid: '$uid' },
      allow: [],
      why,
      attack: 'taking over an existing feed',
    },
    {
      doc: 'server-only',
      what: 'calendarFeeds/c1: delete it',
      op: 'delete',
      path: 'calendarFeeds/c1',
      allow: [],
      why: 'revoking is the callable revokeCalendarFeed (audited), never a client write',
    },
  ];
}
