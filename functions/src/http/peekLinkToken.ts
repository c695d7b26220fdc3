// Callable: what a single-use link is for and whether it still works. Read-only; spends nothing.
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest } from '../callable.js';
import { peekLinkToken as peek } from '../links/lifecycle.js';

export const peekLinkToken = onCall(CALLABLE_OPTIONS, async (request) => {
  const { token } = parseRequest('peekLinkToken', request.data);
  return peek(firestore(), token, new Date());
});
