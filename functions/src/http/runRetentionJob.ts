// Admin only: runs the retention job now (what the 03:00 schedule does); auth, body and answer as every
// admin job (http/adminJob.ts).
import { onRequest } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { applyRetention } from '../retention/apply.js';
import { adminJobHandler } from './adminJob.js';

export const runRetentionJob = onRequest(
  { timeoutSeconds: 540, memory: '512MiB' },
  adminJobHandler({
    refusal: 'Alleen een beheerder mag het opruimen van verlopen gegevens starten.',
    startedLine: 'retention: started by hand',
    run: (now) => applyRetention(firestore(), now),
  }),
);
