// Callable: an expired or spent link asks for a new one (to the rater's address, else the secretariat).
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest } from '../callable.js';
import { requestLinkRenewal } from '../links/lifecycle.js';
import { appUrl } from '../config.js';

export const requestNewLink = onCall(async (request) => {
  const { token } = parseRequest('requestNewLink', request.data);
  return requestLinkRenewal(firestore(), token, new Date(), appUrl());
});
