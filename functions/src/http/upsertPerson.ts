// Callable, secretariat: adds (or renames) a person of its institute, so they can be given a traject role.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { upsertPerson as upsert } from '../people/upsertPerson.js';

export const upsertPerson = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('upsertPerson', request.data);
  return upsert(firestore(), getAuth(), { uid, token: request.auth?.token ?? {} }, input);
});
