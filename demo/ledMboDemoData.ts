// The LED and mbo part of the demo world (pure data, spread into demo/demoData.ts): a LED Basisopleiding docent
// of the Huisartsopleiding with her collega-docent and LED-trainer, and an mbo team of four teachers and
// their leidinggevende at ROC Midden. Played through by scripts/seed/ledMboDemo.ts.
import type { DemoInstitute, DemoPerson, DemoTraject } from './demoData.js';

export const ROC = 'roc-midden';

export const LED_MBO_INSTITUTES: DemoInstitute[] = [
  { id: ROC, name: 'ROC Midden (mbo)', programmes: ['mbo_team'], escalateAfterDays: 7, remindDaysBefore: 7 },
];

const person = (
  uid: string,
  displayName: string,
  instituteId: string,
  demoRole: string,
  staff: DemoPerson['staff'] = [],
): DemoPerson => ({
  uid,
  displayName,
  email: `${uid}@${instituteId}.example`,
  instituteId,
  staff,
  demoRole,
});

/** The mbo teachers of Team Zorg en Welzijn, in the order their reports are played through. */
export const MBO_TEACHERS = ['ahmed', 'sophie', 'daan', 'eva'] as const;

export const LED_MBO_PEOPLE: DemoPerson[] = [
  person('karin', 'Karin Vermeulen', 'lumc-huisarts', 'LED-docent (Basisopleiding)'),
  person('wim', 'Wim de Graaf', 'lumc-huisarts', 'collega-docent van Karin'),
  person('els', 'Els Brouwer', 'lumc-huisarts', 'LED-trainer'),
  person('linda', 'Linda Mol', ROC, 'secretariaat ROC Midden (teams)', ['secretariaat']),
  person('mirjam', 'Mirjam Koster', ROC, 'leidinggevende Team Zorg en Welzijn (alleen teamoverzicht)'),
  person('ahmed', 'Ahmed Bouzid', ROC, 'mbo-docent (learner reports)'),
  person('sophie', 'Sophie Jansen', ROC, 'mbo-docent (deelt één learner report met Ahmed)'),
  person('daan', 'Daan Willems', ROC, 'mbo-docent'),
  person('eva', 'Eva Smits', ROC, 'mbo-docent'),
];

const mboTraject = (uid: (typeof MBO_TEACHERS)[number], name: string): DemoTraject => ({
  id: `${uid}-mbo`,
  instituteId: ROC,
  programme: 'mbo_team',
  traineeName: name,
  workplace: 'ROC Midden, Zorg en Welzijn',
  startedDaysAgo: 120,
  partTimeFactor: 1,
  roles: { deelnemer: [uid], leidinggevende: ['mirjam'] },
  stage: 'ruim 4 maanden: twee learner reports ingediend, het derde open (scripts/seed/ledMboDemo.ts)',
});

export const LED_MBO_TRAJECTEN: DemoTraject[] = [
  {
    id: 'karin-led',
    instituteId: 'lumc-huisarts',
    programme: 'led_basis',
    traineeName: 'Karin Vermeulen',
    workplace: 'Huisartsopleiding LUMC',
    startedDaysAgo: 200,
    partTimeFactor: 1,
    roles: { deelnemer: ['karin'], collega_docent: ['wim'], led_trainer: ['els'] },
    stage:
      'ruim 6 maanden: leerdoelen met reactie, eerste observatie op eigen leerpunten, praktijkopdracht 1',
  },
  mboTraject('ahmed', 'Ahmed Bouzid'),
  mboTraject('sophie', 'Sophie Jansen'),
  mboTraject('daan', 'Daan Willems'),
  mboTraject('eva', 'Eva Smits'),
];

/** The team the secretariat made (teams/team-zorg-welzijn). */
export const DEMO_TEAM = {
  teamId: 'team-zorg-welzijn',
  name: 'Team Zorg en Welzijn',
  teacherUids: [...MBO_TEACHERS],
  leidinggevendeUids: ['mirjam'],
};
