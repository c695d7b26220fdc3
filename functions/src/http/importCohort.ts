// Callable, secretariat: new trajecten from a CSV; a dry run returns the preview (functions/src/cohort/import.ts).
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { importCohort as run } from '../cohort/import.js';
import { firestore } from '../firebase.js';

// 500 rows may add a few hundred people (an Auth call each) before their trajecten are written.
export const importCohort = onCall(
  { ...CALLABLE_OPTIONS, memory: '512MiB', timeoutSeconds: 300 },
  async (request) => {
    const uid = requireUid(request);
    const input = parseRequest('importCohort', request.data);
    return run(firestore(), getAuth(), { uid, token: request.auth?.token ?? {} }, input, new Date());
  },
);
