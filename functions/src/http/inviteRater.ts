// Callable: hands one part out by link: the trainee invites a feedback giver, the assigned rater or the
// secretariat names a waarnemend rater (docs/rules.md, "Who fills an assessment part").
import { parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest, requireUid } from '../callable.js';
import { sendInvitation } from '../links/invite.js';
import { appUrl } from '../config.js';

export const inviteRater = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('inviteRater', request.data);
  const email = typeof request.auth?.token.email === 'string' ? request.auth.token.email : undefined;
  const claims = parseClaims(request.auth?.token);
  return sendInvitation(firestore(), input, { uid, email, claims }, new Date(), appUrl());
});
