// Callable: a new calendar feed URL for the signed-in person (the previous one stops working); shown once.
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { renewFeed } from '../calendar/manage.js';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';

export const renewCalendarFeed = onCall(async (request) => {
  const uid = requireUid(request);
  parseRequest('renewCalendarFeed', request.data);
  return renewFeed(firestore(), { uid, token: request.auth?.token ?? {} }, new Date(), appUrl());
});
