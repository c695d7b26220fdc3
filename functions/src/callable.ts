// Shared by the callable functions: parse the request with the contract in domain/src/api.ts and
// turn zod's (Dutch) message into an HttpsError the web can show as it is.
import { api, type ApiName } from '@praktijkvolg/domain/api';
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { z } from 'zod';

export function parseRequest<N extends ApiName>(
  name: N,
  data: unknown,
): z.output<(typeof api)[N]['request']> {
  const parsed = (api[name].request as unknown as z.ZodType<z.output<(typeof api)[N]['request']>>).safeParse(
    data,
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpsError('invalid-argument', issue?.message ?? 'Ongeldige aanvraag.', {
      path: issue?.path.map(String) ?? [],
    });
  }
  return parsed.data;
}

export function requireUid(request: CallableRequest): string {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'Meld je eerst aan.');
  return uid;
}
