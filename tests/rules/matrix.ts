// The access matrix: one table that drives the rules tests (tests/rules/accessMatrix.test.ts, on the Firestore
// emulator) and the generated page docs/access-matrix.md (scripts/generate-access-matrix.ts), so the two cannot
// drift. Each row names a document in a known state (seeded by tests/rules/world.ts), an operation and the actors
// who may do it; every other actor in ACTORS is tested too and must be refused.
//
// Pure data: imported by the docs generator, so nothing here talks to Firebase. Payload values '$uid' and
// '$now' are replaced by the runner with the actor's uid and serverTimestamp().
import { FORM_EXAMPLES, nextRoleHistory, type RoleHistory } from '@praktijkvolg/domain';
import { roleHistoryRows } from './matrixRoleHistory.js';
import { textRows } from './matrixTexts.js';
import { designationRows } from './matrixDesignation.js';
import { calendarRows } from './matrixCalendar.js';
import { retentionRows } from './matrixRetention.js';

export const INSTITUTE_A = 'inst-a';
export const INSTITUTE_B = 'inst-b';

export interface ActorDef {
  /** null: not signed in. */
  uid: string | null;
  /** Custom claims of the ID token. */
  claims: Record<string, unknown>;
  /** Who this is, in the page's words. */
  who: string;
}

export const ACTORS = {
  aios: { uid: 'aios1', claims: { institute: INSTITUTE_A }, who: 'aios of huisarts traject tH' },
  opleider: {
    uid: 'opl1',
    claims: { institute: INSTITUTE_A },
    who: 'opleider in tH (duo with opleider2); the LEOhs `…-opl1` are about them',
  },
  opleider2: {
    uid: 'opl2',
    claims: { institute: INSTITUTE_A },
    who: 'second (duo) opleider in tH; the LEOhs `…-opl2` are about them',
  },
  groepsdocent: { uid: 'gd1', claims: { institute: INSTITUTE_A }, who: 'groepsdocent in tH' },
  deelnemer: { uid: 'dln1', claims: { institute: INSTITUTE_A }, who: 'deelnemer of PDG traject tP' },
  werkplekbegeleider: { uid: 'wpb1', claims: { institute: INSTITUTE_A }, who: 'werkplekbegeleider in tP' },
  formerWerkplekbegeleider: {
    uid: 'wpb0',
    claims: { institute: INSTITUTE_A },
    who: 'werkplekbegeleider of tP before wpb1: only in its roleHistory, no role now',
  },
  assessor: { uid: 'ass1', claims: { institute: INSTITUTE_A }, who: 'assessor (programme) in tP' },
  tweedeAssessor: { uid: 'ass2', claims: { institute: INSTITUTE_A }, who: 'tweede assessor (school) in tP' },
  secretariaat: {
    uid: 'secA',
    claims: { institute: INSTITUTE_A, staff: ['secretariaat'] },
    who: 'secretariaat of institute A',
  },
  hoofdOpleiding: {
    uid: 'hoofdA',
    claims: { institute: INSTITUTE_A, staff: ['hoofd_opleiding'] },
    who: 'hoofd opleiding of institute A',
  },
  faseCoordinator: {
    uid: 'faseA',
    claims: { institute: INSTITUTE_A, staff: ['fase_coordinator'] },
    who: 'fase-coördinator of institute A',
  },
  opleiderscoach: {
    uid: 'coachA',
    claims: { institute: INSTITUTE_A, staff: ['opleiderscoach'] },
    who: 'opleiderscoach of institute A',
  },
  admin: { uid: 'adminA', claims: { institute: INSTITUTE_A, staff: ['admin'] }, who: 'admin of institute A' },
  stranger: {
    uid: 'strangerA',
    claims: { institute: INSTITUTE_A },
    who: 'an account in institute A without any role',
  },
  linkRater: {
    uid: 'link-kpb',
    claims: { institute: INSTITUTE_A, linkPart: 'tH__kpb-3/opleider' },
    who: 'single-use-link session for the opleider part of KPB `tH__kpb-3` (a replacement opleider)',
  },
  linkAssessor: {
    uid: 'link-ass',
    claims: { institute: INSTITUTE_A, linkPart: 'tP__beoordeling-1/assessor' },
    who: 'single-use-link session naming the assessor part of the summative assessment',
  },
  linkReplaced: {
    uid: 'link-old',
    claims: { institute: INSTITUTE_A, linkPart: 'tH__kpb-3/opleider' },
    who: 'a link session for KPB `tH__kpb-3` that is not its designated waarnemer (replaced, or from before designations)',
  },
  linkAdvice: {
    uid: 'link-adv',
    claims: { institute: INSTITUTE_A, linkPart: 'tH__voortgangsadvies-m6/opleider' },
    who: 'a link session for the voortgangsadvies, a part no link may reach (wrongly designated on it)',
  },
  werkplekbegeleiderViaLink: {
    uid: 'wpb1',
    claims: { institute: INSTITUTE_A, linkPart: 'tP__beoordeling-1/assessor' },
    who: "the werkplekbegeleider's own uid in a link session for the assessor part",
  },
  otherSecretariaat: {
    uid: 'secB',
    claims: { institute: INSTITUTE_B, staff: ['secretariaat'] },
    who: 'secretariaat of institute B',
  },
  otherAios: { uid: 'aiosB', claims: { institute: INSTITUTE_B }, who: 'aios of traject tB in institute B' },
  anonymous: { uid: null, claims: {}, who: 'not signed in' },
} as const satisfies Record<string, ActorDef>;

export type ActorId = keyof typeof ACTORS;
export const ACTOR_IDS = Object.keys(ACTORS) as ActorId[];

