// Callable: mails a passwordless sign-in link (Firebase e-mail link) that returns to the given app path. The
// link itself is made at send time by the outbox (links/signIn.ts), so this answers alike for every address.
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest } from '../callable.js';
import { sendSignInLink as send } from '../links/signIn.js';

export const sendSignInLink = onCall(CALLABLE_OPTIONS, async (request) => {
  const input = parseRequest('sendSignInLink', request.data);
  return send(firestore(), input, new Date());
});
