// Callable, admin only: the retention term of the admin's institute (retention/settings.ts).
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { setRetention as set } from '../retention/settings.js';

export const setRetention = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('setRetention', request.data);
  return set(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date());
});
