// The world of the link suites, seeded straight into the emulators in the data-model shape: an institute,
// people with Auth accounts and claims, a huisarts and a PDG traject, and forms with ad-hoc ids (never the
// schedule's, so the trajectWritten trigger, which only manages its own forms, leaves them alone).
// Clients (tests/support/clients.ts) are the web SDK against the emulators, calling the functions as the web
// app does.
import { type FormType, type RoleAssignments } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { listMail, type ReceivedMail } from '../support/mailbox.js';
import { adminAuth, adminDb, eventually, setBackgroundTriggers } from '../support/stack.js';
import { trajectDoc as buildTraject } from '../support/builders.js';
export { client, refusal, signInAs, useClients, type Client } from '../support/clients.js';

export const INSTITUTE = 'lumc';

/** Other suites may switch the emulator's Firestore triggers off; these suites need mailWritten. */
export const enableTriggers = () => setBackgroundTriggers(true);

export interface Person {
  uid: string;
  displayName: string;
  email: string;
  instituteId: string;
  staffRoles: string[];
}
const person = (
  uid: string,
  displayName: string,
  email: string,
  staffRoles: string[] = [],
  instituteId = INSTITUTE,
): Person => ({
  uid,
  displayName,
  email,
  instituteId,
  staffRoles,
});

export const P = {
  anna: person('u-anna', 'Anna de Wit', 'anna@lumc-huisarts.example'),
  pieter: person('u-pieter', 'Pieter van Dijk', 'pieter@lumc-huisarts.example'),
  marieke: person('u-marieke', 'Marieke Bos', 'marieke@lumc-huisarts.example'),
  gerda: person('u-gerda', 'Gerda Smit', 'gerda@lumc-huisarts.example'),
  sanne: person('u-sanne', 'Sanne Jansen', 'sanne@lumc-huisarts.example', ['secretariaat']),
  sietse: person('u-sietse', 'Sietse Kok', 'sietse@lumc-huisarts.example', ['secretariaat']),
  olga: person('u-olga', 'Olga Mulder', 'olga@lumc-huisarts.example', ['opleiderscoach']),
  lotte: person('u-lotte', 'Lotte Peters', 'lotte@hr-pdg.example'),
  kees: person('u-kees', 'Kees de Boer', 'Kees.deBoer@hr-pdg.example'),
  fatima: person('u-fatima', 'Fatima El Amrani', 'fatima@hr-pdg.example'),
  daan: person('u-daan', 'Daan Vos', 'daan@roc-led.example'),
};

export const T1 = 't1';
export const P1 = 'p1';
/** An LED traject: its observation has a feedback part the deelnemer invites a colleague into. */
export const L1 = 'l1';

type Programme = 'huisarts_jaar1' | 'pdg' | 'led_basis';

function trajectDoc(programme: Programme, traineeName: string, roles: RoleAssignments) {
  return buildTraject({
    instituteId: INSTITUTE,
    programme,
    traineeName,
    workplace: programme === 'huisarts_jaar1' ? 'Huisartsenpraktijk De Linde' : 'ROC Zadkine',
    startDate: '2025-09-01',
    roles,
    nameOf: (uid) => Object.values(P).find((p) => p.uid === uid)?.displayName ?? uid,
    updatedBy: P.sanne.uid,
  });
}

export async function seedWorld(): Promise<void> {
  const db = adminDb();
  const batch = db.batch();
  batch.set(db.doc(`institutes/${INSTITUTE}`), { name: 'Huisartsopleiding LUMC' });
  for (const p of Object.values(P)) {
    batch.set(db.doc(`people/${p.uid}`), {
      instituteId: p.instituteId,
      displayName: p.displayName,
      email: p.email,
      staffRoles: p.staffRoles,
    });
  }
  batch.set(
    db.doc(`trajecten/${T1}`),
    trajectDoc('huisarts_jaar1', P.anna.displayName, {
      aios: [P.anna.uid],
      opleider: [P.pieter.uid, P.marieke.uid],
      groepsdocent: [P.gerda.uid],
    }),
  );
  batch.set(
    db.doc(`trajecten/${P1}`),
    trajectDoc('pdg', P.lotte.displayName, {
      deelnemer: [P.lotte.uid],
      werkplekbegeleider: [P.kees.uid],
      leidinggevende: [P.fatima.uid],
    }),
  );
  batch.set(
    db.doc(`trajecten/${L1}`),
    trajectDoc('led_basis', P.daan.displayName, { deelnemer: [P.daan.uid] }),
  );
  await batch.commit();
  for (const p of Object.values(P)) {
    await adminAuth().createUser({ uid: p.uid, email: p.email.toLowerCase(), displayName: p.displayName });
    if (p.staffRoles.length > 0)
      await adminAuth().setCustomUserClaims(p.uid, { institute: p.instituteId, staff: p.staffRoles });
  }
}

