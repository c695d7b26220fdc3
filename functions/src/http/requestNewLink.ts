// Callable: an expired or spent link asks for a new one (to the rater's address, else the secretariat).
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest } from '../callable.js';
import { requestNewLink as request_ } from '../links/lifecycle.js';
import { appUrl } from '../config.js';

export const requestNewLink = onCall(CALLABLE_OPTIONS, async (request) => {
  const { token } = parseRequest('requestNewLink', request.data);
  return request_(firestore(), token, new Date(), appUrl());
});
