// Callable, secretariat: reopens a submitted part with a reason, keeping the submitted version
// (functions/src/corrections/reopen.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { reopenSubmittedPart } from '../corrections/reopen.js';

export const reopenPart = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('reopenPart', request.data);
  return reopenSubmittedPart(
    firestore(),
    { uid, token: request.auth?.token ?? {} },
    input,
    new Date(),
    appUrl(),
  );
});
