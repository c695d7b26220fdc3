// The mbo and LED part of the access matrix's world (tests/rules/world.ts spreads it in): the mbo teachers'
// trajecten tM and tM2 with their learner reports (one shared, one with an earlier version), team teamA, and
// the LED traject tL with its leerdoelen, observations on the docent's own learning points and a practice
// assignment. Rows: tests/rules/matrixMboLed.ts.
import { FORM_EXAMPLES, nextRoleHistory } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase/firestore';
import { INSTITUTE_A } from './matrix.js';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => Timestamp.fromMillis(Date.now() + days * DAY);
const OPEN = () => ({ opensAt: at(-10), closesAt: at(30) });

export const MBO_LED_ROLES = {
  tM: { deelnemer: ['mbo1'], leidinggevende: ['lg1'] },
  tM2: { deelnemer: ['mbo2'], leidinggevende: ['lg1'] },
  tL: { deelnemer: ['led1'], collega_docent: ['cd1'], led_trainer: ['ledt1'] },
};
const LED_READERS = ['cd1', 'led1', 'ledt1'];

function traject(programme: string, roles: Record<string, string[]>, traineeName: string) {
  const members = [...new Set(Object.values(roles).flat())].sort();
  return {
    instituteId: INSTITUTE_A,
    programme,
    traineeName,
    workplace: 'ROC Midden',
    startDate: '2026-01-05',
    partTimeFactor: 1,
    pauses: [],
    roles,
    roleHistory: nextRoleHistory(undefined, roles),
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    status: 'actief',
    updatedAt: at(-30),
    updatedBy: 'secA',
  };
}

type Part = {
  raterUids: string[];
  status: 'open' | 'draft' | 'submitted';
  answers?: Record<string, unknown>;
};

function form(
  formId: string,
  f: {
    programme: string;
    formType: string;
    readerUids: string[];
    staffVisible: boolean;
    sharedWith?: string[];
  },
  parts: Record<string, Part>,
): [string, Record<string, unknown>][] {
  const trajectId = formId.split('__')[0]!;
  const window = OPEN();
  const envelope = {
    instituteId: INSTITUTE_A,
    trajectId,
    programme: f.programme,
    formType: f.formType,
    occurrenceKey: formId.split('__')[1],
    title: formId,
    ...window,
    dueAt: at(20),
    remindFrom: window.opensAt,
    status: Object.values(parts).every((p) => p.status === 'submitted') ? 'completed' : 'open',
    parts: Object.fromEntries(
      Object.entries(parts).map(([id, p]) => [id, { role: id, raterUids: p.raterUids, status: p.status }]),
    ),
    raterUids: [...new Set(Object.values(parts).flatMap((p) => p.raterUids))].sort(),
    readerUids: f.readerUids,
    staffVisible: f.staffVisible,
    revealed: false,
    nextReminderAt: null,
    ...(f.sharedWith && { sharedWith: f.sharedWith }),
  };
  const partDocs = Object.entries(parts).map(([id, p]): [string, Record<string, unknown>] => [
    `forms/${formId}/parts/${id}`,
    {
      instituteId: INSTITUTE_A,
      trajectId,
      formId,
      formType: f.formType,
      role: id,
      raterUids: p.raterUids,
      ...window,
      status: p.status,
      answers: p.answers ?? {},
      schemaVersion: 1,
      version: 1,
      revealed: false,
      updatedAt: at(-2),
      ...(p.status === 'submitted' ? { submittedAt: at(-2), updatedBy: p.raterUids[0] } : {}),
    },
  ]);
  return [[`forms/${formId}`, envelope], ...partDocs];
}

const ex = FORM_EXAMPLES;
const report = (status: Part['status'], answers = ex.learner_report.deelnemer) => ({
  deelnemer: { raterUids: ['mbo1'], status, answers },
});
const mbo = { programme: 'mbo_team', formType: 'learner_report', staffVisible: false };
const led = (formType: string) => ({
  programme: 'led_basis',
  formType,
  readerUids: LED_READERS,
  staffVisible: true,
});

export function mboLedWorldDocs(): [string, Record<string, unknown>][] {
  const reportOne = form('tM__learner-report-1', { ...mbo, readerUids: ['mbo1'] }, report('submitted'));
  const [, firstPart] = reportOne[1]!;
  return [
    ...['mbo1', 'mbo2', 'lg1', 'led1', 'cd1', 'ledt1'].map((uid): [string, Record<string, unknown>] => [
      `people/${uid}`,
      { instituteId: INSTITUTE_A, displayName: `Naam ${uid}`, email: `${uid}@example.nl`, staffRoles: [] },
    ]),
    ['trajecten/tM', traject('mbo_team', MBO_LED_ROLES.tM, 'Naam mbo1')],
    ['trajecten/tM2', traject('mbo_team', MBO_LED_ROLES.tM2, 'Naam mbo2')],
    ['trajecten/tL', traject('led_basis', MBO_LED_ROLES.tL, 'Naam led1')],
    ...reportOne,
    // An earlier version of report 1 (a correction kept the history).
    ['forms/tM__learner-report-1/parts/deelnemer/versions/1', { ...firstPart }],
    ...form(
      'tM__learner-report-2',
      { ...mbo, readerUids: ['mbo1', 'mbo2'], sharedWith: ['mbo2'] },
      report('submitted'),
    ),
    ...form('tM__learner-report-3', { ...mbo, readerUids: ['mbo1'] }, report('draft', {})),
    [
      'teams/teamA',
      {
        instituteId: INSTITUTE_A,
        name: 'Team Zorg en Welzijn',
        teacherUids: ['mbo1', 'mbo2'],
        leidinggevendeUids: ['lg1'],
        names: { mbo1: 'Naam mbo1', mbo2: 'Naam mbo2', lg1: 'Naam lg1' },
        updatedAt: at(-5),
        updatedBy: 'secA',
      },
    ],
    ...form('tL__leerdoelen', led('leerdoelen'), {
      deelnemer: { raterUids: ['led1'], status: 'submitted', answers: ex.leerdoelen.deelnemer },
      collega_docent: { raterUids: ['cd1'], status: 'open' },
    }),
    ...form('tL__observatie-led-1', led('observatie_led'), {
      collega_docent: { raterUids: ['cd1'], status: 'submitted', answers: ex.observatie_led.collega_docent },
    }),
    ...form('tL__observatie-led-2', led('observatie_led'), {
      collega_docent: {
        raterUids: ['cd1'],
        status: 'open',
        answers: {
          leerpunten: [{ leerpunt: 'Ik geef feedback die aansluit bij de leervraag van de aios.' }],
        },
      },
    }),
    ...form('tL__praktijkopdracht-1', led('praktijkopdracht'), {
      deelnemer: { raterUids: ['led1'], status: 'submitted', answers: ex.praktijkopdracht.deelnemer },
      collega_docent: { raterUids: ['cd1'], status: 'open' },
    }),
  ];
}
