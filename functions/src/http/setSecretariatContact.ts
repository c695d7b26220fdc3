// Callable, admin only: the secretariat's contact of the admin's institute (people/secretariaatContact.ts).
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { changeSecretariatContact } from '../people/secretariaatContact.js';

export const setSecretariatContact = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('setSecretariatContact', request.data);
  return changeSecretariatContact(firestore(), { uid, token: request.auth?.token ?? {} }, input, new Date());
});
