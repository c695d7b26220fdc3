// A new cohort at once (importCohort): a CSV of 200 rows with 10 bad ones of various kinds imports exactly the
// 190 good ones and reports the 10 with their rows and reasons; nothing is written for a refused row (no
// traject, no person, no account); a re-run creates no duplicates; only the secretariat may import.
// The link suites' world: institute 'lumc' with Anna's huisarts traject and Lotte's PDG traject (werkplekbegeleider
// Kees), Sanne of the secretariat.
import { useClients } from '../support/clients.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminAuth,
  adminDb,
  closeAdmin,
  eventually,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';
import { INSTITUTE, P, refusal, seedWorld } from '../links/world.js';

const { as } = useClients();

const HEADER = [
  'naam',
  'email',
  'opleiding',
  'startdatum',
  'werkplek',
  'deeltijdfactor',
  'opleider_email',
  'opleider_naam',
  'opleider2_email',
  'groepsdocent_email',
  'werkplekbegeleider_email',
  'werkplekbegeleider_naam',
  'assessor_email',
  'assessor_naam',
].join(';');

/** Five opleiders who are new to Praktijkvolg (named in the file), and the people the world has. */
const NEW_OPLEIDERS = Array.from({ length: 5 }, (_, i) => ({
  email: `opleider${i}@praktijk.example`,
  name: `Opleider ${i}`,
}));

function goodRow(i: number): string {
  if (i % 4 === 3) {
    // PDG: Kees (known) as werkplekbegeleider, a new assessor.
    return `Deelnemer ${i};deelnemer${i}@roc.example;pdg;01-09-2026;ROC Zadkine;0,8;;;;;${P.kees.email};;assessor${i % 3}@hr.example;Assessor ${i % 3}`;
  }
  const o = NEW_OPLEIDERS[i % NEW_OPLEIDERS.length]!;
  const duo = i % 10 === 0 ? P.pieter.email : '';
  return `Aios ${i};aios${i}@lumc.example;huisarts_jaar1;2026-09-01;Praktijk ${i};1;${o.email};${o.name};${duo};${P.gerda.email};;;;`;
}

/** The ten bad rows, by the row number they get (header = row 1), with what the report must say. */
const BAD: Record<number, { line: string; reason: RegExp; column: string | null }> = {
  5: {
    line: 'Bad Een;bad1@lumc.example;huisarts_jaar5;01-09-2026;;;opleider0@praktijk.example;Opleider 0;;;;;;',
    reason: /^Onbekende opleiding "huisarts_jaar5"/,
    column: 'opleiding',
  },
  17: {
    line: `Bad Twee;bad2@roc.example;pdg;01-09-2026;;;;;;;${P.kees.email};;${P.kees.email};`,
    reason: /De werkplekbegeleider mag nooit assessor zijn/,
    column: 'assessor_email',
  },
  30: {
    line: 'Bad Drie;bad3@lumc.example;huisarts_jaar1;31-02-2026;;;opleider0@praktijk.example;Opleider 0;;;;;;',
    reason: /^De startdatum "31-02-2026" is geen geldige datum/,
    column: 'startdatum',
  },
  44: {
    line: 'Bad Vier;twee@lumc.example;huisarts_jaar1;01-09-2026;;;opleider1@praktijk.example;Opleider 1;;;;;;',
    reason: /staat meer dan eens in het bestand: ook in rij 45/,
    column: 'email',
  },
  45: {
    line: 'Bad Vier;twee@lumc.example;huisarts_jaar1;01-10-2026;;;opleider1@praktijk.example;Opleider 1;;;;;;',
    reason: /staat meer dan eens in het bestand: ook in rij 44/,
    column: 'email',
  },
  80: {
    line: `Anna de Wit;${P.anna.email};huisarts_jaar1;01-09-2026;;;opleider2@praktijk.example;Opleider 2;;;;;;`,
    reason: /^Anna de Wit heeft al een actief traject in Huisartsopleiding fase I/,
    column: 'email',
  },
  101: {
    line: 'Bad Zes;bad6@lumc.example;huisarts_jaar1;01-09-2026;;;onbekend@praktijk.example;;;;;;;',
    reason: /^onbekend@praktijk.example is nog niet bekend in Praktijkvolg. Vul opleider_naam in/,
    column: 'opleider_naam',
  },
  123: {
    line: 'Bad Zeven;bad7@lumc.example;huisarts_jaar1;01-09-2026;;;opleider@praktijk;Iemand;;;;;;',
    reason: /"opleider@praktijk" is geen geldig e-mailadres/,
    column: 'opleider_email',
  },
  150: {
    line: 'Bad\u202EAcht;bad8@lumc.example;huisarts_jaar1;01-09-2026;;;opleider3@praktijk.example;Opleider 3;;;;;;',
    reason: /onzichtbaar stuur- of tekenrichtingsteken/,
    column: 'naam',
  },
  199: {
    line: `Bad Negen;bad9@lumc.example;huisarts_jaar1;01-09-2026;;;${P.sanne.email};;;;;;;`,
    reason: /^Je kunt jezelf niet de rol opleider geven/,
    column: 'opleider_email',
  },
};
const BAD_TRAINEES = [
  'bad1@lumc.example',
  'bad2@roc.example',
  'bad3@lumc.example',
  'twee@lumc.example',
  'bad6@lumc.example',
  'bad7@lumc.example',
  'bad8@lumc.example',
  'bad9@lumc.example',
  'onbekend@praktijk.example',
];

