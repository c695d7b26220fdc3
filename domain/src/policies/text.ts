// Names and free texts that end up in mails, PDFs and screens (docs/rules.md, "Accounts, links and texts").
// They are NFC-normalised and trimmed, and refused when they hold characters that change how the text around
// them looks without being visible themselves: control characters (a NUL cuts a mail header short), bidi
// overrides and isolates (U+202E shows "moc.elpmaxe" as "example.com"), zero-width characters and tags
// (two names that look the same but differ). The forbidden ranges are data, so firestore.rules can refuse
// the same characters in the traject names the secretariat writes directly (scripts/generate-rules.ts).

type Range = readonly [from: number, to: number];

/** C0 and C1 control characters and DEL; multi-line free text allows tab and line feed (see below). */
const CONTROL: readonly Range[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
];
const CONTROL_EXCEPT_TAB_AND_NEWLINE: readonly Range[] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
];
/** Bidi marks, embeddings, overrides and isolates: they reorder the text around them. */
const BIDI: readonly Range[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];
/** Invisible characters: zero-width space, line/paragraph separators, word joiner, BOM, tag characters. */
const INVISIBLE: readonly Range[] = [
  [0x200b, 0x200b],
  [0x2028, 0x2029],
  [0x2060, 0x2060],
  [0xfeff, 0xfeff],
  [0xe0000, 0xe007f],
];
/**
 * Zero-width (non-)joiners: in a name only a way to make two names that look alike differ. Free text keeps
 * them, because emoji sequences and Persian script need them.
 */
const JOINERS: readonly Range[] = [[0x200c, 0x200d]];

/** Characters a name (one line: a person, a trainee, a workplace) may not contain. */
export const FORBIDDEN_IN_NAMES: readonly Range[] = [...CONTROL, ...BIDI, ...INVISIBLE, ...JOINERS];
/** Characters a free text (a message in an invitation; tab and line feed allowed) may not contain. */
export const FORBIDDEN_IN_TEXT: readonly Range[] = [...CONTROL_EXCEPT_TAB_AND_NEWLINE, ...BIDI, ...INVISIBLE];

export const NAME_MAX = 120;

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const jsClass = (ranges: readonly Range[]) =>
  ranges.map(([a, b]) => (a === b ? `\\u{${hex(a)}}` : `\\u{${hex(a)}}-\\u{${hex(b)}}`)).join('');
// With the u flag, [\uD800-\uDFFF] matches only a lone surrogate (half of an emoji cut off), which cannot be
// encoded in a mail or a PDF either.
const nameForbidden = new RegExp(`[${jsClass(FORBIDDEN_IN_NAMES)}\\uD800-\\uDFFF]`, 'u');
const textForbidden = new RegExp(`[${jsClass(FORBIDDEN_IN_TEXT)}\\uD800-\\uDFFF]`, 'u');

/**
 * An RE2 pattern (Firestore rules' `matches`, which must match the whole string) for a string without any
 * of these characters; written with `\x{...}` so the rules file itself holds no invisible characters.
 */
export function rulesPatternWithout(ranges: readonly Range[]): string {
  const cls = ranges.map(([a, b]) => (a === b ? `\\x{${hex(a)}}` : `\\x{${hex(a)}}-\\x{${hex(b)}}`)).join('');
  return `^[^${cls}]*$`;
}

export const TEXT_MESSAGES = {
  hiddenCharacter: (what: string) =>
    `${what} bevat een onzichtbaar stuur- of tekenrichtingsteken; typ de tekst opnieuw zonder dat teken.`,
  required: (what: string) => `Vul ${what.toLowerCase()} in.`,
  tooLong: (what: string, max: number) => `${what} is te lang (maximaal ${max} tekens).`,
} as const;

export type CleanResult = { ok: true; value: string } | { ok: false; message: string };

/** True when `value` holds a character a name may not contain (no normalising: for checks on stored data). */
export const hasForbiddenNameCharacter = (value: string): boolean => nameForbidden.test(value);
/** True when `value` holds a character a free text may not contain. */
export const hasForbiddenTextCharacter = (value: string): boolean => textForbidden.test(value);

/**
 * A person's or place's name: one line, NFC, trimmed, 1..max characters. `what` names the field in the
 * Dutch message ("De naam").
 */
export function cleanName(input: string, max = NAME_MAX, what = 'De naam'): CleanResult {
  if (hasForbiddenNameCharacter(input)) return { ok: false, message: TEXT_MESSAGES.hiddenCharacter(what) };
  const value = input.normalize('NFC').trim();
  if (value === '') return { ok: false, message: TEXT_MESSAGES.required(what) };
  if (value.length > max) return { ok: false, message: TEXT_MESSAGES.tooLong(what, max) };
  return { ok: true, value };
}

/**
 * A free text (may be empty): NFC, trimmed, CR LF and lone CR become LF, at most `max` characters. Tab and
 * line feed are allowed only when `multiline` (the default).
 */
export function cleanText(
  input: string,
  max: number,
  { multiline = true, what = 'De tekst' }: { multiline?: boolean; what?: string } = {},
): CleanResult {
  const lines = input.replace(/\r\n?/g, '\n');
  const forbidden = multiline ? hasForbiddenTextCharacter(lines) : hasForbiddenNameCharacter(lines);
  if (forbidden) return { ok: false, message: TEXT_MESSAGES.hiddenCharacter(what) };
  const value = lines.normalize('NFC').trim();
  if (value.length > max) return { ok: false, message: TEXT_MESSAGES.tooLong(what, max) };
  return { ok: true, value };
}
