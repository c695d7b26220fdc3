// Callable: mails a passwordless sign-in link (Firebase e-mail link) that returns to the given app path.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest } from '../callable.js';
import { sendSignInLink as send } from '../links/signIn.js';
import { appUrl } from '../config.js';

export const sendSignInLink = onCall(CALLABLE_OPTIONS, async (request) => {
  const input = parseRequest('sendSignInLink', request.data);
  const db = firestore();
  return send(db, getAuth(), input, new Date(), appUrl());
});
