// The demo world of `npm start`: two institutes, people in every role, trajecten at different stages.
// Pure data (no Firebase import), so the web app can list the demo accounts in emulator mode.
// Start dates are relative to "today", so some forms are always due, some overdue, whatever the date.
import type { ProgrammeId, RoleAssignments, StaffRole } from '@praktijkvolg/domain';
import { LED_MBO_INSTITUTES, LED_MBO_PEOPLE, LED_MBO_TRAJECTEN } from './ledMboDemoData.js';

/** Every demo account has this password (emulator only; real users sign in with an e-mailed link). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoInstitute {
  id: string;
  name: string;
  programmes: ProgrammeId[];
  escalateAfterDays: number;
  remindDaysBefore: number;
}

export interface DemoPerson {
  uid: string;
  displayName: string;
  email: string;
  instituteId: string;
  staff: StaffRole[];
  /** What to tell someone trying the demo: which role this account shows. */
  demoRole: string;
}

export interface DemoTraject {
  id: string;
  instituteId: string;
  programme: ProgrammeId;
  traineeName: string;
  workplace: string;
  /** Days before today that the traject started. */
  startedDaysAgo: number;
  partTimeFactor: number;
  roles: RoleAssignments;
  /** Why this traject is in the demo. */
  stage: string;
}

export const DEMO_INSTITUTES: DemoInstitute[] = [
  {
    id: 'lumc-huisarts',
    name: 'Huisartsopleiding LUMC',
    programmes: ['huisarts_jaar1', 'huisarts_jaar3'],
    escalateAfterDays: 7,
    remindDaysBefore: 14,
  },
  {
    id: 'hr-pdg',
    name: 'PDG Hogeschool Rotterdam',
    programmes: ['pdg'],
    escalateAfterDays: 7,
    remindDaysBefore: 14,
  },
  ...LED_MBO_INSTITUTES,
];

const person = (
  uid: string,
  displayName: string,
  instituteId: string,
  demoRole: string,
  staff: StaffRole[] = [],
): DemoPerson => ({
  uid,
  displayName,
  email: `${uid}@${instituteId}.example`,
  instituteId,
  staff,
  demoRole,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  // Huisartsopleiding
  person('sanne', 'Sanne de Wit', 'lumc-huisarts', 'secretariaat', ['secretariaat']),
  person('hendrik', 'dr. Hendrik Mulder', 'lumc-huisarts', 'hoofd opleiding', ['hoofd_opleiding']),
  person('olga', 'Olga Verbeek', 'lumc-huisarts', 'opleiderscoach', ['opleiderscoach']),
  person('beheer', 'Beheerder LUMC', 'lumc-huisarts', 'beheerder (rollen toekennen)', ['admin']),
  person('anna', 'Anna de Vries', 'lumc-huisarts', 'aios jaar 1'),
  person('pieter', 'Pieter Jansen', 'lumc-huisarts', 'opleider van Anna'),
  person('gerda', 'Gerda Smit', 'lumc-huisarts', 'groepsdocent (huisarts)'),
  person('bram', 'Bram Hendriks', 'lumc-huisarts', 'groepsdocent (gedragswetenschapper)'),
  person('youssef', 'Youssef El Amrani', 'lumc-huisarts', 'aios jaar 3 (duo-opleiders)'),
  person('marieke', 'Marieke Bakker', 'lumc-huisarts', 'duo-opleider van Youssef'),
  person('tom', 'Tom Visser', 'lumc-huisarts', 'duo-opleider van Youssef'),
  person('ilse', 'Ilse Kok', 'lumc-huisarts', 'tutor jaar 3'),
  // PDG
  person('ria', 'Ria Dekker', 'hr-pdg', 'secretariaat PDG', ['secretariaat']),
  person('lotte', 'Lotte Meijer', 'hr-pdg', 'PDG-deelnemer'),
  person('kees', 'Kees de Boer', 'hr-pdg', 'werkplekbegeleider van Lotte'),
  person('fatima', 'Fatima Yilmaz', 'hr-pdg', 'leidinggevende van Lotte'),
  person('ruud', 'Ruud van Leeuwen', 'hr-pdg', 'PDG-trainer'),
  person('ingrid', 'Ingrid Vos', 'hr-pdg', 'assessor (opleiding)'),
  person('jan', 'Jan Peeters', 'hr-pdg', 'tweede assessor (school)'),
  person('noor', 'Noor Bakker', 'hr-pdg', 'PDG-deelnemer bijna klaar (summatief lesbezoek na een go)'),
  ...LED_MBO_PEOPLE,
];

export const DEMO_TRAJECTEN: DemoTraject[] = [
  {
    id: 'anna-jaar1',
    instituteId: 'lumc-huisarts',
    programme: 'huisarts_jaar1',
    traineeName: 'Anna de Vries',
    workplace: 'Huisartsenpraktijk De Linde, Leiden',
    startedDaysAgo: 85,
    partTimeFactor: 1,
    roles: { aios: ['anna'], opleider: ['pieter'], groepsdocent: ['gerda', 'bram'] },
    stage: 'bijna 3 maanden: ComBel en LEOh van maand 3 staan open',
  },
  {
    id: 'youssef-jaar3',
    instituteId: 'lumc-huisarts',
    programme: 'huisarts_jaar3',
    traineeName: 'Youssef El Amrani',
    workplace: 'Gezondheidscentrum Merenwijk, Leiden',
    startedDaysAgo: 262,
    partTimeFactor: 1,
    roles: {
      aios: ['youssef'],
      opleider: ['marieke', 'tom'],
      groepsdocent: ['gerda', 'bram'],
      tutor: ['ilse'],
    },
    stage: 'ruim 8,5 maand: voortgangsadvies maand 8 te laat, dossier-LEOh per duo-opleider binnenkort',
  },
  {
    id: 'lotte-pdg',
    instituteId: 'hr-pdg',
    programme: 'pdg',
    traineeName: 'Lotte Meijer',
    workplace: 'Zadkine, Rotterdam',
    startedDaysAgo: 160,
    partTimeFactor: 1,
    roles: {
      deelnemer: ['lotte'],
      werkplekbegeleider: ['kees'],
      leidinggevende: ['fatima'],
      pdg_trainer: ['ruud'],
      assessor: ['ingrid'],
      tweede_assessor: ['jan'],
    },
    stage: 'ruim 5 maanden: lesbezoeken en tussentijdse ontwikkelingsmeter',
  },
  {
    id: 'noor-pdg',
    instituteId: 'hr-pdg',
    programme: 'pdg',
    traineeName: 'Noor Bakker',
    workplace: 'Albeda, Rotterdam',
    startedDaysAgo: 320,
    partTimeFactor: 1,
    roles: {
      deelnemer: ['noor'],
      werkplekbegeleider: ['kees'],
      pdg_trainer: ['ruud'],
      assessor: ['ingrid'],
      tweede_assessor: ['jan'],
    },
    stage:
      'ruim 10 maanden: eerste aanvraag summatief no-go, tweede aanvraag go, beoordeling open (scripts/seed/pdgDemo.ts)',
  },
  ...LED_MBO_TRAJECTEN,
];
