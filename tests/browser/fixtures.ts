// The world of the browser suites, written straight into the emulators in the data-model shape: two
// institutes, people with Auth accounts and claims, a huisarts and a PDG traject, and form instances built
// with the shared builders (tests/support/builders.ts: the domain's schemas, formAudience for the readers).
// Triggers are switched off while seeding, so the trajectWritten trigger does not add the whole schedule
// and every screen shows exactly these forms; they are switched on again for the flows (mail delivery,
// reveal of a sealed round, LEOh submission).
import { FORM_EXAMPLES, type ProgrammeId, type RoleAssignments, type StaffRole } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import {
  adminAuth,
  adminDb,
  functionUrl,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';
import { TEST_HOSTS } from '../support/ports.js';
import { formDocs, isoDay, trajectDoc, type FormInput } from '../support/builders.js';

export interface Person {
  uid: string;
  displayName: string;
  email: string;
  instituteId: string;
  staff: StaffRole[];
}

const LUMC = 'lumc-huisarts';
const PDG = 'hr-pdg';
const person = (uid: string, displayName: string, instituteId: string, staff: StaffRole[] = []): Person => ({
  uid,
  displayName,
  email: `${uid}@${instituteId}.example`,
  instituteId,
  staff,
});

export const P = {
  anna: person('anna', 'Anna de Vries', LUMC),
  pieter: person('pieter', 'Pieter Jansen', LUMC),
  gerda: person('gerda', 'Gerda Smit', LUMC),
  bram: person('bram', 'Bram Hendriks', LUMC),
  sanne: person('sanne', 'Sanne de Wit', LUMC, ['secretariaat']),
  hendrik: person('hendrik', 'dr. Hendrik Mulder', LUMC, ['hoofd_opleiding']),
  beheer: person('beheer', 'Beheerder LUMC', LUMC, ['admin']),
  lotte: person('lotte', 'Lotte Meijer', PDG),
  kees: person('kees', 'Kees de Boer', PDG),
  fatima: person('fatima', 'Fatima Yilmaz', PDG),
  ruud: person('ruud', 'Ruud van Leeuwen', PDG),
  ingrid: person('ingrid', 'Ingrid Vos', PDG),
  jan: person('jan', 'Jan Peeters', PDG),
  ria: person('ria', 'Ria Dekker', PDG, ['secretariaat']),
} satisfies Record<string, Person>;

export const DAY = 86_400_000;

interface TrajectSeed {
  id: string;
  instituteId: string;
  programme: ProgrammeId;
  trainee: Person;
  workplace: string;
  startedDaysAgo: number;
  roles: RoleAssignments;
}

export const T = {
  anna: {
    id: 't-anna',
    instituteId: LUMC,
    programme: 'huisarts_jaar1',
    trainee: P.anna,
    workplace: 'Huisartsenpraktijk De Linde, Leiden',
    startedDaysAgo: 85,
    roles: { aios: [P.anna.uid], opleider: [P.pieter.uid], groepsdocent: [P.gerda.uid, P.bram.uid] },
  },
  lotte: {
    id: 't-lotte',
    instituteId: PDG,
    programme: 'pdg',
    trainee: P.lotte,
    workplace: 'Zadkine, Rotterdam',
    startedDaysAgo: 160,
    roles: {
      deelnemer: [P.lotte.uid],
      werkplekbegeleider: [P.kees.uid],
      leidinggevende: [P.fatima.uid],
      pdg_trainer: [P.ruud.uid],
      assessor: [P.ingrid.uid],
      tweede_assessor: [P.jan.uid],
    },
  },
} satisfies Record<string, TrajectSeed>;

/** Form ids of the seeded instances (ad-hoc keys, never the schedule's). */
export const F = {
  combel: `${T.anna.id}__fx-combel-m3`,
  leohDossier: `${T.anna.id}__fx-leoh-dossier-m9-pieter`,
  leohPrivate: `${T.anna.id}__fx-leoh-private-m3-pieter`,
  diensten: `${T.anna.id}__fx-diensten-m3`,
  advies: `${T.anna.id}__fx-voortgangsadvies-m3`,
  beslissing: `${T.anna.id}__fx-voortgangsbeslissing`,
  observatie: `${T.lotte.id}__fx-observatie-3`,
  beoordeling: `${T.lotte.id}__fx-beoordeling-summatief-1`,
  beoordelingFout: `${T.lotte.id}__fx-beoordeling-summatief-2`,
};

function trajectData(t: TrajectSeed, now: Date) {
  return trajectDoc({
    instituteId: t.instituteId,
    programme: t.programme,
    traineeName: t.trainee.displayName,
    workplace: t.workplace,
    startDate: isoDay(new Date(now.getTime() - t.startedDaysAgo * DAY)),
    roles: t.roles,
    nameOf: (uid) => Object.values(P).find((p) => p.uid === uid)?.displayName ?? uid,
  });
}

type FormSeed = Omit<FormInput, 'trajectId' | 'traject'> & { traject: TrajectSeed };

/** Writes an envelope and its parts (tests/support/builders.ts: through the domain's contracts). */
async function writeForm(f: FormSeed, now: Date): Promise<void> {
  const db = adminDb();
  const traject = { ...f.traject, traineeName: f.traject.trainee.displayName };
  const batch = db.batch();
  for (const [path, data] of formDocs({ ...f, trajectId: f.traject.id, traject }, now, Timestamp.fromDate)) {
    batch.set(db.doc(path), data);
  }
  await batch.commit();
}

const combelAiosSelf = {
  ...(FORM_EXAMPLES.combel.aios as Record<string, unknown>),
};
const combelDocent = FORM_EXAMPLES.combel.groepsdocent as Record<string, unknown>;

/** Every seeded person's password: only the admin-only HTTP jobs sign in with it (runReminderJob). */
const PASSWORD = 'browser-test-wachtwoord';

/**
 * Runs the reminder job through its admin-only HTTP trigger, as the seeded admin; `now` (an ISO instant) is
 * accepted by the emulator only. Throws with the answer when it is not 200.
 */
export async function runReminderJob(now?: string): Promise<void> {
  const signIn = await fetch(
    `http://${TEST_HOSTS.auth}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: P.beheer.email, password: PASSWORD, returnSecureToken: true }),
    },
  );
  const { idToken } = (await signIn.json()) as { idToken?: string };
  if (!idToken) throw new Error('the seeded admin could not sign in');
  const res = await fetch(functionUrl('runReminderJob'), {
    method: 'POST',
    headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(now ? { now } : {}),
  });
  if (res.status !== 200) throw new Error(`runReminderJob answered ${res.status}: ${await res.text()}`);
}

/** Resets both emulators and writes the whole world. Returns the reference "now" the dates hang on. */
export async function seedWorld(now = new Date()): Promise<Date> {
  await setBackgroundTriggers(false);
  await resetFirestore();
  await resetAuth();
  const db = adminDb();
  const batch = db.batch();
  batch.set(db.doc(`institutes/${LUMC}`), {
    name: 'Huisartsopleiding LUMC',
    programmes: ['huisarts_jaar1', 'huisarts_jaar3'],
    escalateAfterDays: 7,
    remindDaysBefore: 14,
  });
  batch.set(db.doc(`institutes/${PDG}`), {
    name: 'PDG Hogeschool Rotterdam',
    programmes: ['pdg'],
    escalateAfterDays: 7,
    remindDaysBefore: 14,
  });
  for (const p of Object.values(P)) {
    batch.set(db.doc(`people/${p.uid}`), {
      instituteId: p.instituteId,
      displayName: p.displayName,
      email: p.email,
      staffRoles: p.staff,
    });
  }
  for (const t of Object.values(T)) {
    batch.set(db.doc(`trajecten/${t.id}`), {
      ...trajectData(t, now),
      updatedAt: Timestamp.fromDate(now),
      updatedBy: t.instituteId === LUMC ? P.sanne.uid : P.ria.uid,
    });
  }
  await batch.commit();
  await Promise.all(
    Object.values(P).map(async (p) => {
      await adminAuth().createUser({
        uid: p.uid,
        email: p.email,
        displayName: p.displayName,
        emailVerified: true,
        password: PASSWORD,
      });
      await adminAuth().setCustomUserClaims(p.uid, { institute: p.instituteId, staff: p.staff });
    }),
  );

  // ComBel month 3: the aios and the docent are in, the opleider is not (sealed until he is).
  await writeForm(
    {
      formId: F.combel,
      traject: T.anna,
      formType: 'combel',
      title: 'ComBel maand 3',
      dueInDays: 5,
      parts: {
        aios: { status: 'submitted', answers: combelAiosSelf },
        opleider: { status: 'open' },
        groepsdocent: { status: 'submitted', answers: combelDocent, raterUids: [P.gerda.uid] },
      },
    },
    now,
  );
  await writeForm(
    {
      formId: F.leohPrivate,
      traject: T.anna,
      formType: 'leoh',
      title: 'LEOh maand 3 (eigen gebruik)',
      dueInDays: 5,
      leohKind: 'private',
      subjectUid: P.pieter.uid,
      parts: { aios: { status: 'submitted' } },
    },
    now,
  );
  await writeForm(
    {
      formId: F.leohDossier,
      traject: T.anna,
      formType: 'leoh',
      title: 'LEOh maand 9–10 (dossier)',
      dueInDays: 12,
      leohKind: 'dossier',
      subjectUid: P.pieter.uid,
      parts: { aios: { status: 'submitted' } },
    },
    now,
  );
  await writeForm(
    {
      formId: F.diensten,
      traject: T.anna,
      formType: 'diensten',
      title: 'Voortgangsrapportage diensten maand 3',
      dueInDays: -9,
      parts: { opleider: { status: 'open' } },
    },
    now,
  );
  await writeForm(
    {
      formId: F.advies,
      traject: T.anna,
      formType: 'voortgangsadvies',
      title: 'Voortgangsadvies maand 3',
      dueInDays: -3,
      parts: { opleider: { status: 'submitted' } },
    },
    now,
  );
  await writeForm(
    {
      formId: F.beslissing,
      traject: T.anna,
      formType: 'voortgangsbeslissing',
      title: 'Voortgangsbeslissing jaar 1',
      dueInDays: 10,
      parts: { hoofd_opleiding: { status: 'open' } },
      // The advice is in: the server opened the decision (functions/src/forms/decision.ts).
      serverFields: { adviceComplete: true },
    },
    now,
  );
  await writeForm(
    {
      formId: F.observatie,
      traject: T.lotte,
      formType: 'observatie',
      title: 'Lesbezoek 3 werkplekbegeleider (tweede helft)',
      dueInDays: 6,
      parts: { werkplekbegeleider: { status: 'open' } },
    },
    now,
  );
  await writeForm(
    {
      formId: F.beoordeling,
      traject: T.lotte,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek 1',
      dueInDays: 14,
      parts: { assessor: { status: 'open' }, tweede_assessor: { status: 'open' } },
    },
    now,
  );
  // Bad data on purpose: the server listed the werkplekbegeleider as assessor. The UI and the rules must still refuse him.
  await writeForm(
    {
      formId: F.beoordelingFout,
      traject: T.lotte,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek 2',
      dueInDays: 20,
      parts: { assessor: { status: 'open', raterUids: [P.kees.uid] }, tweede_assessor: { status: 'open' } },
    },
    now,
  );
  await setBackgroundTriggers(true);
  return now;
}