// Groups, to keep the rows readable.
const TH_MEMBERS: ActorId[] = ['aios', 'opleider', 'opleider2', 'groepsdocent'];
const STAFF_READERS_A: ActorId[] = ['secretariaat', 'hoofdOpleiding', 'faseCoordinator', 'admin'];
const STAFF_A: ActorId[] = [...STAFF_READERS_A, 'opleiderscoach'];
const INSTITUTE_A_ACTORS: ActorId[] = ACTOR_IDS.filter(
  (a) => (ACTORS[a].claims as { institute?: string }).institute === INSTITUTE_A,
);
/** Everyone signed in with an account (not a link session). */
const PERSONS: ActorId[] = ACTOR_IDS.filter(
  (a) => ACTORS[a].uid !== null && !('linkPart' in ACTORS[a].claims),
);

export type Op = 'get' | 'list' | 'create' | 'update' | 'delete';
export type Filter = readonly [field: string, op: '==' | 'array-contains', value: unknown];

export type DocKind =
  'institutes' | 'people' | 'trajecten' | 'forms' | 'parts' | 'versions' | 'audit' | 'server-only';

export interface Row {
  doc: DocKind;
  /** The document (or query) and its state, in words. */
  what: string;
  op: Op;
  /** Document path; for `list` the collection path. */
  path: string;
  /** `list` only: the query's filters. */
  where?: readonly Filter[];
  /** `create` (set) and `update` (update) only. */
  data?: Record<string, unknown>;
  /** Who may. Every other actor is tested and must be refused. */
  allow: readonly ActorId[];
  /** Why, or which rule decides. */
  why: string;
  /** Set when the row is an attack a curious user would try: the attempt, in words. */
  attack?: string;
}

// ------------------------------------------------------------------------------------------- payloads

export const stamp = { updatedAt: '$now', updatedBy: '$uid' };

const huisartsTraject = (roles: Record<string, string[]>, extra: Record<string, unknown> = {}) => {
  const members = [...new Set(Object.values(roles).flat())].sort();
  return {
    instituteId: INSTITUTE_A,
    programme: 'huisarts_jaar1',
    traineeName: 'Noor de Vries',
    workplace: 'Huisartsenpraktijk Het Plein',
    startDate: '2026-09-01',
    partTimeFactor: 1,
    pauses: [],
    roles,
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    status: 'actief',
    roleHistory: nextRoleHistory(undefined, roles),
    ...stamp,
    ...extra,
  };
};
export const pdgTraject = (roles: Record<string, string[]>) => ({
  ...huisartsTraject(roles),
  programme: 'pdg',
});
const pdgRoles = { deelnemer: ['dln9'], werkplekbegeleider: ['wpb9'], assessor: ['ass9'] };

/** Role changes on a world traject: roles, members (the union), names and the role history move together. */
const rolesUpdate = (roles: Record<string, string[]>, trajectId: keyof typeof WORLD_ROLES = 'tH') => {
  const members = [...new Set(Object.values(roles).flat())].sort();
  const before = { roles: WORLD_ROLES[trajectId], roleHistory: WORLD_ROLE_HISTORY[trajectId] };
  return {
    roles,
    roleHistory: nextRoleHistory(before, roles),
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    ...stamp,
  };
};
const tHRoles = { aios: ['aios1'], opleider: ['opl1', 'opl2'], groepsdocent: ['gd1'] };
const tPRoles = {
  deelnemer: ['dln1'],
  werkplekbegeleider: ['wpb1'],
  assessor: ['ass1'],
  tweede_assessor: ['ass2'],
};
/**
 * The roles and role history of the world's trajecten (world.ts): wpb0 was tP's werkplekbegeleider before wpb1;
 * tPold is a PDG traject written before roleHistory existed (none yet).
 */
export const WORLD_ROLES = {
  tH: tHRoles,
  tP: tPRoles,
  tPold: { deelnemer: ['dln2'], werkplekbegeleider: ['wpb2'], assessor: ['ass3'] },
};
export const WORLD_ROLE_HISTORY: Record<keyof typeof WORLD_ROLES, RoleHistory | undefined> = {
  tH: nextRoleHistory(undefined, tHRoles),
  tP: nextRoleHistory({ roleHistory: { werkplekbegeleider: ['wpb0'] } }, tPRoles),
  tPold: undefined,
};

