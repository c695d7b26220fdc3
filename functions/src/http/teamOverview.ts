// Callable: the team overview of learner reports, counts only (mbo/learnerReports.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { buildTeamOverview } from '../mbo/learnerReports.js';

export const teamOverview = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('teamOverview', request.data);
  return buildTeamOverview(firestore(), { uid, token: request.auth?.token ?? {} }, input);
});
