// Generates docs/domain.md from the code in domain/ (programmes, roles, forms, default schedules), so the
// page cannot drift from the code. `--check` exits 1 when docs/domain.md is out of date.
//   npx tsx scripts/generate-domain-docs.ts [--check]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMarkdown, writeOrCheck } from './generatedFile.js';
import { progressSection } from './domainDocsProgress.js';
import {
  computeSchedule,
  DEFAULT_WINDOWS,
  FORM_DEFINITIONS,
  FORM_TYPES,
  KPB_TARGET_PER_YEAR,
  LEARNER_REPORT_INTERVAL_DAYS,
  PROGRAMME_IDS,
  PROGRAMMES,
  ROLE_CONFLICTS,
  STAFF_ROLE_LABELS,
  TRAJECT_ROLE_LABELS,
  isTrajectRole,
  partLabel,
  toIsoDate,
  type FieldDef,
  type FormInstanceSpec,
  type LeafField,
  type ProgrammeId,
  type RoleAssignments,
} from '@praktijkvolg/domain';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(ROOT, 'docs', 'domain.md');
const EXAMPLE_START = '2025-09-01';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s}\``;
function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function leafLimits(f: LeafField): string {
  switch (f.kind) {
    case 'text':
    case 'longtext':
      return `max ${f.maxLength} tekens`;
    case 'choice':
    case 'scale':
      return `${f.kind === 'choice' && f.multiple ? 'one or more of ' : ''}${f.options.map((o) => code(o.value)).join(', ')}`;
    case 'date':
      return 'YYYY-MM-DD';
    case 'boolean':
      return f.mustBeTrue ? 'must be true on submit' : 'true/false';
    case 'number':
      return `whole number ${f.min}–${f.max}`;
  }
}

function fieldLimits(f: FieldDef): string {
  if (f.kind === 'group') {
    const sub = f.fields.map((s) => `${code(s.key)}${s.required ? '' : '?'}: ${leafLimits(s)}`).join('; ');
    return `items ${f.items.map((i) => code(i.key)).join(', ')}; each: ${sub}`;
  }
  if (f.kind === 'list') {
    const sub = f.fields.map((s) => `${code(s.key)}${s.required ? '' : '?'}: ${leafLimits(s)}`).join('; ');
    return `${f.min}–${f.max} × ${f.itemLabel.toLowerCase()}; each: ${sub}`;
  }
  return leafLimits(f);
}

function required(f: FieldDef): string {
  if (f.requiredWhen)
    return `when ${code(f.requiredWhen.key)} = ${f.requiredWhen.in.map((v) => code(String(v))).join(' / ')}`;
  return f.required ? 'yes' : 'no';
}

function programmesSection(): string {
  const out: string[] = ['## Programmes and roles', ''];
  out.push(
    table(
      ['id', 'programme', 'trainee', 'default length', 'source'],
      PROGRAMME_IDS.map((id) => {
        const p = PROGRAMMES[id];
        return [
          code(id),
          p.label,
          TRAJECT_ROLE_LABELS[p.traineeRole].label,
          `${p.durationMonths} months`,
          p.source,
        ];
      }),
    ),
    '',
  );
  for (const id of PROGRAMME_IDS) {
    const p = PROGRAMMES[id];
    out.push(`### ${p.label} (${code(id)})`, '', p.description, '');
    out.push(
      table(
        ['role', 'label', 'holders', 'what they do'],
        p.roles.map((r) => [
          code(r.role),
          TRAJECT_ROLE_LABELS[r.role].label,
          r.min === r.max ? `exactly ${r.min}` : `${r.min}–${r.max}`,
          r.description,
        ]),
      ),
      '',
    );
    const combos = p.allowedRoleCombinations.map(([a, b]) => `${code(a)} + ${code(b)}`);
    out.push(
      `One person may hold two roles only in these combinations: ${combos.length ? combos.join(', ') : 'none'}.`,
      '',
    );
  }
  out.push('### Conflicts refused in every programme', '');
  out.push(
    table(
      ['rule', 'roles', 'message to the secretariat'],
      ROLE_CONFLICTS.map((c) => [code(c.rule), c.roles.map(code).join(' + '), c.message]),
    ),
  );
  out.push(
    '',
    `Staff roles (custom claims, not traject roles): ${Object.entries(STAFF_ROLE_LABELS)
      .map(([k, v]) => `${code(k)} (${v})`)
      .join(', ')}.`,
    '',
  );
  return out.join('\n');
}

function formsSection(): string {
  const out: string[] = ['## Forms', ''];
  out.push(
    table(
      ['formType', 'title', 'version', 'parts (partId = role)', 'sealed', 'readers besides raters'],
      FORM_TYPES.map((t) => {
        const d = FORM_DEFINITIONS[t];
        return [
          code(t),
          d.title,
          String(d.version),
          d.parts.map((p) => `${code(p.partId)}${p.staff ? ' (staff)' : ''}`).join(', '),
          d.sealed ? 'yes' : 'no',
          t === 'leoh'
            ? 'aios + the opleider it is about (see policies)'
            : d.readerRoles.map(code).join(', '),
        ];
      }),
    ),
    '',
  );
  for (const t of FORM_TYPES) {
    const d = FORM_DEFINITIONS[t];
    out.push(
      `### ${d.title} (${code(t)}, version ${d.version})`,
      '',
      d.description,
      '',
      `Source: ${d.source}.`,
      '',
    );
    out.push(
      table(
        ['key', 'label', 'kind', 'required', 'parts', 'limits / options'],
        d.fields.map((f) => [
          code(f.key),
          f.label,
          f.kind,
          required(f),
          f.parts ? f.parts.map(code).join(', ') : 'all',
          fieldLimits(f),
        ]),
      ),
      '',
    );
    if (d.crossChecks?.length) {
      out.push(
        'Checks on submission:',
        '',
        ...d.crossChecks.map((c) => `- ${c.path.map(String).join('.')}: ${c.message}`),
        '',
      );
    }
  }
  return out.join('\n');
}

