// Callable: mails a passwordless sign-in link (Firebase e-mail link) that returns to the given app path. The
// link itself is made at send time by the outbox (links/signIn.ts), so this answers alike for every address.
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest } from '../callable.js';
import { queueSignInLink } from '../links/signIn.js';

export const sendSignInLink = onCall(async (request) => {
  const input = parseRequest('sendSignInLink', request.data);
  return queueSignInLink(firestore(), input, new Date());
});
