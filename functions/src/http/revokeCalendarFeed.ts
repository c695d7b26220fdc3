// Callable: ends the signed-in person's calendar feed (its URL answers 404 from then on).
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { revokeCalendarFeed as revoke } from '../calendar/manage.js';
import { firestore } from '../firebase.js';

export const revokeCalendarFeed = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  parseRequest('revokeCalendarFeed', request.data);
  return revoke(firestore(), { uid, token: request.auth?.token ?? {} }, new Date());
});
