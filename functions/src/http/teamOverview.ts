// Callable: the team overview of learner reports, counts only (mbo/learnerReports.ts).
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { teamOverview as overview } from '../mbo/learnerReports.js';

export const teamOverview = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('teamOverview', request.data);
  return overview(firestore(), { uid, token: request.auth?.token ?? {} }, input);
});
