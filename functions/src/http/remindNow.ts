// Callable, secretariat: one reminder now to the raters of an overdue part, once per part per day
// (functions/src/reminders/remindNow.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { sendReminderNow } from '../reminders/remindNow.js';

export const remindNow = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('remindNow', request.data);
  return sendReminderNow(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date(), appUrl());
});
