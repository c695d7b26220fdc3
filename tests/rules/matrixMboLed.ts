// Access-matrix rows of the mbo learner reports (rule 10, docs/rules.md "Learner reports") and of LED
// (collega-docent, LED-trainer). A learner report is read by its teacher only, plus whom the teacher shared that
// one report with: no staff role (secretariaat, hoofd opleiding, fase-coördinator, opleiderscoach, admin) and not
// the leidinggevende, not as a part, an earlier version, an envelope or a query. Teams are maintained by the
// secretariat and the admin. In LED the collega-docent writes their own parts (the response to the leerdoelen,
// the observation on the docent's learning points, the response to a practice assignment); the docent, the
// collega-docent and the LED-trainer read them. World: tests/rules/worldMboLed.ts. Concatenated into MATRIX.
//
// Only function declarations here: matrix.ts imports this file and this file imports matrix.ts.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { draft, INSTITUTE_A, STAFF_A, STAFF_READERS_A, stamp, submit, type Row } from './matrix.js';

const LED_READERS = ['ledDocent', 'collegaDocent', 'ledTrainer'] as const;

function learnerReportRows(): Row[] {
  const report1 = 'forms/tM__learner-report-1/parts/deelnemer';
  return [
    {
      doc: 'parts',
      what: `${report1} (submitted learner report, not shared)`,
      op: 'get',
      path: report1,
      allow: ['mboDocent'],
      why: 'rule 10: a learner report is its teacher’s own; no staff readers, no team readers (formAudience)',
      attack: 'staff or the leidinggevende reading an individual learner report',
    },
    {
      doc: 'forms',
      what: 'forms/tM__learner-report-1 (envelope: status and due date of a learner report)',
      op: 'get',
      path: 'forms/tM__learner-report-1',
      allow: ['mboDocent'],
      why: 'rule 10: staffVisible false, readerUids = the teacher (whether a teacher wrote a report is theirs too)',
      attack: 'staff checking which teacher has not written their report',
    },
    {
      doc: 'forms',
      what: 'forms where instituteId == A and formType == learner_report (every report of the institute)',
      op: 'list',
      path: 'forms',
      where: [
        ['instituteId', '==', INSTITUTE_A],
        ['formType', '==', 'learner_report'],
      ],
      allow: [],
      why: 'rule 10: no staff query reaches a learner report (staffVisible false on every one)',
      attack: 'staff listing all learner reports of the institute',
    },
    {
      doc: 'versions',
      what: `${report1}/versions/1 (an earlier version of a learner report)`,
      op: 'get',
      path: `${report1}/versions/1`,
      allow: ['mboDocent'],
      why: 'rule 10: authorOnlyFormTypes(): staff readers of versions never read a learner report’s history',
      attack: 'staff reading a learner report through its earlier version',
    },
    {
      doc: 'parts',
      what: 'forms/tM__learner-report-2/parts/deelnemer (shared by mbo1 with mbo2)',
      op: 'get',
      path: 'forms/tM__learner-report-2/parts/deelnemer',
      allow: ['mboDocent', 'mboCollega'],
      why: 'the teacher shared this one report (shareLearnerReport: sharedWith, in readerUids); still no staff',
    },
    {
      doc: 'forms',
      what: 'forms/tM__learner-report-1: add oneself to sharedWith and readerUids',
      op: 'update',
      path: 'forms/tM__learner-report-1',
      data: { sharedWith: ['$uid'], readerUids: ['mbo1', '$uid'] },
      allow: [],
      why: 'envelopes are server-owned: only the teacher, through the callable shareLearnerReport, shares a report',
      attack: 'a colleague or the leidinggevende sharing a teacher’s report with themselves',
    },
    {
      doc: 'parts',
      what: 'forms/tM__learner-report-3/parts/deelnemer (draft): save answers',
      op: 'update',
      path: 'forms/tM__learner-report-3/parts/deelnemer',
      data: draft(FORM_EXAMPLES.learner_report.deelnemer!),
      allow: ['mboDocent'],
      why: 'rule 2: only the teacher writes their report',
    },
  ];
}

