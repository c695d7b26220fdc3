// Callable, secretariat: one reminder now to the raters of an overdue part, once per part per day
// (functions/src/reminders/remindNow.ts).
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { remindNow as remind } from '../reminders/remindNow.js';

export const remindNow = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('remindNow', request.data);
  return remind(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date(), appUrl());
});