export interface PartSeed {
  role?: string;
  raterUids: string[];
  status?: 'open' | 'draft' | 'submitted';
  answers?: Record<string, unknown>;
  submittedAt?: Date;
}

export interface FormSeed {
  formId: string;
  trajectId?: string;
  formType: FormType;
  title: string;
  programme?: Programme;
  leohKind?: 'private' | 'dossier';
  subjectUid?: string;
  status?: 'open' | 'completed' | 'ingediend' | 'vervallen';
  closesAt?: Date | null;
  readerUids?: string[];
  staffVisible?: boolean;
  parts: Record<string, PartSeed>;
}

/** An envelope and its parts, as docs/data-model.md describes them (and functions/src/forms writes them). */
export async function seedForm(f: FormSeed, now = new Date()): Promise<void> {
  const db = adminDb();
  const ts = (d: Date) => Timestamp.fromDate(d);
  const day = 86_400_000;
  const opensAt = ts(new Date(now.getTime() - 7 * day));
  const closesAt =
    f.closesAt === undefined ? ts(new Date(now.getTime() + 60 * day)) : f.closesAt && ts(f.closesAt);
  const trajectId = f.trajectId ?? T1;
  const traineeName =
    trajectId === P1 ? P.lotte.displayName : trajectId === L1 ? P.daan.displayName : P.anna.displayName;
  const programme: Programme = trajectId === P1 ? 'pdg' : trajectId === L1 ? 'led_basis' : 'huisarts_jaar1';
  const batch = db.batch();
  const raterUids = [...new Set(Object.values(f.parts).flatMap((p) => p.raterUids))].sort();
  batch.set(db.doc(`forms/${f.formId}`), {
    instituteId: INSTITUTE,
    trajectId,
    programme: f.programme ?? programme,
    formType: f.formType,
    occurrenceKey: f.formId.split('__')[1],
    title: f.title,
    traineeName,
    ...(f.leohKind && { leohKind: f.leohKind }),
    ...(f.subjectUid && { subjectUid: f.subjectUid }),
    opensAt,
    dueAt: ts(new Date(now.getTime() + 14 * day)),
    remindFrom: ts(new Date(now.getTime() + 7 * day)),
    closesAt,
    status: f.status ?? 'open',
    parts: Object.fromEntries(
      Object.entries(f.parts).map(([id, p]) => [
        id,
        {
          role: p.role ?? id,
          raterUids: p.raterUids,
          status: p.status ?? 'open',
          ...(p.submittedAt && { submittedAt: ts(p.submittedAt) }),
        },
      ]),
    ),
    raterUids,
    readerUids: f.readerUids ?? raterUids,
    staffVisible: f.staffVisible ?? true,
    revealed: false,
    nextReminderAt: ts(new Date(now.getTime() + 7 * day)),
  });
  for (const [id, p] of Object.entries(f.parts)) {
    batch.set(db.doc(`forms/${f.formId}/parts/${id}`), {
      instituteId: INSTITUTE,
      trajectId,
      formId: f.formId,
      formType: f.formType,
      role: p.role ?? id,
      ...(f.leohKind && { leohKind: f.leohKind }),
      ...(f.subjectUid && { subjectUid: f.subjectUid }),
      raterUids: p.raterUids,
      opensAt,
      closesAt,
      status: p.status ?? 'open',
      answers: p.answers ?? {},
      schemaVersion: 1,
      version: 1,
      revealed: false,
      updatedAt: ts(now),
      updatedBy: p.raterUids[0] ?? null,
      ...(p.submittedAt && { submittedAt: ts(p.submittedAt) }),
    });
  }
  await batch.commit();
}

/** The mails to an address whose subject starts with `subject`, once at least `count` have arrived. */
export async function waitForMail(address: string, subject: string, count = 1): Promise<ReceivedMail[]> {
  return eventually(`${count} mail(s) "${subject}" to ${address}`, async () => {
    const mails = (await listMail()).filter(
      (m) =>
        m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()) && m.subject.startsWith(subject),
    );
    return mails.length >= count ? mails : undefined;
  });
}

/** The first line of a mail's text that starts with `prefix` (links stand on a line of their own). */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const line = mail.text.split('\n').find((l) => l.trim().startsWith(prefix));
  if (!line) throw new Error(`no link starting with ${prefix} in mail "${mail.subject}":\n${mail.text}`);
  return line.trim();
}
