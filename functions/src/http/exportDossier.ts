// Callable: the dossier of one traject as PDF + ZIP (base64), for its trainee and the institute's
// secretariat and hoofd opleiding (functions/src/exports/dossier.ts).
import { actorOf, parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest, requireUid } from '../callable.js';
import { buildDossierExport } from '../exports/dossier.js';

// A PDF with embedded fonts needs more than the default memory; a long dossier takes a few seconds.
export const exportDossier = onCall({ memory: '512MiB', timeoutSeconds: 120 }, async (request) => {
  const uid = requireUid(request);
  const { trajectId } = parseRequest('exportDossier', request.data);
  return buildDossierExport(
    firestore(),
    trajectId,
    actorOf(uid, parseClaims(request.auth?.token)),
    new Date(),
  );
});
