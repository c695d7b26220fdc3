// The roles people hold (in a traject, as staff, or as a feedback giver by link), their Dutch labels, and the
// role conflicts that hold in every programme (rules 1 and 8 of docs/rules.md). Programmes: ./programmes.ts.

/** Roles held inside one traject (written on the traject by the secretariat, never claims). */
export const TRAJECT_ROLES = [
  'aios',
  'opleider',
  'groepsdocent',
  'tutor',
  'deelnemer',
  'werkplekbegeleider',
  'leidinggevende',
  'pdg_trainer',
  'assessor',
  'tweede_assessor',
  'collega_docent',
  'led_trainer',
] as const;
export type TrajectRole = (typeof TRAJECT_ROLES)[number];

/** Institute-wide roles, carried in custom claims (`staff`), set only by an admin. */
export const STAFF_ROLES = [
  'admin',
  'secretariaat',
  'hoofd_opleiding',
  'fase_coordinator',
  'opleiderscoach',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Feedback part instances (docs/rules.md "Feedback givers by link"): one per feedback giver someone asked, made by
 * the server when the invitation is sent. Their ids are fixed slots, so the rules and the answer schemas name them.
 */
export const FEEDBACK_PART_IDS = [
  'feedback_1',
  'feedback_2',
  'feedback_3',
  'feedback_4',
  'feedback_5',
  'feedback_6',
  'feedback_7',
  'feedback_8',
] as const;
export type FeedbackPartId = (typeof FEEDBACK_PART_IDS)[number];
export function isFeedbackPartId(value: string): value is FeedbackPartId {
  return (FEEDBACK_PART_IDS as readonly string[]).includes(value);
}

/**
 * A form part is identified by the role that fills it (data-model: partId = role name), or, for a feedback giver
 * without a role in the traject, by its feedback slot.
 */
export type PartId = TrajectRole | StaffRole | FeedbackPartId;

export function isTrajectRole(value: string): value is TrajectRole {
  return (TRAJECT_ROLES as readonly string[]).includes(value);
}
export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
/** A part id of a known kind: a traject role, a staff role or a feedback slot. */
export function isPartId(value: string): value is PartId {
  return isTrajectRole(value) || isStaffRole(value) || isFeedbackPartId(value);
}

export const TRAJECT_ROLE_LABELS: Record<TrajectRole, { label: string; plural: string }> = {
  aios: { label: 'Aios', plural: 'Aiossen' },
  opleider: { label: 'Opleider', plural: 'Opleiders' },
  groepsdocent: { label: 'Groepsdocent', plural: 'Groepsdocenten' },
  tutor: { label: 'Tutor', plural: 'Tutoren' },
  deelnemer: { label: 'Deelnemer', plural: 'Deelnemers' },
  werkplekbegeleider: { label: 'Werkplekbegeleider', plural: 'Werkplekbegeleiders' },
  leidinggevende: { label: 'Leidinggevende', plural: 'Leidinggevenden' },
  pdg_trainer: { label: 'PDG-trainer', plural: 'PDG-trainers' },
  assessor: { label: 'Assessor (opleiding)', plural: 'Assessoren (opleiding)' },
  tweede_assessor: { label: 'Tweede assessor (school)', plural: 'Tweede assessoren (school)' },
  collega_docent: { label: 'Collega-docent / mentor', plural: 'Collega-docenten / mentoren' },
  led_trainer: { label: 'LED-trainer', plural: 'LED-trainers' },
};

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Beheerder',
  secretariaat: 'Secretariaat',
  hoofd_opleiding: 'Hoofd opleiding',
  fase_coordinator: 'Fasecoördinator',
  opleiderscoach: 'Opleiderscoach',
};

export function partLabel(partId: PartId): string {
  if (isFeedbackPartId(partId)) return 'Feedbackgever';
  return isTrajectRole(partId) ? TRAJECT_ROLE_LABELS[partId].label : STAFF_ROLE_LABELS[partId];
}

export interface RoleSpec {
  role: TrajectRole;
  /** Minimum number of holders for a valid (complete) traject. */
  min: number;
  /** Maximum number of holders (duo-opleiders: 2; two groepsdocenten: 2). */
  max: number;
  /** Dutch: what this person does in this programme. */
  description: string;
}

/**
 * A conflict that holds whatever the programme allows otherwise: one person may never hold both
 * roles in the same traject (rule 1 of docs/rules.md). The first role is the one whose former holders stay barred
 * from the second for good (rule 8: once werkplekbegeleider, never assessor; policies/roleHistory.ts).
 */
export interface RoleConflict {
  rule: 'wpb_niet_assessor' | 'wpb_niet_leidinggevende';
  roles: readonly [TrajectRole, TrajectRole];
  /** Dutch, addressed to the secretariat. */
  message: string;
}

export const ROLE_CONFLICTS: readonly RoleConflict[] = [
  {
    rule: 'wpb_niet_assessor',
    roles: ['werkplekbegeleider', 'assessor'],
    message:
      'De werkplekbegeleider mag nooit assessor zijn bij het summatief lesbezoek van de deelnemer die hij of zij begeleidt. Kies een andere assessor.',
  },
  {
    rule: 'wpb_niet_assessor',
    roles: ['werkplekbegeleider', 'tweede_assessor'],
    message:
      'De werkplekbegeleider mag nooit tweede assessor zijn bij het summatief lesbezoek van de deelnemer die hij of zij begeleidt. De werkplekbegeleider mag wel helpen een tweede assessor te vinden.',
  },
  {
    rule: 'wpb_niet_leidinggevende',
    roles: ['werkplekbegeleider', 'leidinggevende'],
    message:
      'De werkplekbegeleider mag geen hiërarchische relatie met de deelnemer hebben en dus niet diens leidinggevende zijn. Kies een andere werkplekbegeleider.',
  },
];

export function roleConflict(a: TrajectRole, b: TrajectRole): RoleConflict | undefined {
  return ROLE_CONFLICTS.find(({ roles: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}
