import { describe, expect, it } from 'vitest';
import { trajectSchema } from '../traject';
import {
  COHORT_COLUMNS,
  cohortTemplate,
  programmeSeats,
  readDate,
  readPartTimeFactor,
  readProgramme,
  ROLE_SEATS,
} from './cohortColumns';
import { cohortEmails, cohortKey, readCohortFile, type CohortRow } from './cohortFile';
import { cohortTraject, validateCohort, type CohortContext, type KnownPerson } from './cohortImport';
import { PROGRAMME_IDS, PROGRAMMES } from '../programmes';

const INSTITUTE = 'hr-pdg';
const known: Record<string, KnownPerson> = {
  'kees@school.example': { uid: 'u-kees', instituteId: INSTITUTE, displayName: 'Kees de Boer' },
  'ria@hr-pdg.example': { uid: 'u-ria', instituteId: INSTITUTE, displayName: 'Ria Dekker' },
  'lotte@school.example': { uid: 'u-lotte', instituteId: INSTITUTE, displayName: 'Lotte Meijer' },
  'elders@andere.example': { uid: 'u-elders', instituteId: 'andere', displayName: 'Eva Elders' },
};

function context(over: Partial<CohortContext> = {}): CohortContext {
  return {
    instituteId: INSTITUTE,
    actor: { uid: 'u-ria', staffRoles: ['secretariaat'], institute: INSTITUTE },
    actorEmail: 'ria@hr-pdg.example',
    people: new Map(Object.entries(known)),
    activeTrajecten: [
      { trajectId: 't-lotte', programme: 'pdg', traineeUid: 'u-lotte', startDate: '2026-02-01' },
    ],
    existingTrajectIds: new Set(),
    trajectIdOf: (k) => `id-${k.programme}-${k.traineeEmail}-${k.startDate}`,
    ...over,
  };
}

const HEADER =
  'naam;email;opleiding;startdatum;werkplek;deeltijdfactor;werkplekbegeleider_email;werkplekbegeleider_naam;assessor_email;assessor_naam';
const rowsOf = (lines: string[]): CohortRow[] => {
  const file = readCohortFile([HEADER, ...lines].join('\r\n'));
  if (!file.ok) throw new Error(file.problems.join(' '));
  return file.rows;
};
const check = (lines: string[], ctx = context()) => validateCohort(rowsOf(lines), ctx).map((c) => c.result);

