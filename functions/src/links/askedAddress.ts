// Who is behind an address someone is asked to fill a part for (an invitation or a feedback request): the people
// of the form's institute with that address, the traject's members (whose address may be the same mailbox under
// another case or +tag), the asker's own people document, and the institute's settings for the mail.
import type { FormEnvelope, Traject } from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { readInstituteSettings } from '../forms/institute.js';
import { peopleByEmail, peopleByUid, personByUid } from '../people/people.js';

export async function readAskedAddress(
  db: Firestore,
  email: string,
  envelope: Pick<FormEnvelope, 'instituteId'>,
  traject: Pick<Traject, 'members'>,
  caller: { uid: string; email?: string | undefined },
) {
  const [byAddress, members, callerPerson, institute] = await Promise.all([
    peopleByEmail(db, email).then((list) => list.filter((p) => p.instituteId === envelope.instituteId)),
    peopleByUid(db, traject.members),
    personByUid(db, caller.uid),
    readInstituteSettings(db, envelope.instituteId),
  ]);
  /** Every address the asker is known by: asking oneself under another one is refused by the policies. */
  const askerEmails = [caller.email, callerPerson?.email].filter((e): e is string => !!e);
  return { byAddress, members, callerPerson, institute, askerEmails };
}