const EXAMPLE_ROLES: Record<ProgrammeId, RoleAssignments> = {
  huisarts_jaar1: {
    aios: ['aios'],
    opleider: ['opleider-1', 'opleider-2'],
    groepsdocent: ['docent-1', 'docent-2'],
  },
  huisarts_jaar3: { aios: ['aios'], opleider: ['opleider-1'], groepsdocent: ['docent-1'], tutor: ['tutor'] },
  pdg: { deelnemer: ['deelnemer'], werkplekbegeleider: ['wpb'], pdg_trainer: ['trainer'] },
  led_basis: { deelnemer: ['deelnemer'], collega_docent: ['mentor'] },
  led_begeleiden_groepen: { deelnemer: ['deelnemer'], collega_docent: ['mentor'] },
  led_ontwikkelen_onderwijs: { deelnemer: ['deelnemer'], collega_docent: ['mentor'] },
  mbo_team: { deelnemer: ['deelnemer'] },
};

function who(s: FormInstanceSpec): string {
  return s.parts.map((p) => (isTrajectRole(p.partId) ? p.partId : `${p.partId} (staff)`)).join(', ');
}

function schedulesSection(): string {
  const out: string[] = ['## Default schedules', ''];
  out.push(
    `Computed by ${code('computeSchedule')} for a traject starting on ${EXAMPLE_START} (full time, no pauses). ` +
      'Deadlines are at 23:59:59 Europe/Amsterdam on the due day; windows open at 00:00. ' +
      'Month m of the training falls in calendar month round(m / partTimeFactor); a pause moves every later deadline by its length in days; ' +
      'month ends clamp (a start on 31 January has its month-1 deadline on 28/29 February). ' +
      `Learner reports come every ${LEARNER_REPORT_INTERVAL_DAYS / 7} weeks (calendar rhythm, not stretched by part-time). ` +
      `KPB/KVB has no deadlines: ${code('kpbPace')} compares the count with an even pace towards about ${KPB_TARGET_PER_YEAR} a year.`,
    '',
  );
  out.push('### Default windows', '');
  out.push(
    table(
      ['formType', 'opens (days before due)', 'reminders from (days before due)', 'closes (days after due)'],
      FORM_TYPES.map((t) => {
        const w = DEFAULT_WINDOWS[t];
        return [
          code(t),
          String(w.opensDaysBefore),
          String(w.remindDaysBefore),
          w.closesDaysAfter === null ? 'never' : String(w.closesDaysAfter),
        ];
      }),
    ),
    '',
    'Some occurrences open at a fixed moment instead: PDG lesson visits open at the start of their half, the dossier LEOh at month 9, ' +
      'the progress decision on the due day of the last advice, start-of-programme forms on the start date.',
    '',
  );
  for (const id of PROGRAMME_IDS) {
    const p = PROGRAMMES[id];
    const s = computeSchedule({
      trajectId: 'voorbeeld',
      programme: id,
      startDate: EXAMPLE_START,
      roles: EXAMPLE_ROLES[id],
    });
    const roleText = Object.entries(EXAMPLE_ROLES[id])
      .map(([r, uids]) => `${r}: ${(uids ?? []).join(', ')}`)
      .join('; ');
    out.push(`### Schedule: ${p.label}`, '', `Example roles: ${roleText}.`, '');
    out.push(
      table(
        ['occurrenceKey', 'form', 'title', 'who acts (parts)', 'opens', 'due', 'reminders from', 'closes'],
        s.map((x) => [
          code(x.occurrenceKey),
          code(x.formType),
          x.title + (x.meeting ? ` (${x.meeting.note}; ${x.meeting.attendees.join(', ')})` : ''),
          who(x),
          toIsoDate(x.opensAt),
          x.dueDate,
          toIsoDate(x.remindFrom),
          x.closesAt ? toIsoDate(x.closesAt) : '—',
        ]),
      ),
      '',
    );
  }
  return out.join('\n');
}

async function render(): Promise<string> {
  const md = [
    '# Domain: programmes, forms and schedules',
    '',
    '<!-- Generated by scripts/generate-domain-docs.ts from domain/src. Do not edit by hand: run `npx tsx scripts/generate-domain-docs.ts`. -->',
    '',
    `Everything below is read from ${code('@praktijkvolg/domain')}: the programme definitions (${code('programmes.ts')}), ` +
      `the form definitions (${code('forms/')}, one zod schema per form built from the same field list), and ${code('computeSchedule')} (${code('schedule/')}). ` +
      `Part labels: ${FORM_DEFINITIONS.combel.parts.map((p) => `${code(p.partId)} = ${partLabel(p.partId)}`).join(', ')}, ...`,
    '',
    programmesSection(),
    formsSection(),
    schedulesSection(),
    progressSection(EXAMPLE_START),
  ].join('\n');
  return formatMarkdown(TARGET, md);
}

writeOrCheck(TARGET, await render(), 'npx tsx scripts/generate-domain-docs.ts');
