// The world of the browser suites, written straight into the emulators in the data-model shape: two
// institutes, people with Auth accounts and claims, a huisarts and a PDG traject, and form instances built
// with the domain (adHocInstance for windows and parts, formAudience for readerUids/staffVisible).
// Triggers are switched off while seeding, so the trajectWritten trigger does not add the whole schedule
// and every screen shows exactly these forms; they are switched on again for the flows (mail delivery,
// reveal of a sealed round, LEOh submission).
import {
  endOfDayAmsterdam,
  startOfDayAmsterdam,
  FORM_DEFINITIONS,
  FORM_EXAMPLES,
  formAudience,
  membersOf,
  nextRoleHistory,
  trajectSchema,
  type FormType,
  type LeohKind,
  type PartId,
  type ProgrammeId,
  type RoleAssignments,
  type StaffRole,
} from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { adminAuth, adminDb, resetAuth, resetFirestore, setBackgroundTriggers } from '../support/stack.js';


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
const isoDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

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
  const members = membersOf(t.roles);
  const names = Object.fromEntries(
    Object.values(P)
      .filter((p) => members.includes(p.uid))
      .map((p) => [p.uid, p.displayName]),
  );
  return trajectSchema.parse({
    instituteId: t.instituteId,
    programme: t.programme,
    traineeName: t.trainee.displayName,
    workplace: t.workplace,
    startDate: isoDay(new Date(now.getTime() - t.startedDaysAgo * DAY)),
    partTimeFactor: 1,
    pauses: [],
    roles: t.roles,
    roleHistory: nextRoleHistory(undefined, t.roles),
    members,
    names,
    status: 'actief',
  });
}

interface PartState {
  status: 'open' | 'draft' | 'submitted';
  answers?: Record<string, unknown>;
  /** Replaces the raters the traject's roles give (to model bad server data). */
  raterUids?: string[];
}

interface FormSeed {
  formId: string;
  traject: TrajectSeed;
  formType: FormType;
  title: string;
  /** Due this many days from now (negative: overdue). */
  dueInDays: number;
  leohKind?: LeohKind;
  subjectUid?: string;
  status?: 'open' | 'completed' | 'ingediend' | 'vervallen';
  parts: Partial<Record<PartId, PartState>>;
}

/** Writes an envelope and its parts the way docs/data-model.md describes them. */
async function writeForm(f: FormSeed, now: Date): Promise<void> {
  const db = adminDb();
  const ts = (d: Date | null) => (d ? Timestamp.fromDate(d) : null);
  // Windows like the schedule's: open at 00:00 and due at 23:59:59 Amsterdam time.
  const base = {
    opensAt: startOfDayAmsterdam(isoDay(new Date(now.getTime() + (Math.min(f.dueInDays, 0) - 21) * DAY))),
    dueAt: endOfDayAmsterdam(isoDay(new Date(now.getTime() + f.dueInDays * DAY))),
  };
  const parts = (Object.keys(f.parts) as PartId[]).map((partId) => {
    const role = FORM_DEFINITIONS[f.formType].parts.find((p) => p.partId === partId)!.role;
    const raterUids =
      f.parts[partId]!.raterUids ??
      (FORM_DEFINITIONS[f.formType].parts.find((p) => p.partId === partId)!.staff
        ? []
        : [...(f.traject.roles[role as keyof RoleAssignments] ?? [])]);
    return { partId, role, raterUids, state: f.parts[partId]! };
  });
  const submittedAt = new Date(now.getTime() - 2 * DAY);
  const formLike = {
    formId: f.formId,
    instituteId: f.traject.instituteId,
    formType: f.formType,
    status: f.status ?? 'open',
    ...(f.leohKind && { leohKind: f.leohKind }),
    ...(f.subjectUid && { subjectUid: f.subjectUid }),
    parts: parts.map((p) => ({
      partId: p.partId,
      role: p.role,
      raterUids: p.raterUids,
      status: p.state.status,
    })),
  } as const;
  const audience = formAudience(formLike, { roles: f.traject.roles });
  const allSubmitted = parts.every((p) => p.state.status === 'submitted');
  const raterUids = [...new Set(parts.flatMap((p) => p.raterUids))].sort();
  const common = {
    instituteId: f.traject.instituteId,
    trajectId: f.traject.id,
    formType: f.formType,
    ...(f.leohKind && { leohKind: f.leohKind }),
    ...(f.subjectUid && { subjectUid: f.subjectUid }),
  };
  const batch = db.batch();
  batch.set(db.doc(`forms/${f.formId}`), {
    ...common,
    programme: f.traject.programme,
    occurrenceKey: f.formId.split('__')[1],
    title: f.title,
    traineeName: f.traject.trainee.displayName,
    opensAt: ts(base.opensAt),
    dueAt: ts(base.dueAt),
    remindFrom: ts(new Date(base.dueAt.getTime() - 14 * DAY)),
    closesAt: ts(new Date(base.dueAt.getTime() + 42 * DAY)),
    status: f.status ?? (allSubmitted ? 'completed' : 'open'),
    parts: Object.fromEntries(
      parts.map((p) => [
        p.partId,
        {
          role: p.role,
          raterUids: p.raterUids,
          status: p.state.status,
          ...(p.state.status === 'submitted' && { submittedAt: ts(submittedAt) }),
        },
      ]),
    ),
    raterUids,
    readerUids: audience.readerUids,
    staffVisible: audience.staffVisible,
    revealed: FORM_DEFINITIONS[f.formType].sealed ? allSubmitted : true,
    nextReminderAt: allSubmitted ? null : ts(new Date(now.getTime() - 3_600_000)),
  });
  for (const p of parts) {
    const answers =
      p.state.answers ?? (p.state.status === 'submitted' ? (FORM_EXAMPLES[f.formType][p.partId] ?? {}) : {});
    batch.set(db.doc(`forms/${f.formId}/parts/${p.partId}`), {
      ...common,
      formId: f.formId,
      role: p.role,
      raterUids: p.raterUids,
      opensAt: ts(base.opensAt),
      closesAt: ts(new Date(base.dueAt.getTime() + 42 * DAY)),
      status: p.state.status,
      answers,
      schemaVersion: FORM_DEFINITIONS[f.formType].version,
      version: 1,
      revealed: FORM_DEFINITIONS[f.formType].sealed ? allSubmitted : true,
      updatedAt: ts(p.state.status === 'open' ? base.opensAt : submittedAt),
      updatedBy: p.state.status === 'open' ? null : (p.raterUids[0] ?? null),
      ...(p.state.status === 'submitted' && { submittedAt: ts(submittedAt) }),
    });
  }
  await batch.commit();
}

const combelAiosSelf = {
  ...(FORM_EXAMPLES.combel.aios as Record<string, unknown>),
};
const combelDocent = FORM_EXAMPLES.combel.groepsdocent as Record<string, unknown>;

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
        password: 'browser-test-wachtwoord',
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
