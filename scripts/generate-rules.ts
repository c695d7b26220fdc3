// Regenerates the marked blocks of firestore.rules from the domain code, so the rules cannot drift from the
// form definitions and programmes they enforce. `--check` exits 1 when a block is stale.
//   npx tsx scripts/generate-rules.ts [--check]
//
// Blocks (everything between `// <generated:NAME>` and `// </generated:NAME>`):
//   answer-keys  per form type and part: every answer at every depth (keys, types, options, lengths, dates) and
//                what a submission requires (FORM_DEFINITIONS; rendered by scripts/rulesAnswers.ts)
//   programmes   per programme: roles and cardinalities, the role pair one person may hold, the hard role
//                conflicts, the traject fields (PROGRAMMES, HARD_ROLE_CONFLICTS, trajectFieldsSchema), and
//                the role lists the rules use (STAFF_READERS, LEOH_DOSSIER_STAFF, staff parts, sealed forms)
//   link-parts   the parts a single-use link may reach (domain linkParts(); scripts/rulesLinkParts.ts)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AUTHOR_ONLY_FORM_TYPES,
  TEAM_LIMITS,
  DIGEST_HOURS,
  MAIL_TOPICS,
  CALENDAR_DATE_PATTERN,
  FORBIDDEN_IN_NAMES,
  FORM_DEFINITIONS,
  FORM_TYPES,
  HARD_ROLE_CONFLICTS,
  LEOH_DOSSIER_STAFF,
  PROGRAMME_IDS,
  PROGRAMMES,
  rulesPatternWithout,
  STAFF_READERS,
  STAFF_ROLES,
  TRAJECT_ROLES,
  TRAJECT_SERVER_FIELDS,
  LATE_FORMS_MAX,
  TRAJECT_STATUSES,
  trajectFieldsSchema,
} from '@praktijkvolg/domain';
import { ident, list, q, renderAnswerKeysBlock } from './rulesAnswers.js';
import { renderLinkPartsBlock } from './rulesLinkParts.js';
import { renderRoleHistoryLines } from './rulesRoleHistory.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RULES_FILE = join(ROOT, 'firestore.rules');
// A real calendar day in 2000..2099, the same set as the domain's isIsoDate (domain/src/forms/schema.ts).
const ISO_DATE_PATTERN = q(CALENDAR_DATE_PATTERN);

// ------------------------------------------------------------------------------------------ programmes

type ZodCheckBag = { _zod: { def: { check: string; maximum?: number; minimum?: number } } };
function zodMax(schema: unknown, what: string): number {
  const s = schema as {
    maxLength?: number | null;
    maxValue?: number | null;
    def?: { checks?: ZodCheckBag[] };
  };
  const max =
    s.maxLength ??
    s.maxValue ??
    s.def?.checks?.map((c) => c._zod.def).find((d) => d.check === 'max_length')?.maximum;
  if (typeof max !== 'number')
    throw new Error(`trajectFieldsSchema.${what} has no maximum the rules can mirror`);
  return max;
}
function zodMin(schema: unknown, what: string): number {
  const s = schema as { minLength?: number | null; minValue?: number | null };
  const min = s.minLength ?? s.minValue;
  if (typeof min !== 'number')
    throw new Error(`trajectFieldsSchema.${what} has no minimum the rules can mirror`);
  return min;
}

