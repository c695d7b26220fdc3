// The access matrix's actors and row shape (tests/rules/matrix.ts concatenates the rows of this folder).
// Pure data: imported by the docs generator, so nothing here talks to Firebase.

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
  // Feedback givers by link (tests/rules/matrixFeedback.ts; the world's forms: tests/rules/worldFeedback.ts)
  linkPractice: {
    uid: 'link-da',
    claims: { institute: INSTITUTE_A, linkPart: 'tH__combel-fb/feedback_1' },
    who: 'single-use-link session of a doktersassistent the opleider asked for feedback on ComBel `tH__combel-fb`',
  },
  linkPeer: {
    uid: 'link-peer',
    claims: { institute: INSTITUTE_A, linkPart: 'tP__aanvraag-fb/feedback_1' },
    who: 'single-use-link session of a fellow student the deelnemer asked for feedback on her summative request',
  },
  // mbo and LED (tests/rules/matrixMboLed.ts; the world's tM, tM2, tL and teams/teamA: tests/rules/worldMboLed.ts)
  mboDocent: {
    uid: 'mbo1',
    claims: { institute: INSTITUTE_A },
    who: 'mbo teacher of traject tM, in team teamA',
  },
  mboCollega: {
    uid: 'mbo2',
    claims: { institute: INSTITUTE_A },
    who: 'mbo teacher of tM2, in team teamA; mbo1 shared `tM__learner-report-2` with them',
  },
  leidinggevende: {
    uid: 'lg1',
    claims: { institute: INSTITUTE_A },
    who: 'leidinggevende of tM, tM2 and team teamA',
  },
  ledDocent: { uid: 'led1', claims: { institute: INSTITUTE_A }, who: 'docent (deelnemer) of LED traject tL' },
  collegaDocent: { uid: 'cd1', claims: { institute: INSTITUTE_A }, who: 'collega-docent in tL' },
  ledTrainer: { uid: 'ledt1', claims: { institute: INSTITUTE_A }, who: 'LED-trainer in tL' },
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
export const TH_MEMBERS: ActorId[] = ['aios', 'opleider', 'opleider2', 'groepsdocent'];
export const STAFF_READERS_A: ActorId[] = ['secretariaat', 'hoofdOpleiding', 'faseCoordinator', 'admin'];
export const STAFF_A: ActorId[] = [...STAFF_READERS_A, 'opleiderscoach'];
export const INSTITUTE_A_ACTORS: ActorId[] = ACTOR_IDS.filter(
  (a) => (ACTORS[a].claims as { institute?: string }).institute === INSTITUTE_A,
);
/** Everyone signed in with an account (not a link session). */
export const PERSONS: ActorId[] = ACTOR_IDS.filter(
  (a) => ACTORS[a].uid !== null && !('linkPart' in ACTORS[a].claims),
);

export type Op = 'get' | 'list' | 'create' | 'update' | 'delete';
export type Filter = readonly [field: string, op: '==' | 'array-contains', value: unknown];

export type DocKind =
  | 'institutes'
  | 'people'
  | 'trajecten'
  | 'forms'
  | 'parts'
  | 'versions'
  | 'audit'
  | 'teams'
  | 'preferences'
  | 'server-only';

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
