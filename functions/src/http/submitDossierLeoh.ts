// Callable: the opleider sends the dossier LEOh to the secretariat (never the month-3 LEOh).
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { submitDossierLeoh as submit } from '../leoh/submit.js';

export const submitDossierLeoh = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const { formId } = parseRequest('submitDossierLeoh', request.data);
  return submit(firestore(), formId, uid, new Date());
});
