// Callable: inzage, everything stored about the caller that they may see, as JSON with a Dutch summary
// (functions/src/exports/inzage.ts).
import { actorOf, parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest, requireUid } from '../callable.js';
import { buildInzage } from '../exports/inzage.js';

export const exportInzage = onCall({ memory: '512MiB', timeoutSeconds: 120 }, async (request) => {
  const uid = requireUid(request);
  parseRequest('exportInzage', request.data);
  const claims = parseClaims(request.auth?.token);
  return buildInzage(firestore(), actorOf(uid, claims), claims, new Date());
});
