// Callable: an mbo teacher shares one learner report with a named person, or stops (mbo/learnerReports.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { shareReport } from '../mbo/learnerReports.js';

export const shareLearnerReport = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('shareLearnerReport', request.data);
  return shareReport(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date());
});
