// Answers derived from the domain's form definitions (FORM_DEFINITIONS) and examples (FORM_EXAMPLES), for the
// fuzz suite answersFuzz.test.ts: per form part the largest valid answers (every optional field, every group
// item and sub-field, every list at its maximum), and from those, malformed answers at every depth. Nothing here
// is per form: a new form or field is covered without a new test.
import {
  FORM_DEFINITIONS,
  FORM_EXAMPLES,
  FORM_TYPES,
  fieldsForPart,
  type FieldDef,
  type FormType,
  type LeafField,
  type PartId,
} from '@praktijkvolg/domain';

type Answers = Record<string, unknown>;
type Path = (string | number)[];
export type Mode = 'draft' | 'submit';

export interface PartCase {
  formType: FormType;
  partId: PartId;
  staff: boolean;
}
export const PART_CASES: PartCase[] = FORM_TYPES.flatMap((formType) =>
  FORM_DEFINITIONS[formType].parts.map((p) => ({ formType, partId: p.partId, staff: p.staff })),
);

export interface Mutation {
  /** e.g. "submit: wrong type at competenties.medisch_handelen.niveau (7)". */
  name: string;
  mode: Mode;
  answers: Answers;
}

const isObject = (v: unknown): v is Answers => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A valid value of a leaf field that the example left out. */
function fill(f: LeafField): unknown {
  switch (f.kind) {
    case 'text':
    case 'longtext':
      return 'x'.repeat(f.maxLength); // at the limit: the limit itself is allowed
    case 'date':
      return '2026-03-01';
    case 'boolean':
      return true;
    case 'number':
      // At the lower limit: the limit itself is allowed, and a count never exceeds the one it is part of
      // (diensten: aantalOpAfstand ≤ aantalDiensten, a cross check).
      return f.min;
    case 'scale':
      return f.options[0]!.value;
    case 'choice':
      return f.multiple ? f.options.map((o) => o.value) : f.options[0]!.value;
  }
}

function fillObject(fields: readonly LeafField[], given: unknown): Answers {
  const src = isObject(given) ? given : {};
  return Object.fromEntries(fields.map((f) => [f.key, f.key in src ? src[f.key] : fill(f)]));
}

/** The example with every optional answer added: every group item, every sub-field, lists at their maximum. */
export function largestAnswers(formType: FormType, partId: PartId): Answers {
  const example = (FORM_EXAMPLES[formType][partId] ?? {}) as Answers;
  const out: Answers = {};
  for (const f of fieldsForPart(FORM_DEFINITIONS[formType], partId)) {
    const given = example[f.key];
    if (f.kind === 'group') {
      const items = isObject(given) ? given : {};
      out[f.key] = Object.fromEntries(f.items.map((it) => [it.key, fillObject(f.fields, items[it.key])]));
    } else if (f.kind === 'list') {
      const entries = Array.isArray(given) && given.length > 0 ? given : [{}];
      out[f.key] = Array.from({ length: f.max }, (_, i) => fillObject(f.fields, entries[i % entries.length]));
    } else out[f.key] = f.key in example ? given : fill(f);
  }
  return out;
}

function setAt(answers: Answers, path: Path, value: unknown): Answers {
  const copy = structuredClone(answers);
  let node: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function deleteAt(answers: Answers, path: Path): Answers {
  const copy = structuredClone(answers);
  let node: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  delete node[path.at(-1)!];
  return copy;
}

export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-04-31',
  '1999-12-31',
  '2026-3-1',
];
/** Whitespace only, as JavaScript's trim() sees it (the rules' own trim() would keep the last one). */
export const BLANKS = ['', '   ', '\t\n', '\u00a0\u3000\ufeff\u2028'];

/** Values of the wrong type for a field of this kind. */
function wrongTypes(f: FieldDef): unknown[] {
  switch (f.kind) {
    case 'text':
    case 'longtext':
      return [7, null, ['tekst']];
    case 'date':
      return [20260301, null, { datum: '2026-03-01' }];
    case 'boolean':
      return ['true', 1, null];
    case 'number':
      return [String(f.min), true, null, [f.min]];
    case 'scale':
      return [1, null, [f.options[0]!.value]];
    case 'choice':
      return f.multiple ? [f.options[0]!.value, null, [7]] : [1, null, [f.options[0]!.value]];
    case 'group':
      return [[], 'x', null];
    case 'list':
      return [{ 0: {} }, 'x', null];
  }
}

/** Malformed values of one leaf (both modes refuse them): wrong type, wrong option, over-long, impossible date. */
function leafMutations(f: LeafField): [string, unknown][] {
  const out: [string, unknown][] = wrongTypes(f).map((v) => [`wrong type (${JSON.stringify(v)})`, v]);
  if (f.kind === 'scale' || (f.kind === 'choice' && !f.multiple)) out.push(['wrong option', 'geen_optie']);
  if (f.kind === 'choice' && f.multiple) {
    const first = f.options[0]!.value;
    out.push(['wrong option', [first, 'geen_optie']], ['an option twice', [first, first]]);
  }
  if (f.kind === 'text' || f.kind === 'longtext') {
    out.push(['over-long', 'x'.repeat(f.maxLength + 1)]);
    // Emoji are two UTF-16 units each, as zod counts them.
    out.push(['over-long in emoji', '😀'.repeat(Math.floor(f.maxLength / 2) + 1)]);
  }
  if (f.kind === 'date') for (const d of IMPOSSIBLE_DATES) out.push([`impossible date ${d}`, d]);
  if (f.kind === 'number')
    out.push(['below the minimum', f.min - 1], ['above the maximum', f.max + 1], ['a fraction', f.min + 0.5]);
  return out;
}

