/**
 * Programmes (opleidingen): their roles with cardinalities, and which roles may be combined. The roles
 * themselves and the conflicts that hold everywhere are in ./roles.ts.
 *
 * Sources: seed 002 (huisartsopleiding LUMC), seed 003 (PDG werkplekbegeleider), seeds 000/001 (LED),
 * seed 004 (mbo learner reports). See /docs/domain.md for the generated overview.
 */
import { roleConflict, type RoleSpec, type TrajectRole } from './roles';

export * from './roles';

export const PROGRAMME_IDS = [
  'huisarts_jaar1',
  'huisarts_jaar3',
  'pdg',
  'led_basis',
  'led_begeleiden_groepen',
  'led_ontwikkelen_onderwijs',
  'mbo_team',
] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];
export function isProgrammeId(value: string): value is ProgrammeId {
  return (PROGRAMME_IDS as readonly string[]).includes(value);
}

export type ProgrammeFamily = 'huisarts' | 'pdg' | 'led' | 'mbo';

export interface ProgrammeDefinition {
  id: ProgrammeId;
  family: ProgrammeFamily;
  /** Dutch name shown in the UI. */
  label: string;
  /** Dutch one-liner. */
  description: string;
  /** The person the traject is about (aios or deelnemer). */
  traineeRole: TrajectRole;
  /** Default length of one traject in months (the schedule horizon). */
  durationMonths: number;
  /** Roles that exist in this programme, with cardinalities. Roles not listed may not be assigned. */
  roles: readonly RoleSpec[];
  /**
   * Pairs of roles one person may hold at the same time in this programme. Any other combination
   * is refused ("nobody holds two roles in one traject unless the programme allows it"). ROLE_CONFLICTS
   * are refused even if listed here.
   */
  allowedRoleCombinations: readonly (readonly [TrajectRole, TrajectRole])[];
  /** Source document(s). */
  source: string;
}

const huisartsRoles = (jaar: 1 | 3): RoleSpec[] => [
  { role: 'aios', min: 1, max: 1, description: 'De aios (huisarts in opleiding) van dit praktijkjaar.' },
  {
    role: 'opleider',
    min: 1,
    max: 2,
    description: 'Huisartsopleider in de opleidingspraktijk; bij duo-opleiden delen twee opleiders één aios.',
  },
  {
    role: 'groepsdocent',
    min: 0,
    max: 2,
    description:
      'Groepsdocent/groepsbegeleider van het instituut (meestal een duo: huisarts en gedragswetenschapper); vult de ComBel op maand 3 en 9 en leidt voortgangsgesprekken.',
  },
  ...(jaar === 3
    ? [
        {
          role: 'tutor' as const,
          min: 0,
          max: 1,
          description: 'Tutor van het instituut in fase II; bij de voortgangsgesprekken na maand 3 en 8.',
        },
      ]
    : []),
];