export function renderProgrammesBlock(): string {
  const shape = trajectFieldsSchema.shape;
  const keys = Object.keys(shape);
  const optional = keys.filter((k) => shape[k as keyof typeof shape].safeParse(undefined).success);
  const expected = [
    'instituteId',
    'programme',
    'traineeName',
    'workplace',
    'startDate',
    'partTimeFactor',
    'pauses',
    'roles',
    'roleHistory',
    'members',
    'names',
    'status',
    'updatedAt',
    'updatedBy',
    'legalHold',
    'lateForms',
  ];
  const serverFields = [...TRAJECT_SERVER_FIELDS];
  const missing = serverFields.filter((f) => !keys.includes(f));
  if (missing.length > 0)
    throw new Error(`TRAJECT_SERVER_FIELDS not in trajectFieldsSchema: ${missing.join(', ')}`);
  const unknown = keys.filter((k) => !expected.includes(k));
  if (unknown.length > 0) {
    throw new Error(
      `trajectFieldsSchema has fields the rules do not check yet: ${unknown.join(', ')} (extend trajectFieldsValid)`,
    );
  }

  for (const id of PROGRAMME_IDS) {
    if (PROGRAMMES[id].allowedRoleCombinations.length > 1) {
      // roleAssignmentValid counts seats minus the one allowed overlap; two pairs would need inclusion-exclusion.
      throw new Error(
        `Programme ${id} allows more than one role pair; extend allowedRoleOverlap in the rules`,
      );
    }
  }
  const staffParts = [
    ...new Set(
      FORM_TYPES.flatMap((t) =>
        FORM_DEFINITIONS[t].parts.filter((p) => p.staff).map((p) => p.partId as string),
      ),
    ),
  ];
  if (staffParts.includes('secretariaat')) {
    throw new Error(
      'A form has a secretariaat part: the secretariat writes no assessment content (rule 5 of docs/rules.md)',
    );
  }
  const sealed = FORM_TYPES.filter((t) => FORM_DEFINITIONS[t].sealed);

  // Per programme, the roles, cardinalities and the allowed pair as literals: the rules' evaluation budget
  // (about 1000 expressions per request) does not allow a generic loop over all twelve traject roles.
  const programmeFns = PROGRAMME_IDS.map((id) => {
    const def = PROGRAMMES[id];
    const roles = def.roles.map((r) => r.role);
    const v = (role: string) => ident('r', role);
    const sizes = def.roles.flatMap((r) =>
      r.min === r.max
        ? [`${v(r.role)}.size() == ${r.min}`]
        : [...(r.min > 0 ? [`${v(r.role)}.size() >= ${r.min}`] : []), `${v(r.role)}.size() <= ${r.max}`],
    );
    const pair = def.allowedRoleCombinations[0];
    const overlap = pair ? ` - ${v(pair[0])}.toSet().intersection(${v(pair[1])}.toSet()).size()` : '';
    return [
      `// ${def.label}: ${def.roles.map((r) => `${r.role} ${r.min === r.max ? r.min : `${r.min}–${r.max}`}`).join(', ')}${pair ? `; one person may be ${pair[0]} and ${pair[1]}` : ''}.`,
      `function ${ident('roleSeatsValid', id)}(roles, members) {`,
      ...roles.map((r) => `  let ${v(r)} = roles.get(${q(r)}, []);`),
      `  let holders = ${roles.map((r, i) => (i === 0 ? `${v(r)}.toSet()` : `.union(${v(r)}.toSet())`)).join('')};`,
      `  return roles.keys().hasOnly(${list(roles)})`,
      `    && ${sizes.join(' && ')}`,
      `    && holders.size() == ${roles.map((r) => `${v(r)}.size()`).join(' + ')}${overlap}`,
      `    && members.size() == holders.size() && members.toSet() == holders;`,
      `}`,
    ].join('\n');
  });
  const dispatch = PROGRAMME_IDS.map(
    (id) => `(programme == ${q(id)} && ${ident('roleSeatsValid', id)}(roles, members))`,
  );
  // Group the hard conflicts by their first role: werkplekbegeleider ∩ (assessor ∪ tweede_assessor ∪ leidinggevende).
  const byRole = new Map<string, string[]>();
  for (const c of HARD_ROLE_CONFLICTS)
    byRole.set(c.roles[0], [...(byRole.get(c.roles[0]) ?? []), c.roles[1]]);
  const conflicts = [...byRole].map(
    ([role, others]) =>
      `roles.get(${q(role)}, []).toSet().intersection(${others
        .map((o, i) =>
          i === 0 ? `roles.get(${q(o)}, []).toSet()` : `.union(roles.get(${q(o)}, []).toSet())`,
        )
        .join('')}).size() == 0`,
  );

  const s = shape;
  const lines = [
    `// Generated by scripts/generate-rules.ts from domain/src (PROGRAMMES, HARD_ROLE_CONFLICTS, trajectFieldsSchema,`,
    `// STAFF_ROLES, STAFF_READERS, LEOH_DOSSIER_STAFF, FORM_DEFINITIONS): do not edit by hand.`,
    '',
    `function programmeIds() { return ${list(PROGRAMME_IDS)}; }`,
    `function staffRoleIds() { return ${list(STAFF_ROLES)}; }`,
    `// Staff who read the trainees' forms (not the LEOh): domain STAFF_READERS.`,
    `function staffReaderRoles() { return ${list(STAFF_READERS)}; }`,
    `// Staff who read a dossier LEOh once the opleider handed it in: domain LEOH_DOSSIER_STAFF.`,
    `function leohDossierStaffRoles() { return ${list(LEOH_DOSSIER_STAFF)}; }`,
    `// Parts filled by a staff role (claims), not by a traject member.`,
    `function staffPartRoles() { return ${list(staffParts)}; }`,
    `// Multi-rater forms whose parts stay hidden from the other raters until the round is revealed.`,
    `function sealedFormTypes() { return ${list(sealed)}; }`,
    `// Forms that stay with their author: no staff reads them, not even an earlier version (domain AUTHOR_ONLY_FORM_TYPES).`,
    `function authorOnlyFormTypes() { return ${list(AUTHOR_ONLY_FORM_TYPES)}; }`,
    `// Bounds of a team (domain TEAM_LIMITS; documents/teams.ts).`,
    `function teamLimits() { return {'nameMax': ${TEAM_LIMITS.nameMax}, 'teachersMax': ${TEAM_LIMITS.teachersMax}, 'leidinggevendenMax': ${TEAM_LIMITS.leidinggevendenMax}}; }`,
    `// What a person may choose on Voorkeuren (domain DIGEST_HOURS, MAIL_TOPICS; documents/preferences.ts).`,
    `function mailPreferenceChoices() { return {'digestHours': [${DIGEST_HOURS.join(', ')}], 'topics': ${list(MAIL_TOPICS)}}; }`,
    '',
    `// The roles of the traject's programme only, each within its cardinality; members is exactly the set of`,
    `// holders; and holders == seats (minus the programme's one allowed pair) means nobody holds two roles and`,
    `// nobody is listed twice in one role.`,
    `function roleSeatsValid(programme, roles, members) {`,
    `  return ${dispatch.join(`\n    || `)};`,
    `}`,
    '',
    ...programmeFns.flatMap((f) => [f, '']),
    `// Rule 1 of docs/rules.md, whatever the programme allows: the werkplekbegeleider is never (tweede) assessor nor leidinggevende.`,
    `function hardRoleConflictsAbsent(roles) {`,
    `  return ${conflicts.join(`\n    && `)};`,
    `}`,
    '',
    `// uid holds no role in \`after\` that it did not hold in \`before\` (only evaluated when uid is a member).`,
    `function noRoleSelfGranted(before, after, uid) {`,
    `  return ${TRAJECT_ROLES.map((r) => `(!(uid in after.get(${q(r)}, [])) || uid in before.get(${q(r)}, []))`).join(`\n    && `)};`,
    `}`,
    '',
    ...renderRoleHistoryLines(),
    '',
    `function trajectKeys() { return ${list(keys)}; }`,
    `// Fields only the server writes (domain TRAJECT_SERVER_FIELDS: the admin's legal hold): no client write adds,`,
    `// changes or removes one (trajectServerFieldsKept).`,
    `function trajectServerFields() { return ${list(serverFields)}; }`,
    `function trajectRequiredKeys() { return ${list(keys.filter((k) => !optional.includes(k)))}; }`,
    '',
    `// The traject's own fields (roles and members: roleAssignmentValid; roleHistory: roleHistoryValid).`,
    `// Names the secretariat writes hold no control, bidi or invisible character (domain FORBIDDEN_IN_NAMES,`,
    `// policies/text.ts; docs/rules.md "Accounts, links and texts"): they go into mails, PDFs and screens.`,
    `function plainName(s) { return s.matches(${q(rulesPatternWithout(FORBIDDEN_IN_NAMES))}); }`,
    '',
    `function trajectFieldsValid(t) {`,
    `  return t.keys().hasOnly(trajectKeys()) && t.keys().hasAll(trajectRequiredKeys())`,
    `    && t.programme in programmeIds()`,
    `    && t.traineeName is string && t.traineeName.size() >= ${zodMin(s.traineeName, 'traineeName')} && t.traineeName.size() <= ${zodMax(s.traineeName, 'traineeName')} && plainName(t.traineeName)`,
    `    && t.workplace is string && t.workplace.size() <= ${zodMax(s.workplace, 'workplace')} && plainName(t.workplace)`,
    `    && t.startDate is string && t.startDate.matches(${ISO_DATE_PATTERN})`,
    `    && t.partTimeFactor is number && t.partTimeFactor >= ${zodMin(s.partTimeFactor, 'partTimeFactor')} && t.partTimeFactor <= ${zodMax(s.partTimeFactor, 'partTimeFactor')}`,
    `    && t.pauses is list && t.pauses.size() <= ${zodMax(s.pauses, 'pauses')}`,
    `    && t.names is map && t.names.size() <= ${TRAJECT_ROLES.length * 10} && plainName(t.names.values().join(''))`,
    // Late registration (domain schedule/lateRegistration.ts): a bounded map; its entries are checked by the domain
    // trajectSchema in the web form and in the trigger (a traject that fails it leaves its forms as they are).
    `    && (!('lateForms' in t) || (t.lateForms is map && t.lateForms.size() <= ${LATE_FORMS_MAX}))`,
    `    && t.status in ${list(TRAJECT_STATUSES)};`,
    `}`,
  ];
  return lines.join('\n');
}