/** 200 data rows (rows 2..201); the bad ones at their row numbers, good ones elsewhere. */
function cohortCsv(): string {
  const lines = [HEADER];
  for (let row = 2; row <= 201; row++) lines.push(BAD[row]?.line ?? goodRow(row));
  return lines.join('\r\n') + '\r\n';
}

const count = async (path: string) => (await adminDb().collection(path).count().get()).data().count;

beforeAll(async () => {
  // The schedule of 190 trajecten is the trigger's business and not what is tested here (one import below
  // runs with triggers on): off, so the shared emulator stays quick.
  await setBackgroundTriggers(false);
});
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth()]);
  await seedWorld();
});
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('importCohort', () => {
  it('imports the 190 good rows of 200, reports the 10 bad ones, writes nothing for them, and a re-run adds nothing', async () => {
    const sanne = await as(P.sanne.uid);
    const csvText = cohortCsv();
    const [trajectenBefore, peopleBefore] = [await count('trajecten'), await count('people')];

    const preview = await sanne.call('importCohort', { csvText, dryRun: true });
    expect(preview).toMatchObject({
      dryRun: true,
      valid: 190,
      alreadyImported: 0,
      refused: 10,
      imported: 0,
      peopleCreated: 0,
    });
    expect([await count('trajecten'), await count('people')]).toEqual([trajectenBefore, peopleBefore]);

    const result = await sanne.call('importCohort', { csvText, dryRun: false });
    expect(result).toMatchObject({
      dryRun: false,
      valid: 190,
      alreadyImported: 0,
      refused: 10,
      imported: 190,
    });
    const refused = result.rows.filter((r) => r.status === 'geweigerd');
    expect(refused.map((r) => r.row)).toEqual(Object.keys(BAD).map(Number));
    for (const r of refused) {
      const bad = BAD[r.row]!;
      expect(
        r.problems.some((p) => bad.reason.test(p.message) && p.column === bad.column),
        `row ${r.row}: ${JSON.stringify(r.problems)}`,
      ).toBe(true);
    }
    expect(result.rows.filter((r) => r.status === 'geimporteerd')).toHaveLength(190);

    // 190 trajecten, the same fields and role history the traject editor writes.
    expect(await count('trajecten')).toBe(trajectenBefore + 190);
    const sample = result.rows.find((r) => r.row === 10)!; // huisarts, duo with Pieter
    const t = (await adminDb().doc(`trajecten/${sample.trajectId}`).get()).data()!;
    const aios = (await adminDb().collection('people').where('email', '==', 'aios10@lumc.example').get())
      .docs[0]!;
    const opleider = (
      await adminDb().collection('people').where('email', '==', 'opleider0@praktijk.example').get()
    ).docs[0]!;
    expect(t).toMatchObject({
      instituteId: INSTITUTE,
      programme: 'huisarts_jaar1',
      traineeName: 'Aios 10',
      workplace: 'Praktijk 10',
      startDate: '2026-09-01',
      partTimeFactor: 1,
      pauses: [],
      status: 'actief',
      roles: { aios: [aios.id], opleider: [opleider.id, P.pieter.uid], groepsdocent: [P.gerda.uid] },
      roleHistory: { aios: [aios.id], opleider: [opleider.id, P.pieter.uid], groepsdocent: [P.gerda.uid] },
      names: {
        [aios.id]: 'Aios 10',
        [opleider.id]: 'Opleider 0',
        [P.pieter.uid]: P.pieter.displayName,
        [P.gerda.uid]: P.gerda.displayName,
      },
      updatedBy: P.sanne.uid,
    });
    expect([...t.members].sort()).toEqual([aios.id, opleider.id, P.pieter.uid, P.gerda.uid].sort());
    // New people have an account without password; known people were found, not made again.
    expect((await adminAuth().getUser(opleider.id)).providerData).toEqual([]);
    expect((await adminDb().collection('people').where('email', '==', P.kees.email).get()).size).toBe(1);

    // Nothing of a refused row: no person, no account.
    for (const email of BAD_TRAINEES) {
      expect((await adminDb().collection('people').where('email', '==', email).get()).size, email).toBe(0);
      await expect(adminAuth().getUserByEmail(email), email).rejects.toMatchObject({
        code: 'auth/user-not-found',
      });
    }
    const peopleAfter = await count('people');
    expect(peopleAfter - peopleBefore).toBe(result.peopleCreated);

    const audit = await adminDb().collection('audit').where('action', '==', 'cohort.imported').get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        actorUid: P.sanne.uid,
        instituteId: INSTITUTE,
        target: `institutes/${INSTITUTE}`,
        details: expect.objectContaining({
          rows: 200,
          valid: 190,
          refused: 10,
          refusedRows: Object.keys(BAD).map(Number),
        }),
      }),
    ]);

    // A retry (the same file again): nothing new, the 190 are found, the 10 still refused.
    const again = await sanne.call('importCohort', { csvText, dryRun: false });
    expect(again).toMatchObject({
      valid: 0,
      alreadyImported: 190,
      refused: 10,
      imported: 0,
      peopleCreated: 0,
    });
    expect([await count('trajecten'), await count('people')]).toEqual([trajectenBefore + 190, peopleAfter]);
  }, 180_000);

  it('refuses everyone but the secretariat of the institute, and a file that is too big or malformed', async () => {
    const csvText = `${HEADER}\r\n${goodRow(2)}\r\n`;
    for (const uid of [P.pieter.uid, P.olga.uid, P.anna.uid]) {
      const r = await refusal((await as(uid)).call('importCohort', { csvText, dryRun: true }));
      expect(r, uid).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen het secretariaat kan een cohort importeren.',
      });
    }
    const sanne = await as(P.sanne.uid);
    const big = [HEADER, ...Array.from({ length: 501 }, (_, i) => goodRow(i))].join('\n');
    expect(await refusal(sanne.call('importCohort', { csvText: big, dryRun: false }))).toMatchObject({
      code: 'invalid-argument',
      message: 'Het bestand heeft 501 rijen; importeer hooguit 500 rijen tegelijk. Splits het bestand.',
    });
    expect(
      await refusal(sanne.callRaw('importCohort', { csvText: 'x'.repeat(1_000_001), dryRun: true })),
    ).toMatchObject({
      code: 'invalid-argument',
      message: 'Het bestand is te groot. Importeer hooguit 500 rijen tegelijk.',
    });
    expect(
      await refusal(sanne.call('importCohort', { csvText: 'naam;mail\nx;y', dryRun: true })),
    ).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/^Onbekende kolom "mail"/),
    });
    expect(await count('trajecten')).toBe(3);
  });

  it('the secretariat of another institute cannot put our people in its trajecten', async () => {
    await adminAuth().createUser({ uid: 'u-elders', email: 'sec@elders.example' });
    await adminAuth().setCustomUserClaims('u-elders', { institute: 'elders', staff: ['secretariaat'] });
    const elders = await as('u-elders');
    const r = await elders.call('importCohort', {
      csvText: `${HEADER}\r\nNieuw;nieuw@elders.example;huisarts_jaar1;01-09-2026;;;${P.pieter.email};;;;;;;\r\n`,
      dryRun: false,
    });
    expect(r).toMatchObject({ imported: 0, refused: 1 });
    expect(r.rows[0]!.problems).toEqual([
      { column: 'opleider_email', message: `${P.pieter.email} hoort al bij een andere opleiding.` },
    ]);
    expect(await count('trajecten')).toBe(3);
  });

  it('a new traject gets its forms from the schedule as usual', async () => {
    await setBackgroundTriggers(true);
    try {
      const sanne = await as(P.sanne.uid);
      const r = await sanne.call('importCohort', {
        csvText: `${HEADER}\r\n${goodRow(2)}\r\n`,
        dryRun: false,
      });
      expect(r.imported).toBe(1);
      const trajectId = r.rows[0]!.trajectId!;
      const forms = await eventually(
        'the schedule of the new traject',
        async () => {
          // sync writes the forms concurrently: wait for the ComBel itself, not just the first form
          const snap = await adminDb().collection('forms').where('trajectId', '==', trajectId).get();
          return snap.docs.some((d) => d.get('formType') === 'combel') ? snap : undefined;
        },
        45_000,
      );
      expect(forms.docs.some((d) => d.get('formType') === 'combel')).toBe(true);
      await eventually('the role audit', async () => {
        const a = await adminDb()
          .collection('audit')
          .where('action', '==', 'traject.roles_changed')
          .where('target', '==', `trajecten/${trajectId}`)
          .get();
        return a.size === 1 ? true : undefined;
      });
    } finally {
      await setBackgroundTriggers(false);
    }
  }, 90_000);
});