export const PROGRAMMES: Record<ProgrammeId, ProgrammeDefinition> = {
  huisarts_jaar1: {
    id: 'huisarts_jaar1',
    family: 'huisarts',
    label: 'Huisartsopleiding fase I (jaar 1)',
    description: 'Eerste leerwerkperiode van 12 maanden in een opleidingspraktijk.',
    traineeRole: 'aios',
    durationMonths: 12,
    roles: huisartsRoles(1),
    allowedRoleCombinations: [],
    source: 'seed 002 (Huisartsopleiding LUMC, Opleiden in de praktijk)',
  },
  huisarts_jaar3: {
    id: 'huisarts_jaar3',
    family: 'huisarts',
    label: 'Huisartsopleiding fase II (jaar 3)',
    description: 'Derdejaars leerwerkperiode van 12 maanden in een opleidingspraktijk.',
    traineeRole: 'aios',
    durationMonths: 12,
    roles: huisartsRoles(3),
    // An institute teacher may be both groepsdocent and the fase II tutor of the same aios.
    allowedRoleCombinations: [['groepsdocent', 'tutor']],
    source: 'seed 002 (Huisartsopleiding LUMC, Opleiden in de praktijk)',
  },
  pdg: {
    id: 'pdg',
    family: 'pdg',
    label: 'PDG (Pedagogisch-didactisch getuigschrift)',
    description:
      'Lerarenopleiding voor mbo-docenten (60 EC, zes beroepstaken), samen opgeleid door de PDG-opleiding en de mbo-school.',
    traineeRole: 'deelnemer',
    // Seed 003 does not state the length; 12 months is the default horizon (override per traject via
    // schedule options).
    durationMonths: 12,
    roles: [
      { role: 'deelnemer', min: 1, max: 1, description: 'De PDG-deelnemer: een werkende mbo-docent.' },
      {
        role: 'werkplekbegeleider',
        min: 1,
        max: 1,
        description:
          'Werkplekbegeleider op de mbo-school: geen hiërarchische relatie met de deelnemer, gemiddeld twee uur per week, vier lesbezoeken en twee ontwikkelingsmeters.',
      },
      {
        role: 'pdg_trainer',
        min: 0,
        max: 2,
        description:
          'PDG-trainer/opleider: formatief lesbezoek halverwege; go/no-go op de aanvraag summatief lesbezoek.',
      },
      {
        role: 'assessor',
        min: 0,
        max: 1,
        description: 'Assessor van de PDG-opleiding bij het summatief lesbezoek.',
      },
      {
        role: 'tweede_assessor',
        min: 0,
        max: 1,
        description: 'Tweede assessor van de eigen mbo-school bij het summatief lesbezoek.',
      },
      {
        role: 'leidinggevende',
        min: 0,
        max: 1,
        description:
          'Leidinggevende van de deelnemer; vastgelegd zodat de regel "geen hiërarchische relatie" bewaakt kan worden.',
      },
    ],
    allowedRoleCombinations: [],
    source: 'seed 003 (Hogeschool Rotterdam, Rol en taken werkplekbegeleider)',
  },
  led_basis: ledProgramme(
    'led_basis',
    'LED Basisopleiding',
    'Landelijke Educatie Docenten: didactiek en agogiek op elementair niveau, met een mentor op de werkplek.',
  ),
  led_begeleiden_groepen: ledProgramme(
    'led_begeleiden_groepen',
    'LED Begeleiden van Groepen',
    'LED-vervolgopleiding waarin de agogische competentie centraal staat, met een collega-docent als sparringpartner.',
  ),
  led_ontwikkelen_onderwijs: ledProgramme(
    'led_ontwikkelen_onderwijs',
    'LED Ontwikkelen van Onderwijs',
    'LED-vervolgopleiding waarin onderwijsontwikkeling en didactiek verder worden uitgediept.',
  ),
  mbo_team: {
    id: 'mbo_team',
    family: 'mbo',
    label: 'Teamleren mbo (learner reports)',
    description:
      'Mbo-docenten leggen elke 6 tot 8 weken in een learner report vast hoe zij op het werk leren; het team ziet welke activiteiten bijdragen.',
    traineeRole: 'deelnemer',
    durationMonths: 12,
    roles: [
      { role: 'deelnemer', min: 1, max: 1, description: 'De mbo-docent die learner reports schrijft.' },
      {
        role: 'leidinggevende',
        min: 0,
        max: 1,
        description: 'Teamleider; ziet alleen het teamoverzicht, niet de individuele learner reports.',
      },
    ],
    allowedRoleCombinations: [],
    source: 'seed 004 (Hoe leren mbo-docenten tijdens het werk?)',
  },
};

function ledProgramme(id: ProgrammeId, label: string, description: string): ProgrammeDefinition {
  return {
    id,
    family: 'led',
    label,
    description,
    traineeRole: 'deelnemer',
    durationMonths: 12,
    roles: [
      { role: 'deelnemer', min: 1, max: 1, description: 'De docent die de LED-opleiding volgt.' },
      {
        role: 'collega_docent',
        min: 0,
        max: 2,
        description:
          'Collega-docent of mentor op de werkplek: coaching, bespreken van leerdoelen en opdrachten, observeren van onderwijs (minimaal twee keer per jaar).',
      },
      {
        role: 'led_trainer',
        min: 0,
        max: 2,
        description: 'Trainer/cursusbegeleider van de LED: bewaakt leerproces en einddoelen van de cursus.',
      },
      {
        role: 'leidinggevende',
        min: 0,
        max: 1,
        description: 'Leidinggevende van de docent (jaargesprek, individueel ontwikkelingsplan).',
      },
    ],
    // A leidinggevende may also act as mentor/observer in LED (seed 001 names observation by
    // "mentor, maatje, leidinggevende"); there is no no-hierarchy rule in LED.
    allowedRoleCombinations: [['collega_docent', 'leidinggevende']],
    source:
      'seeds 000 (LED, begeleiding door collega-docenten) en 001 (Landelijk Plan Docentprofessionalisering)',
  };
}

export function getProgramme(id: ProgrammeId): ProgrammeDefinition {
  return PROGRAMMES[id];
}

export function roleSpec(programme: ProgrammeId, role: TrajectRole): RoleSpec | undefined {
  return PROGRAMMES[programme].roles.find((r) => r.role === role);
}

/** True if the programme lets one person hold both roles (and no ROLE_CONFLICT forbids it). */
export function rolesMayCombine(programme: ProgrammeId, a: TrajectRole, b: TrajectRole): boolean {
  if (a === b) return true;
  if (roleConflict(a, b)) return false;
  return PROGRAMMES[programme].allowedRoleCombinations.some(
    ([x, y]) => (x === a && y === b) || (x === b && y === a),
  );
}
