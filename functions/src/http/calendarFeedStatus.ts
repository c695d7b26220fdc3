// Callable: whether the signed-in person has a calendar feed, and since when (never the URL: only its hash is kept).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { readFeedStatus } from '../calendar/manage.js';
import { firestore } from '../firebase.js';

export const calendarFeedStatus = onCall(async (request) => {
  const uid = requireUid(request);
  parseRequest('calendarFeedStatus', request.data);
  return readFeedStatus(firestore(), { uid, token: request.auth?.token ?? {} });
});