const ex = FORM_EXAMPLES;
const draft = (answers: Record<string, unknown>) => ({ answers, status: 'draft', ...stamp });
const submit = (answers: Record<string, unknown>) => ({
  ...draft(answers),
  status: 'submitted',
  submittedAt: '$now',
});
const without = (o: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
const gdDraft = { competenties: { communicatie: { niveau: 'op_verwachting' } }, tops: 'Goede reflectie.' };

// ------------------------------------------------------------------------------------------- the table

export const MATRIX: readonly Row[] = [
  // ---------------------------------------------------------------- institutes
  {
    doc: 'institutes',
    what: 'institutes/inst-a',
    op: 'get',
    path: 'institutes/inst-a',
    allow: INSTITUTE_A_ACTORS,
    why: 'anyone whose token names the institute (link sessions too: the form shows its name)',
  },
  {
    doc: 'institutes',
    what: 'all institutes',
    op: 'list',
    path: 'institutes',
    allow: [],
    why: 'nobody lists institutes',
  },
  {
    doc: 'institutes',
    what: 'institutes/inst-a: rename',
    op: 'update',
    path: 'institutes/inst-a',
    data: { name: 'Andere naam' },
    allow: [],
    why: 'server only (rule 7)',
  },

  // ---------------------------------------------------------------- people
  {
    doc: 'people',
    what: 'people/aios1 (institute A)',
    op: 'get',
    path: 'people/aios1',
    allow: ['aios', ...STAFF_A],
    why: 'yourself, and the staff of your institute',
  },
  {
    doc: 'people',
    what: 'people/aiosB (institute B)',
    op: 'get',
    path: 'people/aiosB',
    allow: ['otherAios', 'otherSecretariaat'],
    why: "institute isolation: staff of A never see B's people (rule 1)",
    attack: 'reading a person of another institute',
  },
  {
    doc: 'people',
    what: 'people where instituteId == inst-a',
    op: 'list',
    path: 'people',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: STAFF_A,
    why: 'staff list the people of their institute',
  },
  {
    doc: 'people',
    what: 'people, no filter',
    op: 'list',
    path: 'people',
    allow: [],
    why: 'a query must filter on the institute',
    attack: 'querying people without the institute filter',
  },
  {
    doc: 'people',
    what: 'people/aios1: staffRoles ["admin"]',
    op: 'update',
    path: 'people/aios1',
    data: { staffRoles: ['admin'] },
    allow: [],
    why: 'people are written by the callables only; claims are never client-writable (rule 1)',
    attack: 'giving yourself a staff role on your profile',
  },
  {
    doc: 'people',
    what: 'people/new9: create',
    op: 'create',
    path: 'people/new9',
    data: { instituteId: INSTITUTE_A, displayName: 'Nieuw', email: 'new9@example.nl', staffRoles: [] },
    allow: [],
    why: 'the secretariat creates people through the callable upsertPerson',
  },

  // ---------------------------------------------------------------- trajecten: reading
  {
    doc: 'trajecten',
    what: 'trajecten/tH',
    op: 'get',
    path: 'trajecten/tH',
    allow: [...TH_MEMBERS, ...STAFF_A],
    why: 'its members, and the staff of its institute',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tB (institute B)',
    op: 'get',
    path: 'trajecten/tB',
    allow: ['otherAios', 'otherSecretariaat'],
    why: 'institute isolation (rule 1)',
    attack: 'reading a traject of another institute',
  },
  {
    doc: 'trajecten',
    what: 'trajecten where members array-contains me',
    op: 'list',
    path: 'trajecten',
    where: [['members', 'array-contains', '$uid']],
    allow: PERSONS,
    why: 'anyone with an account lists their own trajecten',
  },
  {
    doc: 'trajecten',
    what: 'trajecten where instituteId == inst-a',
    op: 'list',
    path: 'trajecten',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: STAFF_A,
    why: 'staff list the trajecten of their institute',
  },
  {
    doc: 'trajecten',
    what: 'trajecten where instituteId == inst-b',
    op: 'list',
    path: 'trajecten',
    where: [['instituteId', '==', INSTITUTE_B]],
    allow: ['otherSecretariaat'],
    why: 'institute isolation (rule 1)',
    attack: "listing another institute's trajecten",
  },
  {
    doc: 'trajecten',
    what: 'trajecten, no filter',
    op: 'list',
    path: 'trajecten',
    allow: [],
    why: 'a query must filter on members or the institute',
    attack: 'querying trajecten without the required filter',
  },

  // ---------------------------------------------------------------- trajecten: writing (rule 2)
  {
    doc: 'trajecten',
    what: 'create a valid huisarts traject in institute A',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'], groepsdocent: ['gd9', 'gd8'] }),
    allow: ['secretariaat'],
    why: 'only the secretariat of the institute assigns traject roles (rule 1)',
  },
  {
    doc: 'trajecten',
    what: 'create a huisarts jaar 3 traject with one person as groepsdocent and tutor',
    op: 'create',
    path: 'trajecten/tNew3',
    data: {
      ...huisartsTraject({ aios: ['aios9'], opleider: ['opl9'], groepsdocent: ['gd9'], tutor: ['gd9'] }),
      programme: 'huisarts_jaar3',
    },
    allow: ['secretariaat'],
    why: 'fase II allows the pair groepsdocent + tutor',
  },
  {
    doc: 'trajecten',
    what: 'create a PDG traject with the werkplekbegeleider as assessor',
    op: 'create',
    path: 'trajecten/tNewP',
    data: pdgTraject({ ...pdgRoles, assessor: ['wpb9'] }),
    allow: [],
    why: 'the werkplekbegeleider is never assessor (rule 2)',
    attack: 'assigning the werkplekbegeleider as assessor on a new traject',
  },
  {
    doc: 'trajecten',
    what: 'create a PDG traject with the werkplekbegeleider as tweede assessor',
    op: 'create',
    path: 'trajecten/tNewP',
    data: pdgTraject({ ...pdgRoles, tweede_assessor: ['wpb9'] }),
    allow: [],
    why: 'the werkplekbegeleider is never tweede assessor (rule 2)',
  },
  {
    doc: 'trajecten',
    what: 'create a PDG traject with the werkplekbegeleider as leidinggevende',
    op: 'create',
    path: 'trajecten/tNewP',
    data: pdgTraject({ ...pdgRoles, leidinggevende: ['wpb9'] }),
    allow: [],
    why: 'no hierarchical relation (rule 2)',
  },
  {
    doc: 'trajecten',
    what: 'create a valid PDG traject',
    op: 'create',
    path: 'trajecten/tNewP',
    data: pdgTraject({ ...pdgRoles, tweede_assessor: ['ass8'], leidinggevende: ['lg9'] }),
    allow: ['secretariaat'],
    why: 'separate people in every role',
  },
  {
    doc: 'trajecten',
    what: 'create a traject where the aios is also opleider',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['aios9'] }),
    allow: [],
    why: 'nobody holds two roles unless the programme allows the pair (rule 2)',
  },
  {
    doc: 'trajecten',
    what: 'create a traject with three opleiders',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl7', 'opl8', 'opl9'] }),
    allow: [],
    why: 'cardinality: one or two opleiders',
  },
  {
    doc: 'trajecten',
    what: 'create a traject without an opleider',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'] }),
    allow: [],
    why: 'cardinality: at least one opleider',
  },
  {
    doc: 'trajecten',
    what: 'create a huisarts traject with a deelnemer',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'], deelnemer: ['dln9'] }),
    allow: [],
    why: 'only the roles of the programme',
  },
  {
    doc: 'trajecten',
    what: 'create a traject with one person twice as opleider',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9', 'opl9'] }),
    allow: [],
    why: 'nobody twice in one role',
  },
  {
    doc: 'trajecten',
    what: 'create a traject whose members miss a role holder',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'] }, { members: ['aios9'] }),
    allow: [],
    why: 'members must equal the role holders',
  },
  {
    doc: 'trajecten',
    what: 'create a traject whose members add someone without a role',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'] }, { members: ['aios9', 'opl9', 'x9'] }),
    allow: [],
    why: 'members must equal the role holders',
  },
  {
    doc: 'trajecten',
    what: 'create a traject with an extra field',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'] }, { goedgekeurd: true }),
    allow: [],
    why: 'only the fields of the traject',
  },
  {
    doc: 'trajecten',
    what: 'create a traject in the name of someone else (updatedBy)',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'] }, { updatedBy: 'secB' }),
    allow: [],
    why: 'updatedBy is the writer, updatedAt the request time',
  },
  {
    doc: 'trajecten',
    what: 'create a traject with myself as groepsdocent',
    op: 'create',
    path: 'trajecten/tNew',
    data: huisartsTraject({ aios: ['aios9'], opleider: ['opl9'], groepsdocent: ['$uid'] }),
    allow: [],
    why: 'nobody grants themselves a role, the secretariat neither (rule 1)',
    attack: 'the secretariat making itself a rater on a new traject',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: change the workplace',
    op: 'update',
    path: 'trajecten/tH',
    data: { workplace: 'Gezondheidscentrum Noord', ...stamp },
    allow: ['secretariaat'],
    why: 'the secretariat administers trajecten (rule 6)',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: add strangerA as second groepsdocent',
    op: 'update',
    path: 'trajecten/tH',
    data: rolesUpdate({ ...tHRoles, groepsdocent: ['gd1', 'strangerA'] }),
    allow: ['secretariaat'],
    why: 'the secretariat assigns roles to others',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: add myself as second groepsdocent',
    op: 'update',
    path: 'trajecten/tH',
    data: rolesUpdate({ ...tHRoles, groepsdocent: ['gd1', '$uid'] }),
    allow: [],
    why: 'nobody grants themselves a role; members and staff other than the secretariat write no traject (rule 1)',
    attack: 'setting your own traject role',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tP: the werkplekbegeleider becomes assessor',
    op: 'update',
    path: 'trajecten/tP',
    data: rolesUpdate({ ...tPRoles, assessor: ['wpb1'] }, 'tP'),
    allow: [],
    why: 'the werkplekbegeleider is never assessor (rule 2), whoever writes it',
    attack: 'a werkplekbegeleider assigning themselves as assessor through the traject',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tP: the werkplekbegeleider becomes tweede assessor',
    op: 'update',
    path: 'trajecten/tP',
    data: rolesUpdate({ ...tPRoles, tweede_assessor: ['wpb1'] }, 'tP'),
    allow: [],
    why: 'the werkplekbegeleider is never tweede assessor (rule 2)',
    attack: 'a werkplekbegeleider made tweede assessor',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tP: the werkplekbegeleider becomes leidinggevende',
    op: 'update',
    path: 'trajecten/tP',
    data: rolesUpdate({ ...tPRoles, leidinggevende: ['wpb1'] }, 'tP'),
    allow: [],
    why: 'no hierarchical relation (rule 2)',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tP: the assessor becomes werkplekbegeleider',
    op: 'update',
    path: 'trajecten/tP',
    data: rolesUpdate({ ...tPRoles, werkplekbegeleider: ['ass1'] }, 'tP'),
    allow: [],
    why: 'the conflict holds in both directions (rule 2)',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tP: replace the assessor',
    op: 'update',
    path: 'trajecten/tP',
    data: rolesUpdate({ ...tPRoles, assessor: ['ass9'] }, 'tP'),
    allow: ['secretariaat'],
    why: 'a valid role change',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: add strangerA to members without a role',
    op: 'update',
    path: 'trajecten/tH',
    data: { members: ['aios1', 'gd1', 'opl1', 'opl2', 'strangerA'], ...stamp },
    allow: [],
    why: 'members must equal the role holders: membership is how reading is granted',
    attack: 'slipping someone into members to give them read access',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: change the programme',
    op: 'update',
    path: 'trajecten/tH',
    data: { programme: 'huisarts_jaar3', ...stamp },
    allow: [],
    why: 'the programme is fixed: the schedule hangs on it',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: move it to institute B',
    op: 'update',
    path: 'trajecten/tH',
    data: { instituteId: INSTITUTE_B, ...stamp },
    allow: [],
    why: 'the institute is fixed (rule 1)',
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tB (institute B): change the workplace',
    op: 'update',
    path: 'trajecten/tB',
    data: { workplace: 'Elders', ...stamp },
    allow: ['otherSecretariaat'],
    why: 'only the secretariat of its own institute (rule 1)',
    attack: "editing another institute's traject",
  },
  {
    doc: 'trajecten',
    what: 'trajecten/tH: delete',
    op: 'delete',
    path: 'trajecten/tH',
    allow: [],
    why: 'a traject is stopped (status gestopt), never deleted',
  },

  // ---------------------------------------------------------------- forms (envelopes)
  {
    doc: 'forms',
    what: 'ComBel m3 of tH (sealed round, not all parts in)',
    op: 'get',
    path: 'forms/tH__combel-m3',
    allow: [...TH_MEMBERS, ...STAFF_READERS_A],
    why: 'readerUids (traject members) and the staff readers: the envelope holds no answers',
  },
  {
    doc: 'forms',
    what: 'private LEOh m3 about opleider',
    op: 'get',
    path: 'forms/tH__leoh-m3-opl1',
    allow: ['aios', 'opleider'],
    why: 'rule 4: the aios and that opleider; staffVisible is false',
  },
  {
    doc: 'forms',
    what: 'private LEOh m3 about opleider2, groepsdocent wrongly in readerUids',
    op: 'get',
    path: 'forms/tH__leoh-m3-opl2',
    allow: ['aios', 'opleider2', 'groepsdocent'],
    why: 'the envelope follows the server-computed readerUids (so member queries work); its answers do not (see parts)',
  },
  {
    doc: 'forms',
    what: 'dossier LEOh about opleider, handed in (ingediend)',
    op: 'get',
    path: 'forms/tH__leoh-dossier-opl1',
    allow: ['aios', 'opleider', ...STAFF_READERS_A, 'opleiderscoach'],
    why: 'handed in: staffVisible, and the dossier-LEOh staff (rule 4); answers: see parts',
  },
  {
    doc: 'forms',
    what: 'dossier LEOh about opleider2, not handed in yet',
    op: 'get',
    path: 'forms/tH__leoh-dossier-opl2',
    allow: ['aios', 'opleider2'],
    why: 'rule 4: no staff before the opleider hands it in',
  },
  {
    doc: 'forms',
    what: 'KPB 3 of tH (opleider part by link)',
    op: 'get',
    path: 'forms/tH__kpb-3',
    allow: [...TH_MEMBERS, ...STAFF_READERS_A, 'linkRater'],
    why: 'a link session reads the envelope of its own form while its part is open',
  },
  {
    doc: 'forms',
    what: 'summative assessment of tP',
    op: 'get',
    path: 'forms/tP__beoordeling-1',
    allow: ['deelnemer', 'assessor', 'tweedeAssessor', ...STAFF_READERS_A],
    why: 'readerUids: deelnemer and assessors; no link session reaches an assessment',
    attack: 'a werkplekbegeleider holding a link token for the assessor part',
  },
  {
    doc: 'forms',
    what: 'ComBel m3 of tB (institute B)',
    op: 'get',
    path: 'forms/tB__combel-m3',
    allow: ['otherAios', 'otherSecretariaat'],
    why: 'institute isolation (rule 1)',
    attack: "reading another institute's form",
  },
  {
    doc: 'forms',
    what: 'forms where readerUids array-contains me',
    op: 'list',
    path: 'forms',
    where: [['readerUids', 'array-contains', '$uid']],
    allow: PERSONS,
    why: 'the member query',
  },
  {
    doc: 'forms',
    what: 'forms where raterUids array-contains me',
    op: 'list',
    path: 'forms',
    where: [['raterUids', 'array-contains', '$uid']],
    allow: PERSONS,
    why: 'the rater query',
  },
  {
    doc: 'forms',
    what: 'forms where instituteId == inst-a and staffVisible == true',
    op: 'list',
    path: 'forms',
    where: [
      ['instituteId', '==', INSTITUTE_A],
      ['staffVisible', '==', true],
    ],
    allow: STAFF_READERS_A,
    why: 'the staff query',
  },
  {
    doc: 'forms',
    what: 'forms where instituteId == inst-a, formType == leoh, leohKind == dossier, status == ingediend',
    op: 'list',
    path: 'forms',
    where: [
      ['instituteId', '==', INSTITUTE_A],
      ['formType', '==', 'leoh'],
      ['leohKind', '==', 'dossier'],
      ['status', '==', 'ingediend'],
    ],
    allow: ['secretariaat', 'opleiderscoach'],
    why: 'the dossier-LEOh query of the secretariat and the opleiderscoach (rule 4)',
  },
  {
    doc: 'forms',
    what: 'forms where instituteId == inst-a (no staffVisible filter)',
    op: 'list',
    path: 'forms',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: [],
    why: 'staff queries must filter staffVisible == true, or it could include private LEOhs',
    attack: 'querying forms without the filter the rules require',
  },
  {
    doc: 'forms',
    what: 'forms, no filter',
    op: 'list',
    path: 'forms',
    allow: [],
    why: 'a query must filter on readerUids, raterUids or the institute',
    attack: 'querying forms without any filter',
  },
  {
    doc: 'forms',
    what: 'forms where instituteId == inst-b and staffVisible == true',
    op: 'list',
    path: 'forms',
    where: [
      ['instituteId', '==', INSTITUTE_B],
      ['staffVisible', '==', true],
    ],
    allow: ['otherSecretariaat'],
    why: 'institute isolation (rule 1)',
    attack: "listing another institute's forms",
  },
  {
    doc: 'forms',
    what: 'ComBel m3: set revealed',
    op: 'update',
    path: 'forms/tH__combel-m3',
    data: { revealed: true },
    allow: [],
    why: 'envelopes are server-owned (rules 7, 8)',
    attack: 'revealing a sealed round early',
  },
  {
    doc: 'forms',
    what: 'ComBel m3: set status completed',
    op: 'update',
    path: 'forms/tH__combel-m3',
    data: { status: 'completed' },
    allow: [],
    why: 'status transitions are done by functions (rule 7)',
  },
  {
    doc: 'forms',
    what: 'create a form',
    op: 'create',
    path: 'forms/tH__combel-extra',
    data: { instituteId: INSTITUTE_A, trajectId: 'tH', formType: 'combel', readerUids: ['$uid'] },
    allow: [],
    why: 'forms are created by the schedule (server)',
  },
  {
    doc: 'forms',
    what: 'ComBel m3: delete',
    op: 'delete',
    path: 'forms/tH__combel-m3',
    allow: [],
    why: 'server only',
  },

  // ---------------------------------------------------------------- parts: reading
  {
    doc: 'parts',
    what: 'ComBel m3 aios part: submitted, round sealed',
    op: 'get',
    path: 'forms/tH__combel-m3/parts/aios',
    allow: ['aios'],
    why: 'sealed until every part is in (rule 8): the other raters and staff wait',
    attack: "reading another rater's sealed part",
  },
  {
    doc: 'parts',
    what: 'ComBel m3 opleider part: draft',
    op: 'get',
    path: 'forms/tH__combel-m3/parts/opleider',
    allow: ['opleider', 'opleider2'],
    why: 'its raters (duo-opleiders share it); others only see submitted parts',
  },
  {
    doc: 'parts',
    what: 'ComBel m9 groepsdocent part: submitted, round revealed',
    op: 'get',
    path: 'forms/tH__combel-m9/parts/groepsdocent',
    allow: [...TH_MEMBERS, ...STAFF_READERS_A],
    why: 'revealed: readers and staff readers (one get() of the envelope)',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 parts where raterUids array-contains me',
    op: 'list',
    path: 'forms/tH__combel-m3/parts',
    where: [['raterUids', 'array-contains', '$uid']],
    allow: PERSONS,
    why: 'my own parts',
  },
  {
    doc: 'parts',
    what: 'ComBel m9 parts where status == submitted (revealed)',
    op: 'list',
    path: 'forms/tH__combel-m9/parts',
    where: [['status', '==', 'submitted']],
    allow: [...TH_MEMBERS, ...STAFF_READERS_A],
    why: 'the readers query of a revealed round',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 parts where status == submitted (sealed)',
    op: 'list',
    path: 'forms/tH__combel-m3/parts',
    where: [['status', '==', 'submitted']],
    allow: [],
    why: 'sealed (rule 8): not even its raters may list the others',
    attack: 'listing the submitted parts of a sealed round',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 parts, no filter',
    op: 'list',
    path: 'forms/tH__combel-m3/parts',
    allow: [],
    why: 'a query must filter on raterUids or status',
    attack: 'querying parts without the filter the rules require',
  },
  {
    doc: 'parts',
    what: 'private LEOh about opleider: aios part, submitted',
    op: 'get',
    path: 'forms/tH__leoh-m3-opl1/parts/aios',
    allow: ['aios', 'opleider'],
    why: 'rule 4: the aios and that opleider only',
  },
  {
    doc: 'parts',
    what: 'private LEOh about opleider2, groepsdocent wrongly in readerUids: aios part, submitted',
    op: 'get',
    path: 'forms/tH__leoh-m3-opl2/parts/aios',
    allow: ['aios', 'opleider2'],
    why: 'rule 4 ignores readerUids: groepsdocenten and assessors never read a LEOh',
    attack: 'a groepsdocent reading a LEOh the server listed them on',
  },
  {
    doc: 'parts',
    what: 'dossier LEOh about opleider, handed in: aios part',
    op: 'get',
    path: 'forms/tH__leoh-dossier-opl1/parts/aios',
    allow: ['aios', 'opleider', 'secretariaat', 'opleiderscoach'],
    why: 'rule 4: secretariat and opleiderscoach once handed in; not the hoofd opleiding',
  },
  {
    doc: 'parts',
    what: 'dossier LEOh about opleider2, not handed in: aios part, draft',
    op: 'get',
    path: 'forms/tH__leoh-dossier-opl2/parts/aios',
    allow: ['aios'],
    why: 'a draft is its writer’s; no staff before handing in (rule 4)',
  },
  {
    doc: 'parts',
    what: 'progress decision: hoofd_opleiding part, open',
    op: 'get',
    path: 'forms/tH__voortgangsbeslissing/parts/hoofd_opleiding',
    allow: ['hoofdOpleiding'],
    why: 'the staff part belongs to the hoofd opleiding of the institute (rule 5)',
  },
  {
    doc: 'parts',
    what: 'KPB 3 opleider part (link), open',
    op: 'get',
    path: 'forms/tH__kpb-3/parts/opleider',
    allow: ['linkRater'],
    why: 'the link session of exactly this part, while open',
  },
  {
    doc: 'parts',
    what: 'summative assessment: tweede_assessor part, submitted, sealed',
    op: 'get',
    path: 'forms/tP__beoordeling-1/parts/tweede_assessor',
    allow: ['tweedeAssessor'],
    why: 'sealed until both assessors submitted (rule 8)',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 of tB: aios part (institute B)',
    op: 'get',
    path: 'forms/tB__combel-m3/parts/aios',
    allow: ['otherAios'],
    why: 'its rater; a draft',
    attack: "reading another institute's part",
  },

  // ---------------------------------------------------------------- parts: writing (rule 3)
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: save a draft',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: draft(gdDraft),
    allow: ['groepsdocent'],
    why: 'each rater writes only their own part (rule 3)',
    attack: "writing another rater's part",
  },
  {
    doc: 'parts',
    what: 'ComBel m3 opleider part: save a draft',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/opleider',
    data: draft({ feedbackPraktijk: 'Assistentes zijn tevreden.', tops: 'Rustig.' }),
    allow: ['opleider', 'opleider2'],
    why: 'duo-opleiders share the opleider part',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: submit, complete',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: submit(ex.combel.groepsdocent!),
    allow: ['groepsdocent'],
    why: 'submittedAt is the request time',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 aios part (submitted): change it',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/aios',
    data: draft({ tops: 'Toch anders.' }),
    allow: [],
    why: 'a submitted part is final; a correction is a new version by the server (rule 3)',
    attack: 'editing after submission',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: an extra answer key',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: draft({ ...gdDraft, cijfer: 9 }),
    allow: [],
    why: 'only the fields of that form and part',
    attack: 'adding an extra answer field',
  },
  {
    doc: 'parts',
    what: "ComBel m3 groepsdocent part: an answer of the aios's part (leerdoelen)",
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: draft({ ...gdDraft, leerdoelen: 'Niet van mij.' }),
    allow: [],
    why: 'each part has its own fields',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: set revealed',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(gdDraft), revealed: true },
    allow: [],
    why: 'only answers, status, updatedAt, updatedBy, submittedAt (rule 7)',
    attack: 'adding an extra document field',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: add a rater',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(gdDraft), raterUids: ['gd1', 'strangerA'] },
    allow: [],
    why: 'raters are copied by the server (rule 7)',
    attack: 'adding someone as rater of your part',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: move the window',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(gdDraft), closesAt: null },
    allow: [],
    why: 'the window is the server’s (rule 7)',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: tops of 2001 characters',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: draft({ tops: 'x'.repeat(2001) }),
    allow: [],
    why: 'sizes of the form definition',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: tops is a number',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: draft({ tops: 42 }),
    allow: [],
    why: 'types of the form definition',
  },
  {
    doc: 'parts',
    what: 'voortgangsadvies m6 opleider part: an advice that is not an option',
    op: 'update',
    path: 'forms/tH__voortgangsadvies-m6/parts/opleider',
    data: draft({ advies: 'misschien' }),
    allow: [],
    why: 'options of the form definition',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: a competency area that does not exist',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: draft({ competenties: { chirurgie: { niveau: 'op_verwachting' } } }),
    allow: [],
    why: 'group items of the form definition',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: updatedBy someone else',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(gdDraft), updatedBy: 'opl1' },
    allow: [],
    why: 'updatedBy is the writer',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: status completed',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(gdDraft), status: 'completed' },
    allow: [],
    why: 'clients set draft or submitted only',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: submit without submittedAt',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(ex.combel.groepsdocent!), status: 'submitted' },
    allow: [],
    why: 'a submission is stamped with the request time',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: submit without tips',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: submit(without(ex.combel.groepsdocent!, 'tips')),
    allow: [],
    why: 'a submission has every required top-level answer',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 groepsdocent part: a draft with submittedAt',
    op: 'update',
    path: 'forms/tH__combel-m3/parts/groepsdocent',
    data: { ...draft(gdDraft), submittedAt: '$now' },
    allow: [],
    why: 'only a submission sets submittedAt',
  },
  {
    doc: 'parts',
    what: 'ComBel m6 aios part: window closed',
    op: 'update',
    path: 'forms/tH__combel-m6/parts/aios',
    data: draft({ tops: 'Te laat.' }),
    allow: [],
    why: 'only while the window is open (rule 3)',
  },
  {
    doc: 'parts',
    what: 'ComBel (future) aios part: window not open yet',
    op: 'update',
    path: 'forms/tH__combel-future/parts/aios',
    data: draft({ tops: 'Te vroeg.' }),
    allow: [],
    why: 'only while the window is open (rule 3)',
  },
  {
    doc: 'parts',
    what: 'progress decision: hoofd_opleiding part, save a draft',
    op: 'update',
    path: 'forms/tH__voortgangsbeslissing/parts/hoofd_opleiding',
    data: draft({ uitkomst: 'door', onderbouwing: 'Alle adviezen positief.' }),
    allow: ['hoofdOpleiding'],
    why: 'only the hoofd opleiding records the decision (rule 5)',
    attack: 'an opleider or the secretariat recording the progress decision',
  },
  {
    doc: 'parts',
    what: 'voortgangsadvies m6: opleider part, save a draft',
    op: 'update',
    path: 'forms/tH__voortgangsadvies-m6/parts/opleider',
    data: draft({ advies: 'go', onderbouwing: 'Goede ontwikkeling.' }),
    allow: ['opleider', 'opleider2'],
    why: 'advice by the opleider (rule 5)',
  },
  {
    doc: 'parts',
    what: 'KPB 3 opleider part (link): save a draft',
    op: 'update',
    path: 'forms/tH__kpb-3/parts/opleider',
    data: draft({ observatie: 'Goede anamnese.', thema: 'Rugpijn' }),
    allow: ['linkRater'],
    why: 'the link session of exactly this part',
  },
  {
    doc: 'parts',
    what: 'KPB 3 aios part (submitted) by the link session of the opleider part',
    op: 'update',
    path: 'forms/tH__kpb-3/parts/aios',
    data: draft({ onderwerp: 'Anders' }),
    allow: [],
    why: 'a link reaches one part only',
  },
  {
    doc: 'parts',
    what: 'summative assessment: assessor part, save a draft',
    op: 'update',
    path: 'forms/tP__beoordeling-1/parts/assessor',
    data: draft({ datumLesbezoek: '2026-03-02', eindoordeel: 'behaald' }),
    allow: ['assessor'],
    why: 'the assessor the secretariat assigned; no link session reaches an assessment',
    attack: 'a werkplekbegeleider filling the assessor part through a link',
  },
  {
    doc: 'parts',
    what: 'summative assessment where the server wrongly listed the werkplekbegeleider as assessor',
    op: 'update',
    path: 'forms/tP__beoordeling-bug/parts/assessor',
    data: draft({ datumLesbezoek: '2026-03-02' }),
    allow: [],
    why: 'rule 2 at act time: the traject says they are werkplekbegeleider (one get())',
    attack: 'a werkplekbegeleider assessing through a mis-copied part',
  },
  {
    doc: 'parts',
    what: 'dossier LEOh about opleider2: aios part, save a draft',
    op: 'update',
    path: 'forms/tH__leoh-dossier-opl2/parts/aios',
    data: draft({ tops: 'Neemt de tijd.' }),
    allow: ['aios'],
    why: 'the aios fills the LEOh; the opleider it is about never does',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 of tB: aios part, save a draft (institute B)',
    op: 'update',
    path: 'forms/tB__combel-m3/parts/aios',
    data: draft({ tops: 'Prima.' }),
    allow: ['otherAios'],
    why: 'its rater only',
  },
  {
    doc: 'parts',
    what: 'ComBel m3: create a tutor part',
    op: 'create',
    path: 'forms/tH__combel-m3/parts/tutor',
    data: {
      instituteId: INSTITUTE_A,
      trajectId: 'tH',
      formId: 'tH__combel-m3',
      formType: 'combel',
      role: 'tutor',
      raterUids: ['$uid'],
      status: 'open',
      answers: {},
    },
    allow: [],
    why: 'parts are created by the server',
    attack: 'creating a part for yourself',
  },
  {
    doc: 'parts',
    what: 'ComBel m3 opleider part: delete',
    op: 'delete',
    path: 'forms/tH__combel-m3/parts/opleider',
    allow: [],
    why: 'server only',
  },

  // ---------------------------------------------------------------- versions
  {
    doc: 'versions',
    what: 'ComBel m9 aios part, version 1',
    op: 'get',
    path: 'forms/tH__combel-m9/parts/aios/versions/1',
    allow: ['aios', ...STAFF_READERS_A],
    why: 'its rater and the staff readers',
  },
  {
    doc: 'versions',
    what: 'ComBel m9 aios part: write a version',
    op: 'create',
    path: 'forms/tH__combel-m9/parts/aios/versions/2',
    data: { instituteId: INSTITUTE_A, formType: 'combel', raterUids: ['$uid'], answers: {} },
    allow: [],
    why: 'history is kept by the server (rule 7)',
  },

  // ---------------------------------------------------------------- audit
  {
    doc: 'audit',
    what: 'an audit entry of institute A',
    op: 'get',
    path: 'audit/a1',
    allow: ['admin'],
    why: 'the admin of the institute',
  },
  {
    doc: 'audit',
    what: 'audit where instituteId == inst-a',
    op: 'list',
    path: 'audit',
    where: [['instituteId', '==', INSTITUTE_A]],
    allow: ['admin'],
    why: 'the admin of the institute',
  },
  {
    doc: 'audit',
    what: 'write an audit entry',
    op: 'create',
    path: 'audit/x1',
    data: {
      instituteId: INSTITUTE_A,
      at: '$now',
      actorUid: '$uid',
      action: 'part.submitted',
      target: 'x',
      details: {},
    },
    allow: [],
    why: 'append-only, server only (rule 7)',
    attack: 'forging an audit entry',
  },
  {
    doc: 'audit',
    what: 'an audit entry: change it',
    op: 'update',
    path: 'audit/a1',
    data: { action: 'mail.sent' },
    allow: [],
    why: 'append-only, server only (rule 7)',
  },

  // ---------------------------------------------------------------- server-only collections
  {
    doc: 'server-only',
    what: 'mail/m1',
    op: 'get',
    path: 'mail/m1',
    allow: [],
    why: 'the outbox is the server’s (rule 7)',
  },
  {
    doc: 'server-only',
    what: 'mail: queue a message',
    op: 'create',
    path: 'mail/x1',
    data: { to: 'iemand@example.nl', message: { subject: 'Hallo', text: 'Spam' } },
    allow: [],
    why: 'the outbox is the server’s (rule 7)',
    attack: 'sending mail through the outbox',
  },
  {
    doc: 'server-only',
    what: 'reminderDigests/aios1_2026-01-05',
    op: 'get',
    path: 'reminderDigests/aios1_2026-01-05',
    allow: [],
    why: 'reminder state is the server’s (rule 7)',
  },
  {
    doc: 'server-only',
    what: 'reminderDigests: reset my digest',
    op: 'update',
    path: 'reminderDigests/aios1_2026-01-05',
    data: { sent: false },
    allow: [],
    why: 'reminder state is the server’s (rule 7)',
  },
  {
    doc: 'server-only',
    what: 'linkTokens/h1',
    op: 'get',
    path: 'linkTokens/h1',
    allow: [],
    why: 'link tokens are the server’s',
    attack: 'reading a link token',
  },

  // ---------------------------------------------------------------- rule 8: role history (matrixRoleHistory.ts)
  ...roleHistoryRows(),
  ...textRows(),
  ...designationRows(),
  ...calendarRows(),
  ...retentionRows(),
];