/** What a submission must have at `path` (field f): each variant leaves it missing or empty. */
function incomplete(f: LeafField | FieldDef, required: boolean): [string, unknown | typeof DELETE][] {
  const out: [string, unknown | typeof DELETE][] = [];
  if (required) out.push(['missing', DELETE]);
  if (required && (f.kind === 'text' || f.kind === 'longtext'))
    for (const b of BLANKS) out.push([`blank (${JSON.stringify(b)})`, b]);
  if (required && f.kind === 'choice' && f.multiple) out.push(['nothing chosen', []]);
  if (f.kind === 'boolean' && f.mustBeTrue) out.push(['not confirmed (false)', false]);
  return out;
}
const DELETE = Symbol('delete');

/** Every malformed or incomplete variant of the largest answers of one part. */
export function mutations(formType: FormType, partId: PartId): Mutation[] {
  const base = largestAnswers(formType, partId);
  const out: Mutation[] = [];
  const both = (what: string, path: Path, answers: Answers) => {
    for (const mode of ['draft', 'submit'] as const)
      out.push({ name: `${mode}: ${what} at ${path.join('.') || '(answers)'}`, mode, answers });
  };
  const submitOnly = (what: string, path: Path, value: unknown) =>
    out.push({
      name: `submit: ${what} at ${path.join('.')}`,
      mode: 'submit',
      answers: value === DELETE ? deleteAt(base, path) : setAt(base, path, value),
    });

  both('extra key', ['onbekendVeld'], setAt(base, ['onbekendVeld'], 'x'));
  for (const f of fieldsForPart(FORM_DEFINITIONS[formType], partId)) {
    const top = f.required && !f.requiredWhen;
    for (const v of wrongTypes(f))
      both(`wrong type (${JSON.stringify(v)})`, [f.key], setAt(base, [f.key], v));
    if (f.kind === 'group' || f.kind === 'list') {
      const objects: Path[] =
        f.kind === 'group'
          ? f.items.map((it) => [f.key, it.key])
          : Array.from({ length: f.max }, (_, i) => [f.key, i]);
      if (f.kind === 'group')
        both('unknown item', [f.key, 'onbekend_item'], setAt(base, [f.key, 'onbekend_item'], {}));
      else {
        const entries = base[f.key] as Answers[];
        both(`${f.max + 1} entries (max ${f.max})`, [f.key], setAt(base, [f.key], [...entries, entries[0]]));
        if (top && f.min > 0)
          submitOnly(`${f.min - 1} entries (min ${f.min})`, [f.key], entries.slice(0, f.min - 1));
        if (top && f.min > 1) submitOnly('no entries', [f.key], []);
      }
      for (const path of objects) {
        both('extra key', [...path, 'onbekendVeld'], setAt(base, [...path, 'onbekendVeld'], 'x'));
        // An array directly inside an array cannot be stored at all (the SDK refuses it), so not for entries.
        for (const v of f.kind === 'group' ? ['x', [], null] : ['x', 7, null])
          both(`wrong type (${JSON.stringify(v)})`, path, setAt(base, path, v));
        if (f.kind === 'group' && top) submitOnly('missing item', path, DELETE);
        for (const sf of f.fields) {
          const p = [...path, sf.key];
          for (const [what, v] of leafMutations(sf)) both(what, p, setAt(base, p, v));
          for (const [what, v] of incomplete(sf, sf.required)) submitOnly(what, p, v);
        }
      }
    } else {
      for (const [what, v] of leafMutations(f)) both(what, [f.key], setAt(base, [f.key], v));
    }
    if (f.kind !== 'group' && f.kind !== 'list')
      for (const [what, v] of incomplete(f, top)) submitOnly(what, [f.key], v);
    else if (top) submitOnly('missing', [f.key], DELETE);
    if (f.kind === 'group' && top) submitOnly('no items', [f.key], {});
    if (f.requiredWhen) {
      // The condition holds and the answer is missing (or blank).
      const when = setAt(base, [f.requiredWhen.key], f.requiredWhen.in[0]);
      out.push({
        name: `submit: missing ${f.key} while ${f.requiredWhen.key} = ${String(f.requiredWhen.in[0])}`,
        mode: 'submit',
        answers: deleteAt(when, [f.key]),
      });
      if (f.kind === 'text' || f.kind === 'longtext')
        out.push({
          name: `submit: blank ${f.key} while ${f.requiredWhen.key} = ${String(f.requiredWhen.in[0])}`,
          mode: 'submit',
          answers: setAt(when, [f.key], '  '),
        });
    }
  }
  return out;
}

/** Drafts may be incomplete: each variant must be accepted as a draft (the rules are not stricter than zod). */
export function incompleteDrafts(formType: FormType, partId: PartId): Mutation[] {
  const base = largestAnswers(formType, partId);
  const out: Mutation[] = [{ name: 'draft: nothing answered', mode: 'draft', answers: {} }];
  for (const f of fieldsForPart(FORM_DEFINITIONS[formType], partId)) {
    if (f.kind === 'group') {
      const first = f.items[0]!.key;
      out.push({
        name: `draft: ${f.key}.${first} empty`,
        mode: 'draft',
        answers: setAt(base, [f.key, first], {}),
      });
    } else if (f.kind === 'list') {
      out.push({
        name: `draft: one empty ${f.key} entry`,
        mode: 'draft',
        answers: setAt(base, [f.key], [{}]),
      });
    } else if (f.kind === 'boolean' && f.mustBeTrue) {
      out.push({ name: `draft: ${f.key} false`, mode: 'draft', answers: setAt(base, [f.key], false) });
    } else if ((f.kind === 'text' || f.kind === 'longtext') && f.required) {
      out.push({ name: `draft: ${f.key} blank`, mode: 'draft', answers: setAt(base, [f.key], '  ') });
    }
  }
  return out;
}
