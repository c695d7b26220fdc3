// Callable, secretariat: adds (or renames) a person of its institute, so they can be given a traject role.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { savePerson } from '../people/upsertPerson.js';

export const upsertPerson = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('upsertPerson', request.data);
  return savePerson(firestore(), getAuth(), { uid, token: request.auth?.token ?? {} }, input);
});
