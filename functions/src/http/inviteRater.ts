// Callable: the aios or deelnemer invites someone to fill one part of a form.
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { inviteRater as invite } from '../links/invite.js';
import { appUrl } from '../config.js';

export const inviteRater = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('inviteRater', request.data);
  const email = typeof request.auth?.token.email === 'string' ? request.auth.token.email : undefined;
  return invite(firestore(), input, { uid, email }, new Date(), appUrl());
});
