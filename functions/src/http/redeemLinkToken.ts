// Callable: spends a single-use link (the person's button) and returns a custom token for that one part.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest } from '../callable.js';
import { redeemToken } from '../links/lifecycle.js';

export const redeemLinkToken = onCall(async (request) => {
  const { token } = parseRequest('redeemLinkToken', request.data);
  const db = firestore();
  return redeemToken(db, (uid, claims) => getAuth().createCustomToken(uid, claims), token, new Date());
});
