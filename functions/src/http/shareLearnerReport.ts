// Callable: an mbo teacher shares one learner report with a named person, or stops (mbo/learnerReports.ts).
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { shareLearnerReport as share } from '../mbo/learnerReports.js';

export const shareLearnerReport = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('shareLearnerReport', request.data);
  return share(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date());
});
