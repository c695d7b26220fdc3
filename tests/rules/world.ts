// The documents the access matrix (matrix.ts) talks about, in the shapes of docs/data-model.md, seeded with the
// rules disabled. Windows are relative to the moment the suite starts, so "open" and "closed" stay true.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { FORM_EXAMPLES, nextRoleHistory, type RoleHistory } from '@praktijkvolg/domain';
import { Timestamp, doc, writeBatch, type Firestore } from 'firebase/firestore';
import { INSTITUTE_A, INSTITUTE_B, WORLD_ROLE_HISTORY, WORLD_ROLES } from './matrix.js';
import { HELD_REASON, heldTrajectFields } from './matrixRetention.js';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => Timestamp.fromMillis(Date.now() + days * DAY);

type Window = { opensAt: Timestamp; closesAt: Timestamp | null };
const OPEN = (): Window => ({ opensAt: at(-10), closesAt: at(30) });
const CLOSED = (): Window => ({ opensAt: at(-60), closesAt: at(-1) });
const FUTURE = (): Window => ({ opensAt: at(5), closesAt: at(40) });
const ENDLESS = (): Window => ({ opensAt: at(-10), closesAt: null });

type PartStatus = 'open' | 'draft' | 'submitted';
interface PartSpec {
  raterUids: string[];
  status: PartStatus;
  answers?: Record<string, unknown>;
  /** The link rater named for the part (inviteRater's `designation`; the envelope gets it under `designations`). */
  designatedLinkRater?: string;
}
const designation = (raterUid: string) => ({
  name: 'Waarnemer',
  raterUid,
  invitationId: `inv-${raterUid}`,
  designatedBy: 'opl1',
  designatedByName: 'Naam opl1',
  designatedAs: 'rater',
  at: at(-3),
});
interface FormSpec {
  instituteId?: string;
  trajectId: string;
  programme: string;
  formType: string;
  title: string;
  window: Window;
  status?: 'open' | 'completed' | 'ingediend' | 'vervallen';
  leohKind?: 'private' | 'dossier';
  subjectUid?: string;
  readerUids: string[];
  staffVisible: boolean;
  revealed?: boolean;
  parts: Record<string, PartSpec>;
}

function formDocs(formId: string, f: FormSpec): [string, Record<string, unknown>][] {
  const instituteId = f.instituteId ?? INSTITUTE_A;
  const leoh = f.leohKind ? { leohKind: f.leohKind, subjectUid: f.subjectUid } : {};
  const revealed = f.revealed ?? false;
  const envelope = {
    instituteId,
    trajectId: f.trajectId,
    programme: f.programme,
    formType: f.formType,
    occurrenceKey: formId.split('__')[1],
    title: f.title,
    ...leoh,
    ...f.window,
    dueAt: f.window.closesAt ?? at(20),
    remindFrom: f.window.opensAt,
    status: f.status ?? 'open',
    parts: Object.fromEntries(
      Object.entries(f.parts).map(([partId, p]) => [
        partId,
        { role: partId, raterUids: p.raterUids, status: p.status },
      ]),
    ),
    raterUids: [...new Set(Object.values(f.parts).flatMap((p) => p.raterUids))].sort(),
    readerUids: f.readerUids,
    staffVisible: f.staffVisible,
    revealed,
    nextReminderAt: null,
    designations: Object.fromEntries(
      Object.entries(f.parts).flatMap(([partId, p]) =>
        p.designatedLinkRater ? [[partId, designation(p.designatedLinkRater)]] : [],
      ),
    ),
  };
  const parts = Object.entries(f.parts).map(([partId, p]): [string, Record<string, unknown>] => [
    `forms/${formId}/parts/${partId}`,
    {
      instituteId,
      trajectId: f.trajectId,
      formId,
      formType: f.formType,
      role: partId,
      ...leoh,
      raterUids: p.raterUids,
      ...f.window,
      status: p.status,
      answers: p.answers ?? {},
      schemaVersion: 1,
      version: 1,
      revealed,
      updatedAt: at(-2),
      ...(p.status === 'submitted' ? { submittedAt: at(-2), updatedBy: p.raterUids[0] ?? 'server' } : {}),
      ...(p.designatedLinkRater && { designation: designation(p.designatedLinkRater) }),
    },
  ]);
  return [[`forms/${formId}`, envelope], ...parts];
}

const ex = FORM_EXAMPLES;
const huisarts = { trajectId: 'tH', programme: 'huisarts_jaar1' };
const pdg = { trajectId: 'tP', programme: 'pdg' };
const tHReaders = ['aios1', 'gd1', 'opl1', 'opl2'];

/** `roleHistory` null: a traject written before the history existed. */
function traject(
  instituteId: string,
  programme: string,
  roles: Record<string, string[]>,
  roleHistory: RoleHistory | null = nextRoleHistory(undefined, roles),
) {
  const members = [...new Set(Object.values(roles).flat())].sort();
  return {
    instituteId,
    programme,
    traineeName: 'Sanne Visser',
    workplace: 'Huisartsenpraktijk De Linde',
    startDate: '2025-09-01',
    partTimeFactor: 1,
    pauses: [],
    roles,
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    status: 'actief',
    ...(roleHistory ? { roleHistory } : {}),
    updatedAt: at(-30),
    updatedBy: 'secA',
  };
}

