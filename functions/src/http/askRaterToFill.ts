// Callable: the trainee asks the raters of a part of their own form to fill it (a mail, once per part per day).
import { parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest, requireUid } from '../callable.js';
import { askToFill } from '../links/askRater.js';
import { appUrl } from '../config.js';

export const askRaterToFill = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('askRaterToFill', request.data);
  return askToFill(
    firestore(),
    input,
    { uid, claims: parseClaims(request.auth?.token) },
    new Date(),
    appUrl(),
  );
});