describe('the columns', () => {
  it('follow the programme definitions: one seat per holder a programme allows', () => {
    expect(ROLE_SEATS.map((s) => s.email)).toEqual([
      'opleider_email',
      'opleider2_email',
      'groepsdocent_email',
      'groepsdocent2_email',
      'tutor_email',
      'werkplekbegeleider_email',
      'leidinggevende_email',
      'pdg_trainer_email',
      'pdg_trainer2_email',
      'assessor_email',
      'tweede_assessor_email',
      'collega_docent_email',
      'collega_docent2_email',
      'led_trainer_email',
      'led_trainer2_email',
    ]);
    for (const p of PROGRAMME_IDS) {
      const roles = PROGRAMMES[p].roles.filter((r) => r.role !== PROGRAMMES[p].traineeRole);
      expect(programmeSeats(p).length).toBe(roles.reduce((n, r) => n + r.max, 0));
    }
  });

  it('reads Dutch dates, part-time factors and programme names', () => {
    expect(readDate('1-9-2026')).toEqual({ ok: true, value: '2026-09-01' });
    expect(readDate('01/09/2026')).toEqual({ ok: true, value: '2026-09-01' });
    expect(readDate('2026-09-01')).toEqual({ ok: true, value: '2026-09-01' });
    for (const bad of ['31-02-2026', '2026-13-01', 'volgende week', '09-01-26', '29-02-2027']) {
      expect(readDate(bad), bad).toMatchObject({
        ok: false,
        message: expect.stringMatching(/geen geldige datum.*dd-mm-jjjj/),
      });
    }
    expect(readDate('29-02-2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(readPartTimeFactor('0,8')).toEqual({ ok: true, value: 0.8 });
    expect(readPartTimeFactor('80%')).toEqual({ ok: true, value: 0.8 });
    expect(readPartTimeFactor('')).toEqual({ ok: true, value: 1 });
    for (const bad of ['0,4', '2', 'half', '120%']) expect(readPartTimeFactor(bad).ok, bad).toBe(false);
    expect(readProgramme('PDG (Pedagogisch-didactisch getuigschrift)')).toEqual({ ok: true, value: 'pdg' });
    expect(readProgramme(' Huisarts_Jaar1 ')).toEqual({ ok: true, value: 'huisarts_jaar1' });
  });

  it('has a template per programme that reads back without problems in the header', () => {
    for (const p of PROGRAMME_IDS) {
      const file = readCohortFile(cohortTemplate(p));
      expect(file.ok, p).toBe(true);
      if (file.ok) expect(file.rows).toHaveLength(1);
    }
  });
});

describe('readCohortFile', () => {
  it('refuses a file without the required columns, with unknown or doubled ones, in Dutch', () => {
    expect(readCohortFile('naam;mail;startdatum;opleider_emial;naam\nx;y;z;w;v')).toEqual({
      ok: false,
      problems: [
        'Onbekende kolom "mail". Gebruik de kolomnamen van het voorbeeldbestand.',
        'Onbekende kolom "opleider_emial". Gebruik de kolomnamen van het voorbeeldbestand.',
        'De kolom "naam" staat meer dan eens in de kopregel.',
        'De kolom "email" ontbreekt in de kopregel.',
        'De kolom "opleiding" ontbreekt in de kopregel.',
      ],
    });
    expect(readCohortFile('')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^Het bestand is leeg/)],
    });
    expect(readCohortFile(HEADER + '\n;;\n')).toEqual({
      ok: false,
      problems: ['Er staan geen rijen onder de kopregel.'],
    });
  });

  it('accepts headers as people write them, and counts rows as the spreadsheet does', () => {
    const file = readCohortFile(
      '\uFEFFNaam;E-mail;Opleiding;Startdatum;Opleider 2 E-mail\n\nA;a@x.nl;pdg;1-9-2026;\nB;b@x.nl;pdg;1-9-2026;;\n',
    );
    expect(file).toMatchObject({
      ok: true,
      rows: [
        { row: 3, extraCells: 0 },
        { row: 4, extraCells: 0 },
      ],
    });
    if (file.ok)
      expect(Object.keys(file.rows[0]!.cells)).toEqual([
        'naam',
        'email',
        'opleiding',
        'startdatum',
        'opleider2_email',
      ]);
  });

  it('bounds the number of rows', () => {
    const rows = Array.from({ length: 501 }, (_, i) => `N${i};n${i}@x.nl;pdg;1-9-2026`);
    expect(readCohortFile(['naam;email;opleiding;startdatum', ...rows].join('\n'))).toEqual({
      ok: false,
      problems: ['Het bestand heeft 501 rijen; importeer hooguit 500 rijen tegelijk. Splits het bestand.'],
    });
    expect(COHORT_COLUMNS).toContain('tweede_assessor_naam');
  });
});

