// Callable, secretariat: new trajecten from a CSV; a dry run returns the preview (functions/src/cohort/import.ts).
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { importCohortRows } from '../cohort/import.js';
import { firestore } from '../firebase.js';

// 500 rows may add a few hundred people (an Auth call each) before their trajecten are written.
export const importCohort = onCall({ memory: '512MiB', timeoutSeconds: 300 }, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('importCohort', request.data);
  return importCohortRows(
    firestore(),
    getAuth(),
    { uid, token: request.auth?.token ?? {} },
    input,
    new Date(),
  );
});
