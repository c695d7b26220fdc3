// Callable, admin only: the retention term of the admin's institute (retention/settings.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { changeRetention } from '../retention/settings.js';

export const setRetention = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('setRetention', request.data);
  return changeRetention(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date());
});
