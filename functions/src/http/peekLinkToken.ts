// Callable: what a single-use link is for and whether it still works. Read-only; spends nothing.
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest } from '../callable.js';
import { peekToken } from '../links/lifecycle.js';

export const peekLinkToken = onCall(async (request) => {
  const { token } = parseRequest('peekLinkToken', request.data);
  return peekToken(firestore(), token, new Date());
});
