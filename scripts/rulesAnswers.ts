// The answer-keys block of firestore.rules (see generate-rules.ts): per form type and part, every answer the
// domain's form definitions (domain/src/forms) allow, checked at every depth the way the zod schema checks it
// (schema.ts): keys, types, options, lengths and calendar dates of top-level fields, of every group item and of
// every list entry; and on submission the required answers (not blank, not empty, enough entries),
// acknowledgements that must be true, and requirements that depend on another answer. Cross checks (closures
// in a definition) cannot be expressed here: the partWritten trigger validates a submission with the same zod
// schema and returns a failing part to draft (docs/rules.md, "Answers: shape and completeness").
//
// Budget: a request evaluates at most 1000 expressions (every literal, name, operator and call counts one) and
// calls functions at most 20 deep; the rest of a part update costs about 200. So the checks are generated
// twice, for a draft and for a submission, instead of testing `submitting` at every answer; an absent optional
// answer reads as a valid stand-in (`m.get(k, '')`, its first option, ...) instead of a separate `k in m`;
// group items and list entries share one function per field (list entries unrolled up to the field's maximum);
// identical functions are emitted once; and the form types are dispatched heaviest first.
// tests/rules/answersFuzz.test.ts writes every part at its largest, so a form that outgrows the budget fails there.
import {
  CALENDAR_DATE_PATTERN,
  FORM_DEFINITIONS,
  FORM_TYPES,
  NON_BLANK_PATTERN,
  fieldsForPart,
  type FieldDef,
  type FormDefinition,
  type FormType,
  type LeafField,
} from '@praktijkvolg/domain';

