// Callable: ends the signed-in person's calendar feed (its URL answers 404 from then on).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { revokeFeed } from '../calendar/manage.js';
import { firestore } from '../firebase.js';

export const revokeCalendarFeed = onCall(async (request) => {
  const uid = requireUid(request);
  parseRequest('revokeCalendarFeed', request.data);
  return revokeFeed(firestore(), { uid, token: request.auth?.token ?? {} }, new Date());
});
