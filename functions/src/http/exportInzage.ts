// Callable: inzage, everything stored about the caller that they may see, as JSON with a Dutch summary
// (functions/src/exports/inzage.ts).
import { actorOf, parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { exportInzage as build } from '../exports/inzage.js';

export const exportInzage = onCall(
  { ...CALLABLE_OPTIONS, memory: '512MiB', timeoutSeconds: 120 },
  async (request) => {
    const uid = requireUid(request);
    parseRequest('exportInzage', request.data);
    const claims = parseClaims(request.auth?.token);
    return build(firestore(), actorOf(uid, claims), claims, new Date());
  },
);
