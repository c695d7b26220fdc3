// The form route's first reads, started when this module is evaluated: in the build it sits in the page's
// first chunk with Auth (web/build/firstChunk.ts), so on a phone opening an e-mailed link the part, its
// envelope and its traject are being read while React and the form still arrive (docs/architecture.md, "The
// form route on a phone"). The queries' readFirst takes these reads instead of starting its own. Only Firebase
// and the domain's formLink module here: nothing that waits for React or pulls in the rest of the domain.
import { firstReadsOfFormLink, formLinkOfPath, parseClaims } from '@praktijkvolg/domain/formLink';
import { auth } from '../../app/firebaseApp';

async function startFirstReads(pathname: string): Promise<void> {
  const link = formLinkOfPath(pathname);
  if (!link || !navigator.onLine) return;
  const [{ startEarlyRead }] = await Promise.all([import('../../app/liteDocuments'), auth.authStateReady()]);
  const user = auth.currentUser;
  if (!user) return;
  const claims = parseClaims((await user.getIdTokenResult()).claims);
  for (const path of firstReadsOfFormLink(link, !!claims.linkPart)) startEarlyRead(path);
}

void startFirstReads(window.location.pathname).catch(() => undefined);