/** Every document of the world, by path. */
export function worldDocs(): [string, Record<string, unknown>][] {
  return [
    ['institutes/inst-a', { name: 'Instituut A', programmes: ['huisarts_jaar1', 'pdg'] }],
    ['institutes/inst-b', { name: 'Instituut B', programmes: ['huisarts_jaar1'] }],
    ...['aios1', 'opl1', 'opl2', 'gd1', 'dln1', 'wpb0', 'wpb1', 'ass1', 'ass2', 'strangerA'].map(
      (uid): [string, Record<string, unknown>] => [
        `people/${uid}`,
        { instituteId: INSTITUTE_A, displayName: `Naam ${uid}`, email: `${uid}@example.nl`, staffRoles: [] },
      ],
    ),
    [
      'people/secA',
      {
        instituteId: INSTITUTE_A,
        displayName: 'Secretariaat A',
        email: 'seca@example.nl',
        staffRoles: ['secretariaat'],
      },
    ],
    [
      'people/aiosB',
      { instituteId: INSTITUTE_B, displayName: 'Aios B', email: 'aiosb@example.nl', staffRoles: [] },
    ],

    ['trajecten/tH', traject(INSTITUTE_A, 'huisarts_jaar1', WORLD_ROLES.tH, WORLD_ROLE_HISTORY.tH)],
    // wpb0 was werkplekbegeleider before wpb1: only the role history remembers (rule 8).
    ['trajecten/tP', traject(INSTITUTE_A, 'pdg', WORLD_ROLES.tP, WORLD_ROLE_HISTORY.tP)],
    ['trajecten/tPold', traject(INSTITUTE_A, 'pdg', WORLD_ROLES.tPold, null)],
    ['trajecten/tB', traject(INSTITUTE_B, 'huisarts_jaar1', { aios: ['aiosB'], opleider: ['oplB'] })],
    // Ended and under the admin's legal hold (matrixRetention.ts).
    [
      'trajecten/tHeld',
      {
        ...heldTrajectFields(),
        updatedAt: at(-30),
        updatedBy: 'secA',
        legalHold: { reason: HELD_REASON, setBy: 'adminA', setAt: at(-5) },
      },
    ],

    ...formDocs('tH__combel-m3', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel maand 3',
      window: OPEN(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.combel.aios },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'draft', answers: { tops: 'Rustig.' } },
        groepsdocent: { raterUids: ['gd1'], status: 'open' },
      },
    }),
    ...formDocs('tH__combel-m9', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel maand 9',
      window: OPEN(),
      status: 'completed',
      readerUids: tHReaders,
      staffVisible: true,
      revealed: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.combel.aios },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'submitted', answers: ex.combel.opleider },
        groepsdocent: { raterUids: ['gd1'], status: 'submitted', answers: ex.combel.groepsdocent },
      },
    }),
    ...formDocs('tH__combel-m6', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel maand 6',
      window: CLOSED(),
      readerUids: ['aios1', 'opl1', 'opl2'],
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'draft', answers: { tops: 'Bijna.' } },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'open' },
      },
    }),
    ...formDocs('tH__combel-future', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel later',
      window: FUTURE(),
      readerUids: ['aios1', 'opl1', 'opl2'],
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'open' },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'open' },
      },
    }),
    ...formDocs('tH__leoh-m3-opl1', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh maand 3',
      leohKind: 'private',
      subjectUid: 'opl1',
      window: OPEN(),
      status: 'completed',
      readerUids: ['aios1', 'opl1'],
      staffVisible: false,
      parts: { aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.leoh.aios } },
    }),
    // A server mistake on purpose: the groepsdocent is listed as reader of a LEOh. Rule 4 must still hold.
    ...formDocs('tH__leoh-m3-opl2', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh maand 3',
      leohKind: 'private',
      subjectUid: 'opl2',
      window: OPEN(),
      status: 'completed',
      readerUids: ['aios1', 'gd1', 'opl2'],
      staffVisible: false,
      parts: { aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.leoh.aios } },
    }),
    ...formDocs('tH__leoh-dossier-opl1', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh dossier',
      leohKind: 'dossier',
      subjectUid: 'opl1',
      window: OPEN(),
      status: 'ingediend',
      readerUids: ['aios1', 'opl1'],
      staffVisible: true,
      parts: { aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.leoh.aios } },
    }),
    ...formDocs('tH__leoh-dossier-opl2', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh dossier',
      leohKind: 'dossier',
      subjectUid: 'opl2',
      window: OPEN(),
      readerUids: ['aios1', 'opl2'],
      staffVisible: false,
      parts: { aios: { raterUids: ['aios1'], status: 'draft', answers: { tops: 'Neemt de tijd.' } } },
    }),
    ...formDocs('tH__voortgangsbeslissing', {
      ...huisarts,
      formType: 'voortgangsbeslissing',
      title: 'Voortgangsbeslissing',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: { hoofd_opleiding: { raterUids: [], status: 'open' } },
    }),
    ...formDocs('tH__voortgangsadvies-m6', {
      ...huisarts,
      formType: 'voortgangsadvies',
      title: 'Voortgangsadvies maand 6',
      window: OPEN(),
      readerUids: tHReaders,
      staffVisible: true,
      // link-adv: a server mistake on purpose, a link session named for a part no link may reach.
      parts: {
        opleider: {
          raterUids: ['opl1', 'opl2', 'link-adv'],
          status: 'draft',
          answers: { advies: 'go' },
          designatedLinkRater: 'link-adv',
        },
      },
    }),
    ...formDocs('tH__kpb-3', {
      ...huisarts,
      formType: 'kpb',
      title: 'KPB 3',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.kpb.aios },
        // Filled by a waarnemend opleider through a single-use link: no account; redeeming the link put the
        // session's uid on the part. link-old lingers on it (a session from before designations, or a server
        // mistake) but is not the designated waarnemer.
        opleider: { raterUids: ['link-kpb', 'link-old'], status: 'open', designatedLinkRater: 'link-kpb' },
      },
    }),
    ...formDocs('tP__beoordeling-1', {
      ...pdg,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek',
      window: ENDLESS(),
      readerUids: ['ass1', 'ass2', 'dln1'],
      staffVisible: true,
      parts: {
        assessor: { raterUids: ['ass1'], status: 'open' },
        tweede_assessor: {
          raterUids: ['ass2'],
          status: 'submitted',
          answers: ex.beoordeling_summatief.tweede_assessor,
        },
      },
    }),
    // A server mistake on purpose: the former werkplekbegeleider wpb0 on the assessor part. Rule 8 must still hold.
    ...formDocs('tP__beoordeling-former', {
      ...pdg,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek',
      window: ENDLESS(),
      readerUids: ['ass2', 'dln1', 'wpb0'],
      staffVisible: true,
      parts: {
        assessor: { raterUids: ['wpb0'], status: 'open' },
        tweede_assessor: { raterUids: ['ass2'], status: 'open' },
      },
    }),
    // A server mistake on purpose: the werkplekbegeleider copied onto the assessor part. Rule 2 must still hold.
    ...formDocs('tP__beoordeling-bug', {
      ...pdg,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek',
      window: ENDLESS(),
      readerUids: ['ass2', 'dln1', 'wpb1'],
      staffVisible: true,
      parts: {
        assessor: { raterUids: ['wpb1'], status: 'open' },
        tweede_assessor: { raterUids: ['ass2'], status: 'open' },
      },
    }),
    ...formDocs('tB__combel-m3', {
      instituteId: INSTITUTE_B,
      trajectId: 'tB',
      programme: 'huisarts_jaar1',
      formType: 'combel',
      title: 'ComBel maand 3',
      window: OPEN(),
      readerUids: ['aiosB', 'oplB'],
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aiosB'], status: 'draft', answers: { tops: 'Gaat goed.' } },
        opleider: { raterUids: ['oplB'], status: 'open' },
      },
    }),
    [
      'forms/tH__combel-m9/parts/aios/versions/1',
      {
        instituteId: INSTITUTE_A,
        trajectId: 'tH',
        formId: 'tH__combel-m9',
        formType: 'combel',
        role: 'aios',
        raterUids: ['aios1'],
        status: 'submitted',
        answers: ex.combel.aios,
        version: 1,
        submittedAt: at(-5),
      },
    ],

    [
      'audit/a1',
      {
        instituteId: INSTITUTE_A,
        at: at(-1),
        actorUid: 'aios1',
        action: 'part.submitted',
        target: 'forms/tH__combel-m3/parts/aios',
        details: {},
      },
    ],
    [
      'audit/b1',
      {
        instituteId: INSTITUTE_B,
        at: at(-1),
        actorUid: 'aiosB',
        action: 'part.submitted',
        target: 'forms/tB__combel-m3/parts/aios',
        details: {},
      },
    ],
    ['mail/m1', { to: 'aios1@example.nl', message: { subject: 'Herinnering', text: 'Vul de ComBel in.' } }],
    ['reminderDigests/aios1_2026-01-05', { uid: 'aios1', sent: true }],
    ['linkTokens/h1', { formId: 'tH__kpb-3', partId: 'opleider', expiresAt: at(7) }],
    ['calendarFeeds/c1', { uid: 'aios1', instituteId: INSTITUTE_A, createdAt: at(-1) }],
  ];
}

export async function seedWorld(env: RulesTestEnvironment): Promise<void> {
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore() as unknown as Firestore;
    const batch = writeBatch(db);
    for (const [path, data] of worldDocs()) batch.set(doc(db, path), data);
    await batch.commit();
  });
}
