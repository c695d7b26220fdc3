// The demo world of `npm start`: two institutes, people in every role, trajecten at different stages.
// Pure data (no Firebase import), so the web app can list the demo accounts in emulator mode.
// Start dates are relative to "today", so some forms are always due, some overdue, whatever the date.
import {
  addDaysIso,
  toIsoDate,
  type LateForms,
  type ProgrammeId,
  type RoleAssignments,
  type StaffRole,
} from '@praktijkvolg/domain';
import { LED_MBO_INSTITUTES, LED_MBO_PEOPLE, LED_MBO_TRAJECTEN } from './ledMboDemoData.js';

/** A demo traject's late-registration choices as the traject stores them: due days relative to `today`. */
export function demoLateForms(late: NonNullable<DemoTraject['lateForms']>, today: Date): LateForms {
  return Object.fromEntries(
    Object.entries(late).map(([key, c]) => [
      key,
      c.decision === 'todo' ? { decision: 'todo', dueDate: addDaysIso(toIsoDate(today), c.dueInDays) } : c,
    ]),
  );
}

/** Every demo account has this password (emulator only; real users sign in with an e-mailed link). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoInstitute {
  id: string;
  name: string;
  programmes: ProgrammeId[];
  escalateAfterDays: number;
  remindDaysBefore: number;
  /** Whom mails name for questions, and their Reply-To (institutes/{id}.secretariaat). */
  secretariaat?: { name: string; email: string };
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
  /**
   * Late registration (docs/rules.md "Late registration"): the secretariat's choice per form whose window had closed
   * when the traject was entered, keyed by occurrenceKey; "todo" with a due day this many days from today.
   */
  lateForms?: Record<string, { decision: 'todo'; dueInDays: number } | { decision: 'nvt'; reason: string }>;
}

export const DEMO_INSTITUTES: DemoInstitute[] = [
  {
    id: 'lumc-huisarts',
    name: 'Huisartsopleiding LUMC',
    programmes: ['huisarts_jaar1', 'huisarts_jaar3'],
    escalateAfterDays: 7,
    remindDaysBefore: 14,
    secretariaat: { name: 'Secretariaat Huisartsopleiding LUMC', email: 'sanne@lumc-huisarts.example' },
  },
  {
    id: 'hr-pdg',
    name: 'PDG Hogeschool Rotterdam',
    programmes: ['pdg'],
    escalateAfterDays: 7,
    remindDaysBefore: 14,
    secretariaat: { name: 'Secretariaat PDG Hogeschool Rotterdam', email: 'ria@hr-pdg.example' },
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
  person('thijs', 'Thijs Vermeulen', 'lumc-huisarts', 'aios jaar 1, door onder voorwaarden'),
  person('lisa', 'Lisa Koster', 'lumc-huisarts', 'aios jaar 3, laat ingeschreven'),
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
    id: 'thijs-jaar1',
    instituteId: 'lumc-huisarts',
    programme: 'huisarts_jaar1',
    traineeName: 'Thijs Vermeulen',
    workplace: 'Huisartsenpraktijk Oegstgeest',
    startedDaysAgo: 300,
    partTimeFactor: 1,
    roles: { aios: ['thijs'], opleider: ['pieter'], groepsdocent: ['gerda', 'bram'] },
    stage:
      'ruim 9 maanden: adviezen binnen, beslissing "door onder voorwaarden", vervolg open bij het hoofd opleiding (scripts/seed/decisionDemo.ts)',
  },
  {
    id: 'lisa-jaar3',
    instituteId: 'lumc-huisarts',
    programme: 'huisarts_jaar3',
    traineeName: 'Lisa Koster',
    workplace: 'Huisartsenpraktijk Katwijk',
    startedDaysAgo: 200,
    partTimeFactor: 1,
    roles: { aios: ['lisa'], opleider: ['marieke'], groepsdocent: ['gerda', 'bram'], tutor: ['ilse'] },
    stage:
      'laat ingeschreven (start ruim 6 maanden geleden): de formulieren van maand 3 nog uitvoeren of niet van toepassing, met reden',
    lateForms: {
      'combel-m3': { decision: 'todo', dueInDays: 28 },
      'voortgangsadvies-m3': { decision: 'todo', dueInDays: 21 },
      'voortgangsgesprek-m3': {
        decision: 'nvt',
        reason:
          'Het voorlopig voortgangsgesprek is gevoerd bij de vorige opleidingspraktijk (verslag in het oude dossier).',
      },
      'leoh-private-m3-marieke': {
        decision: 'nvt',
        reason: 'Lisa werkte de eerste maanden bij een andere opleider; deze LEOh is niet van toepassing.',
      },
    },
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

/**
 * Mail preferences of the demo (preferences/{uid}; docs/data-model.md, "Mail preferences"): Marieke switched the
 * messages off, so her digest carries only reminders. Everyone else has the defaults (07:00, messages on): the
 * local stack never runs the scheduled job at 12:00 or 17:00.
 */
export const DEMO_PREFERENCES: { uid: string; digestHour: 7 | 12 | 17; optOut: { berichten: boolean } }[] = [
  { uid: 'marieke', digestHour: 7, optOut: { berichten: true } },
];
