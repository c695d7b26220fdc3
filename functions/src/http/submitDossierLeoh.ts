// Callable: the opleider sends the dossier LEOh to the secretariat (never the month-3 LEOh).
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest, requireUid } from '../callable.js';
import { submitLeohToDossier } from '../leoh/submit.js';

export const submitDossierLeoh = onCall(async (request) => {
  const uid = requireUid(request);
  const { formId } = parseRequest('submitDossierLeoh', request.data);
  return submitLeohToDossier(firestore(), formId, uid, new Date());
});