describe('validateCohort', () => {
  const good =
    'Sara Visser;sara@school.example;pdg;01-09-2026;ROC Zadkine;0,8;kees@school.example;;ingrid@hr-pdg.example;Ingrid Vos';

  it('turns a valid row into a traject draft with the editor’s fields and role history', () => {
    const [c] = validateCohort(rowsOf([good]), context());
    expect(c!.result).toEqual({
      row: 2,
      status: 'geldig',
      trajectId: 'id-pdg-sara@school.example-2026-09-01',
      traineeName: 'Sara Visser',
      traineeEmail: 'sara@school.example',
      programme: 'pdg',
      startDate: '2026-09-01',
      people: [
        { role: 'deelnemer', email: 'sara@school.example', name: 'Sara Visser', isNew: true },
        { role: 'werkplekbegeleider', email: 'kees@school.example', name: 'Kees de Boer', isNew: false },
        { role: 'assessor', email: 'ingrid@hr-pdg.example', name: 'Ingrid Vos', isNew: true },
      ],
      problems: [],
    });
    const uid = (e: string) => known[e]?.uid ?? `new-${e.split('@')[0]}`;
    const traject = trajectSchema.parse({ ...cohortTraject(c!.draft!, uid, INSTITUTE), updatedBy: 'u-ria' });
    expect(traject).toMatchObject({
      instituteId: INSTITUTE,
      programme: 'pdg',
      workplace: 'ROC Zadkine',
      partTimeFactor: 0.8,
      pauses: [],
      status: 'actief',
      roles: { deelnemer: ['new-sara'], werkplekbegeleider: ['u-kees'], assessor: ['new-ingrid'] },
      roleHistory: { deelnemer: ['new-sara'], werkplekbegeleider: ['u-kees'], assessor: ['new-ingrid'] },
      members: ['new-ingrid', 'new-sara', 'u-kees'],
      names: { 'new-sara': 'Sara Visser', 'u-kees': 'Kees de Boer', 'new-ingrid': 'Ingrid Vos' },
    });
  });

  it('reports every problem of a bad row with its column, in Dutch, and refuses the row whole', () => {
    const results = check([
      // unknown programme
      'A Een;a@school.example;pdg-deeltijd;01-09-2026;;;kees@school.example;;;',
      // the werkplekbegeleider as assessor
      'B Twee;b@school.example;pdg;01-09-2026;;;kees@school.example;;kees@school.example;',
      // a date that is not a date, and a part-time factor out of range
      'C Drie;c@school.example;pdg;31-02-2026;;1,5;kees@school.example;;;',
      // a new rater without a name, a bad address
      'D Vier;d@school.example;pdg;01-09-2026;;;nieuw@school.example;;geen-adres;',
      // a name with a bidi override; a person of another institute
      'E\u202EVijf;e@school.example;pdg;01-09-2026;;;elders@andere.example;;;',
      // the secretariat giving itself a role
      'F Zes;f@school.example;pdg;01-09-2026;;;ria@hr-pdg.example;;;',
      // a trainee with an active traject in the programme already
      'Lotte Meijer;lotte@school.example;pdg;01-09-2026;;;kees@school.example;;;',
      // no werkplekbegeleider (PDG needs exactly one)
      'G Zeven;g@school.example;pdg;01-09-2026;;;;;;',
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('geweigerd'));
    const problems = results.map((r) => r.problems.map((p) => `${p.column}: ${p.message}`));
    expect(problems[0]).toEqual([
      'opleiding: Onbekende opleiding "pdg-deeltijd". Kies een van: huisarts_jaar1, huisarts_jaar3, pdg, led_basis, led_begeleiden_groepen, led_ontwikkelen_onderwijs, mbo_team.',
    ]);
    expect(problems[1]).toEqual([
      'assessor_email: Kees de Boer: De werkplekbegeleider mag nooit assessor zijn bij het summatief lesbezoek van de deelnemer die hij of zij begeleidt. Kies een andere assessor.',
    ]);
    expect(problems[2]).toEqual([
      'startdatum: De startdatum "31-02-2026" is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 01-09-2026.',
      'deeltijdfactor: De deeltijdfactor "1,5" moet een getal tussen 0,5 en 1 zijn (bijvoorbeeld 0,8 of 80%).',
    ]);
    expect(problems[3]).toEqual([
      'werkplekbegeleider_naam: nieuw@school.example is nog niet bekend in Praktijkvolg. Vul werkplekbegeleider_naam in om deze persoon toe te voegen.',
      'assessor_email: Het e-mailadres van assessor (opleiding) "geen-adres" is geen geldig e-mailadres.',
    ]);
    expect(problems[4]).toEqual([
      'naam: De naam bevat een onzichtbaar stuur- of tekenrichtingsteken; typ de tekst opnieuw zonder dat teken.',
      'werkplekbegeleider_email: elders@andere.example hoort al bij een andere opleiding.',
    ]);
    expect(problems[5]).toEqual([
      'werkplekbegeleider_email: Je kunt jezelf niet de rol werkplekbegeleider geven. Vraag een collega van het secretariaat om dit te doen.',
    ]);
    expect(problems[6]).toEqual([
      'email: Lotte Meijer heeft al een actief traject in PDG (Pedagogisch-didactisch getuigschrift) (gestart 1 februari 2026). Pas dat traject aan, of zet het op afgerond of gestopt.',
    ]);
    expect(problems[7]).toEqual([
      'werkplekbegeleider_email: Een traject in PDG (Pedagogisch-didactisch getuigschrift) heeft precies 1 werkplekbegeleider (nu 0).',
    ]);
    expect(results.every((r) => r.people.length === 0 && r.trajectId === null)).toBe(true);
  });

  it('refuses a trainee who is in the file twice (every such row), and a role the programme lacks', () => {
    const results = check([
      good,
      'Sara Visser;Sara@School.example;pdg;01-10-2026;;;kees@school.example;;;',
      'H Acht;h@school.example;mbo_team;01-09-2026;;;kees@school.example;;;',
      'I Negen;i@school.example;pdg;01-09-2026;;;kees@school.example;;;',
    ]);
    expect(results.map((r) => r.status)).toEqual(['geweigerd', 'geweigerd', 'geweigerd', 'geldig']);
    expect(results[0]!.problems).toEqual([
      {
        column: 'email',
        message:
          'Deze deelnemer (sara@school.example) staat meer dan eens in het bestand: ook in rij 3. Laat één rij over.',
      },
    ]);
    expect(results[1]!.problems[0]!.message).toContain('ook in rij 2');
    expect(results[2]!.problems).toEqual([
      {
        column: 'werkplekbegeleider_email',
        message: 'De rol werkplekbegeleider bestaat niet in Teamleren mbo (learner reports).',
      },
    ]);
  });

  it('finds a row that was imported before (a retry) and reports it as such, not as a problem', () => {
    const ctx = context({ existingTrajectIds: new Set(['id-pdg-sara@school.example-2026-09-01']) });
    const [r] = check([good], ctx);
    expect(r).toMatchObject({
      status: 'al_geimporteerd',
      trajectId: 'id-pdg-sara@school.example-2026-09-01',
      problems: [],
    });
    // The traject it made is the trainee's active one now: that is no conflict with itself.
    const again = context({
      activeTrajecten: [
        {
          trajectId: 'id-pdg-lotte@school.example-2026-09-01',
          programme: 'pdg',
          traineeUid: 'u-lotte',
          startDate: '2026-09-01',
        },
      ],
    });
    expect(
      check(['Lotte Meijer;lotte@school.example;pdg;01-09-2026;;;kees@school.example;;;'], again)[0]!.status,
    ).toBe('geldig');
  });

  it('refuses extra cells and a name without an address', () => {
    const [a, b] = check([
      'J Tien;j@school.example;pdg;01-09-2026;;;kees@school.example;;;;overbodig',
      'K Elf;k@school.example;pdg;01-09-2026;;;kees@school.example;;;Iemand',
    ]);
    expect(a!.problems).toEqual([
      {
        column: null,
        message: 'Deze rij heeft meer cellen dan de kopregel kolommen heeft. Verwijder de extra cellen.',
      },
    ]);
    expect(b!.problems).toEqual([
      { column: 'assessor_email', message: 'Vul assessor_email in, of laat assessor_naam leeg.' },
    ]);
  });

  it('keys and addresses for the lookups', () => {
    const rows = rowsOf([good, 'x;;pdg;01-09-2026;;;;;;']);
    expect(cohortKey(rows[0]!)).toEqual({
      programme: 'pdg',
      traineeEmail: 'sara@school.example',
      startDate: '2026-09-01',
    });
    expect(cohortKey(rows[1]!)).toBeNull();
    expect(cohortEmails(rows).sort()).toEqual([
      'ingrid@hr-pdg.example',
      'kees@school.example',
      'sara@school.example',
    ]);
  });
});
