// The admin sets the secretariat's contact of their institute (docs/rules.md, "Mails people trust"): every mail of
// the institute then has Reply-To this address and names it in its footer (mail/trust.ts). Audited; nothing is
// written when it is unchanged.
import { INSTITUTES_COLLECTION } from '@praktijkvolg/domain';
import type { api, ApiResponse } from '@praktijkvolg/domain/api';
import type { Firestore } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { appendAudit, auditRef } from '../audit/audit.js';
import { requireStaff, type Caller } from './staffRoles.js';

export async function changeSecretariatContact(
  db: Firestore,
  caller: Caller,
  input: z.output<(typeof api)['setSecretariatContact']['request']>,
  now: Date,
): Promise<ApiResponse<'setSecretariatContact'>> {
  const institute = requireStaff(
    caller,
    ['admin'],
    'een beheerder kan het contact van het secretariaat instellen',
  );
  const ref = db.collection(INSTITUTES_COLLECTION).doc(institute);
  const contact = { name: input.name, email: input.email.trim().toLowerCase() };
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const before = snap.get('secretariaat') as { name?: string; email?: string } | undefined;
    if (before?.name === contact.name && before.email === contact.email) return;
    tx.set(ref, { secretariaat: contact }, { merge: true });
    appendAudit(tx, auditRef(db), {
      instituteId: institute,
      at: now,
      actorUid: caller.uid,
      action: 'institute.contact_set',
      target: ref.path,
      details: { before: before ?? null, after: contact },
    });
  });
  return { ok: true, ...contact };
}
