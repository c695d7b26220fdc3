// Callable, admin only: puts a traject of the admin's institute under a legal hold, or lifts it (retention/settings.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { changeLegalHold } from '../retention/settings.js';

export const setLegalHold = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('setLegalHold', request.data);
  return changeLegalHold(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date());
});