function teamRows(): Row[] {
  const team = (extra: Record<string, unknown> = {}) => ({
    instituteId: INSTITUTE_A,
    name: 'Team Techniek',
    teacherUids: ['mbo1', 'mbo2'],
    leidinggevendeUids: ['lg1'],
    names: { mbo1: 'Naam mbo1', mbo2: 'Naam mbo2', lg1: 'Naam lg1' },
    ...stamp,
    ...extra,
  });
  return [
    {
      doc: 'teams',
      what: 'teams/teamA',
      op: 'get',
      path: 'teams/teamA',
      allow: [...STAFF_A, 'mboDocent', 'mboCollega', 'leidinggevende'],
      why: 'staff of the institute and the team’s own people read who is in the team (never a report)',
    },
    {
      doc: 'teams',
      what: 'teams where instituteId == A',
      op: 'list',
      path: 'teams',
      where: [['instituteId', '==', INSTITUTE_A]],
      allow: STAFF_A,
      why: 'staff of the institute; a member reads their own team by id',
    },
    {
      doc: 'teams',
      what: 'teams/teamNew: create',
      op: 'create',
      path: 'teams/teamNew',
      data: team(),
      allow: ['secretariaat', 'admin'],
      why: 'the secretariat or the admin maintains teams (teamValid)',
    },
    {
      doc: 'teams',
      what: 'teams/teamA: make oneself its leidinggevende',
      op: 'update',
      path: 'teams/teamA',
      data: { leidinggevendeUids: ['lg1', '$uid'], ...stamp },
      allow: ['secretariaat', 'admin'],
      why: 'only the secretariat or the admin changes a team (for them teamValid holds: nobody is in it twice)',
      attack: 'a teacher or a leidinggevende adding themselves to a team to see its overview',
    },
    {
      doc: 'teams',
      what: 'teams/teamNew: create with the leidinggevende also as a teacher',
      op: 'create',
      path: 'teams/teamNew',
      data: team({ leidinggevendeUids: ['mbo1'] }),
      allow: [],
      why: 'teamValid: a leidinggevende is not also a teacher of the same team',
    },
  ];
}

function ledRows(): Row[] {
  const ex = FORM_EXAMPLES;
  return [
    {
      doc: 'parts',
      what: 'forms/tL__leerdoelen/parts/deelnemer (submitted leerdoelen)',
      op: 'get',
      path: 'forms/tL__leerdoelen/parts/deelnemer',
      allow: [...LED_READERS, ...STAFF_READERS_A],
      why: 'the docent, the collega-docent and the LED-trainer (readerRoles); staff readers of the institute',
    },
    {
      doc: 'parts',
      what: 'forms/tL__leerdoelen/parts/collega_docent: submit the response to the leerdoelen',
      op: 'update',
      path: 'forms/tL__leerdoelen/parts/collega_docent',
      data: submit(ex.leerdoelen.collega_docent!),
      allow: ['collegaDocent'],
      why: 'rule 2: the collega-docent writes their own part',
      attack: 'the docent writing the collega-docent’s response to her own leerdoelen',
    },
    {
      doc: 'parts',
      what: 'forms/tL__observatie-led-1/parts/collega_docent (submitted observation)',
      op: 'get',
      path: 'forms/tL__observatie-led-1/parts/collega_docent',
      allow: [...LED_READERS, ...STAFF_READERS_A],
      why: 'the docent, the collega-docent and the LED-trainer (readerRoles); staff readers of the institute',
    },
    {
      doc: 'parts',
      what: 'forms/tL__observatie-led-2/parts/collega_docent: submit the observation on the docent’s leerpunten',
      op: 'update',
      path: 'forms/tL__observatie-led-2/parts/collega_docent',
      data: submit(ex.observatie_led.collega_docent!),
      allow: ['collegaDocent'],
      why: 'rule 2: only the collega-docent observes; the docent never fills in her own observation',
      attack: 'the docent filling in her own lesson observation',
    },
    {
      doc: 'parts',
      what: 'forms/tL__observatie-led-2/parts/collega_docent: submit with the PDG behaviour indicators',
      op: 'update',
      path: 'forms/tL__observatie-led-2/parts/collega_docent',
      data: submit({ ...ex.observatie_led.collega_docent!, gedragsindicatoren: {} }),
      allow: [],
      why: 'the LED observation’s answers are its own fields only (generated answersFit_observatie_led)',
    },
    {
      doc: 'parts',
      what: 'forms/tL__praktijkopdracht-1/parts/deelnemer (submitted practice assignment and reflection)',
      op: 'get',
      path: 'forms/tL__praktijkopdracht-1/parts/deelnemer',
      allow: [...LED_READERS, ...STAFF_READERS_A],
      why: 'visible to the collega-docent and the LED-trainer (readerRoles)',
    },
    {
      doc: 'parts',
      what: 'forms/tL__praktijkopdracht-1/parts/collega_docent: submit the response',
      op: 'update',
      path: 'forms/tL__praktijkopdracht-1/parts/collega_docent',
      data: submit(ex.praktijkopdracht.collega_docent!),
      allow: ['collegaDocent'],
      why: 'rule 2: the collega-docent responds in a part of their own',
      attack: 'the LED-trainer or the docent writing the collega-docent’s response',
    },
  ];
}

export function mboLedRows(): Row[] {
  return [...learnerReportRows(), ...teamRows(), ...ledRows()];
}