export const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
export const list = (xs: readonly string[]) => `[${xs.map(q).join(', ')}]`;
/** Rules identifiers: form types and keys are [a-z_A-Z0-9] already; keep it that way or fail loudly. */
export const ident = (...parts: string[]) => {
  const name = parts.join('_');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Cannot use ${name} in a rules function name`);
  return name;
};

type Mode = 'draft' | 'submit';
type ObjectField = Extract<FieldDef, { kind: 'group' | 'list' }>;
const options = (f: { options: readonly { value: string }[] }) => list(f.options.map((o) => o.value));
/** One option as a full-match pattern: one expression, where a list literal costs one per option. */
const optionPattern = (f: { options: readonly { value: string }[] }) =>
  q(`^(?:${f.options.map((o) => o.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
/** Required in this mode: zod's `required` (schema.ts fieldSchema / leafObject). */
const requiredIn = (f: FieldDef, mode: Mode) => mode === 'submit' && f.required && !f.requiredWhen;

/** Emitted functions by body, so fields and parts with the same shape share one function. */
class Functions {
  private byBody = new Map<string, string>();
  readonly out: string[] = [];
  define(name: string, param: string, body: string): string {
    const key = `${param}|${body}`;
    const existing = this.byBody.get(key);
    if (existing) return existing;
    this.byBody.set(key, name);
    this.out.push(`function ${name}(${param}) {\n  return ${body};\n}`);
    return name;
  }
  /** A draft and a submission variant; one function when they are the same. */
  pair(name: string, param: string, bodies: Record<Mode, string>): Record<Mode, string> {
    if (bodies.draft === bodies.submit) {
      const fn = this.define(name, param, bodies.draft);
      return { draft: fn, submit: fn };
    }
    return {
      draft: this.define(`${name}_draft`, param, bodies.draft),
      submit: this.define(`${name}_submit`, param, bodies.submit),
    };
  }
}

/** `m.k`: read directly when the mode requires it (absent: an error, which denies), else with a stand-in. */
function valueOf(f: FieldDef, m: string, mode: Mode): string {
  if (requiredIn(f, mode)) return `${m}.${ident(f.key)}`;
  switch (f.kind) {
    case 'text':
    case 'longtext':
      return `${m}.get(${q(f.key)}, '')`;
    case 'date':
      return `${m}.get(${q(f.key)}, '2000-01-01')`;
    case 'boolean':
      return `${m}.get(${q(f.key)}, true)`;
    case 'number':
      return `${m}.get(${q(f.key)}, ${f.min})`;
    case 'scale':
    case 'choice':
      return f.kind === 'choice' && f.multiple
        ? `${m}.get(${q(f.key)}, [])`
        : `${m}.get(${q(f.key)}, ${q(f.options[0]!.value)})`;
    case 'group':
      return `${m}.get(${q(f.key)}, {})`;
    case 'list':
      return `${m}.get(${q(f.key)}, [])`;
  }
}

/** The check of one leaf answer in object `m`. */
function leafCheck(f: LeafField, m: string, mode: Mode): string {
  const v = valueOf(f, m, mode);
  const required = requiredIn(f, mode);
  switch (f.kind) {
    case 'text':
    case 'longtext':
      // filled() is also the type check of a required text (matches() on anything but a string is an error).
      return required
        ? `filled(${v}) && ${v}.size() <= ${f.maxLength}`
        : `(${v} + '').size() <= ${f.maxLength}`;
    case 'date':
      return `isDay(${v})`;
    case 'boolean':
      return mode === 'submit' && f.mustBeTrue ? `${v} == true` : `${v} is bool`;
    case 'number':
      return `${v} is int && ${v} >= ${f.min} && ${v} <= ${f.max}`;
    case 'scale':
      return `${v}.matches(${optionPattern(f)})`;
    case 'choice':
      return f.multiple
        ? `chosen(${v}, ${options(f)})${required ? ` && ${v}.size() > 0` : ''}`
        : `${v}.matches(${optionPattern(f)})`;
  }
}

/** Keys only from the definition (keys() of anything but a map is an error: the type check of a map). */
const keyCheck = (fields: readonly FieldDef[], m: string) =>
  `${m}.keys().hasOnly(${list(fields.map((f) => f.key))})`;

/** A group item or list entry: a map of only the sub-field keys, each checked. */
function itemFunctions(fns: Functions, formType: FormType, field: ObjectField): Record<Mode, string> {
  const body = (mode: Mode) =>
    [keyCheck(field.fields, 'm'), ...field.fields.map((f) => leafCheck(f, 'm', mode))].join('\n    && ');
  return fns.pair(ident('item', formType, field.key), 'm', { draft: body('draft'), submit: body('submit') });
}

function groupFunctions(fns: Functions, formType: FormType, field: Extract<FieldDef, { kind: 'group' }>) {
  const item = itemFunctions(fns, formType, field);
  const body = (mode: Mode) => {
    const all = requiredIn(field, mode);
    // An absent item reads as {} when that passes; otherwise it is tested for presence first.
    const emptyOk = mode === 'draft' || !field.fields.some((f) => f.required);
    return [
      `g.keys().hasOnly(${list(field.items.map((it) => it.key))})`,
      ...field.items.map((it) =>
        all
          ? `${item[mode]}(g.${ident(it.key)})`
          : emptyOk
            ? `${item[mode]}(g.get(${q(it.key)}, {}))`
            : `(!(${q(it.key)} in g) || ${item[mode]}(g.${ident(it.key)}))`,
      ),
    ].join('\n    && ');
  };
  return fns.pair(ident('group', formType, field.key), 'g', { draft: body('draft'), submit: body('submit') });
}

/**
 * A list: at most max entries (at least min on submission), each checked. The entries are unrolled per exact
 * count, largest first (`l.size() == 8 ? e(l[0]) && ... && e(l[7]) : l.size() == 7 ? ...`), which costs less
 * than testing the count before every entry.
 */
function listFunctions(fns: Functions, formType: FormType, field: Extract<FieldDef, { kind: 'list' }>) {
  const item = itemFunctions(fns, formType, field);
  const body = (mode: Mode) => {
    const min = requiredIn(field, mode) ? field.min : 0;
    const counts = Array.from({ length: field.max - min + 1 }, (_, i) => field.max - i);
    const entries = (n: number) =>
      n === 0 ? 'true' : Array.from({ length: n }, (_, i) => `${item[mode]}(l[${i}])`).join('\n        && ');
    const unrolled = counts
      .map((n, i) =>
        i === counts.length - 1 ? `\n        ${entries(n)}` : `l.size() == ${n} ?\n        ${entries(n)}`,
      )
      .join('\n      : ');
    return `l is list && l.size() <= ${field.max}${min > 0 ? ` && l.size() >= ${min}` : ''}\n    && (${unrolled})`.replace(
      / +\n/g,
      '\n',
    );
  };
  return fns.pair(ident('list', formType, field.key), 'l', { draft: body('draft'), submit: body('submit') });
}

function fieldCheck(fns: Functions, def: FormDefinition, f: FieldDef, mode: Mode): string {
  if (f.kind === 'group') return `${groupFunctions(fns, def.formType, f)[mode]}(${valueOf(f, 'a', mode)})`;
  if (f.kind === 'list') return `${listFunctions(fns, def.formType, f)[mode]}(${valueOf(f, 'a', mode)})`;
  return leafCheck(f, 'a', mode);
}

/** On submission, a field whose requiredWhen holds must hold an answer (zod: not isEmpty). */
function conditionalChecks(fields: readonly FieldDef[]): string[] {
  return fields.flatMap((f) => {
    if (!f.requiredWhen) return [];
    const values = f.requiredWhen.in.map((v) => (typeof v === 'string' ? q(v) : String(v))).join(', ');
    const answered =
      f.kind === 'text' || f.kind === 'longtext'
        ? `filled(a.get(${q(f.key)}, ''))`
        : f.kind === 'list' || (f.kind === 'choice' && f.multiple)
          ? `a.get(${q(f.key)}, []).size() > 0`
          : `${q(f.key)} in a`;
    return [`(!(a.get(${q(f.requiredWhen.key)}, null) in [${values}]) || ${answered})`];
  });
}

function partFunctions(fns: Functions, def: FormDefinition, partId: string): Record<Mode, string> {
  const fields = fieldsForPart(def, partId as never);
  const body = (mode: Mode) =>
    [
      keyCheck(fields, 'a'),
      ...fields.map((f) => fieldCheck(fns, def, f, mode)),
      ...(mode === 'submit' ? conditionalChecks(fields) : []),
    ].join('\n    && ');
  return {
    draft: fns.define(ident('draft', def.formType, partId), 'a', body('draft')),
    submit: fns.define(ident('submit', def.formType, partId), 'a', body('submit')),
  };
}

/** Answers checked at the largest, for the dispatch order: the heaviest forms are reached first. */
function weight(def: FormDefinition): number {
  return def.fields.reduce(
    (n, f) =>
      n +
      (f.kind === 'group'
        ? f.items.length * f.fields.length
        : f.kind === 'list'
          ? f.max * f.fields.length
          : 1),
    0,
  );
}

export function renderAnswerKeysBlock(): string {
  const fns = new Functions();
  const forms: string[] = [];
  const order = [...FORM_TYPES].sort((x, y) => weight(FORM_DEFINITIONS[y]) - weight(FORM_DEFINITIONS[x]));
  for (const formType of order) {
    const def = FORM_DEFINITIONS[formType];
    // Parts with the same fields share their functions: one dispatch line per pair.
    const byFn = new Map<string, { fn: Record<Mode, string>; parts: string[] }>();
    for (const p of def.parts) {
      const fn = partFunctions(fns, def, p.partId);
      const entry = byFn.get(fn.submit) ?? { fn, parts: [] };
      entry.parts.push(p.partId);
      byFn.set(fn.submit, entry);
    }
    const lines = [...byFn.values()].map(({ fn, parts }) => {
      const which = parts.length === 1 ? `partId == ${q(parts[0]!)}` : `partId in ${list(parts)}`;
      return `(${which} && (submitting ? ${fn.submit}(a) : ${fn.draft}(a)))`;
    });
    const name = ident('answersFit', formType);
    forms.push(
      `// ${def.title} (version ${def.version})\nfunction ${name}(partId, a, submitting) {\n  return ${lines.join('\n    || ')};\n}`,
    );
  }
  const dispatch = order.map(
    (t) => `(formType == ${q(t)} && ${ident('answersFit', t)}(partId, a, submitting))`,
  );
  return [
    `// Generated by scripts/generate-rules.ts (scripts/rulesAnswers.ts) from domain/src/forms (FORM_DEFINITIONS):`,
    `// do not edit by hand. Per form type and part, a draft and a submission check: only the part's answer keys;`,
    `// every answer, group item and list entry of its field's type, options, length and calendar dates; on`,
    `// submission the required answers (not blank or empty, all group items, enough list entries), confirmations`,
    `// that must be true and conditional requirements. Cross checks are the server's: partWritten returns a failing`,
    `// submission to draft. docs/rules.md, "Answers: shape and completeness".`,
    `// - An error denies. So a required answer is read directly (m.k: absent is an error), an optional one with`,
    `//   a valid stand-in (m.get('k', '') for a text, its first option, ...); m.keys() is a map's type check,`,
    `//   (v + '') a string's and matches() too: on anything else they are errors. One option of a choice is a`,
    `//   full match of '^(?:a|b|c)$': one expression, where a list literal costs one per option.`,
    `// - size() of a string counts UTF-16 units, as zod's max does.`,
    '',
    `// A real calendar day 'YYYY-MM-DD' in 2000..2099 (domain CALENDAR_DATE_PATTERN, the same set as isIsoDate).`,
    `function isDay(v) { return v.matches(${q(CALENDAR_DATE_PATTERN)}); }`,
    `// Not blank the way JavaScript's trim() sees it (domain NON_BLANK_PATTERN; the rules' trim() is ASCII only).`,
    `function filled(s) { return s.matches(${q(NON_BLANK_PATTERN)}); }`,
    `// A multiple choice: options of the field, each at most once.`,
    `function chosen(v, options) { return v is list && v.hasOnly(options) && v.toSet().size() == v.size(); }`,
    '',
    `// The answers of this form type and part fit its definition (false for an unknown part). Heaviest forms first.`,
    `function answersFitForm(formType, partId, a, submitting) {`,
    `  return ${dispatch.join(`\n    || `)};`,
    `}`,
    '',
    ...forms.flatMap((f) => [f, '']),
    ...fns.out.flatMap((f) => [f, '']),
  ]
    .join('\n')
    .trimEnd();
}
