// The documents the access matrix (matrix.ts) talks about, in the shapes of docs/data-model.md, seeded with the
// rules disabled: institutes, people, trajecten and server-only documents here, the forms in world/forms.ts.
// Windows are relative to the moment the suite starts, so "open" and "closed" stay true.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { nextRoleHistory, type RoleHistory } from '@praktijkvolg/domain';
import { doc, writeBatch, type Firestore } from 'firebase/firestore';
import { INSTITUTE_A, INSTITUTE_B, WORLD_ROLE_HISTORY, WORLD_ROLES } from './matrix.js';
import { HELD_REASON, heldTrajectFields } from './matrixRetention.js';
import { mboLedWorldDocs } from './worldMboLed.js';
import { at } from './world/formDocs.js';
import { worldForms } from './world/forms.js';

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

    ...worldForms(),

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
    ['preferences/aios1', { digestHour: 12, optOut: { berichten: false }, updatedAt: at(-1) }],
    ...mboLedWorldDocs(),
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