/** Replaces the body of `// <generated:name>` ... `// </generated:name>`, indented like the opening marker. */
export function replaceBlock(text: string, name: string, body: string): string {
  const open = new RegExp(`^([ \\t]*)// <generated:${name}>[^\\n]*\\n`, 'm');
  const m = open.exec(text);
  if (!m) throw new Error(`firestore.rules has no // <generated:${name}> marker`);
  const indent = m[1] ?? '';
  const start = m.index + m[0].length;
  const closeMarker = `// </generated:${name}>`;
  const end = text.indexOf(closeMarker, start);
  if (end < 0) throw new Error(`firestore.rules has no ${closeMarker} marker`);
  const lineStart = text.lastIndexOf('\n', end) + 1;
  const indented = body
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : indent + l))
    .join('\n');
  return `${text.slice(0, start)}${indented}\n${text.slice(lineStart)}`;
}

export function renderRules(text: string): string {
  return replaceBlock(
    replaceBlock(
      replaceBlock(text, 'answer-keys', renderAnswerKeysBlock()),
      'programmes',
      renderProgrammesBlock(),
    ),
    'link-parts',
    renderLinkPartsBlock(),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = existsSync(RULES_FILE) ? readFileSync(RULES_FILE, 'utf8') : '';
  const next = renderRules(current);
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error(
        'firestore.rules: a generated block is out of date: run `npx tsx scripts/generate-rules.ts`',
      );
      process.exit(1);
    }
    console.log('firestore.rules generated blocks are up to date');
  } else {
    writeFileSync(RULES_FILE, next);
    console.log('wrote the generated blocks of firestore.rules');
  }
}
