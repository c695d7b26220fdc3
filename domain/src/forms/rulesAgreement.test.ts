// The rules check answers with RE2 patterns and size(), the zod schemas with date arithmetic, trim() and
// String.length: each pair must accept exactly the same values, or an answer the form refuses could be stored
// through the SDK, or a valid one refused by the rules (docs/rules.md, "Answers: shape and completeness").
import { describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from './examples';
import { FORM_DEFINITIONS } from './registry';
import {
  CALENDAR_DATE_PATTERN,
  isIsoDate,
  isoDateSchema,
  MAX_DATE_YEAR,
  MIN_DATE_YEAR,
  NON_BLANK_PATTERN,
  validateAnswers,
} from './schema';

const rulesDate = new RegExp(CALENDAR_DATE_PATTERN);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Every YYYY-MM-DD with months 00..13 and days 00..32 for the given years. */
function grid(years: readonly number[]): string[] {
  const out: string[] = [];
  for (const y of years)
    for (let m = 0; m <= 13; m++)
      for (let d = 0; d <= 32; d++) out.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
  return out;
}

const years = [
  0,
  4,
  100,
  1600,
  1899,
  1900,
  1904,
  1996,
  1999,
  ...Array.from({ length: MAX_DATE_YEAR - MIN_DATE_YEAR + 1 }, (_, i) => MIN_DATE_YEAR + i),
  2100,
  2104,
  2400,
  9999,
];

describe('calendar dates: the rules pattern and the domain agree', () => {
  it('on every day, month and year of the grid', () => {
    const strings = grid(years);
    expect(strings.length).toBeGreaterThan(40_000);
    const disagree = strings.filter((s) => rulesDate.test(s) !== isIsoDate(s));
    expect(disagree).toEqual([]);
  });

  it('on malformed strings', () => {
    const odd = [
      '',
      '2026-1-01',
      '2026-01-1',
      '26-01-01',
      '02026-01-01',
      ' 2026-01-01',
      '2026-01-01 ',
      '2026-01-01\n',
      '\n2026-01-01',
      '2026/01/01',
      '2026-01-01T00:00',
      '２０２６-01-01',
      '2026-0a-01',
      '2026--01-01',
      '+2026-01-01',
    ];
    for (const s of odd) expect([s, rulesDate.test(s)]).toEqual([s, isIsoDate(s)]);
    expect(odd.filter((s) => isIsoDate(s))).toEqual([]);
  });

  it('accepts real days and refuses the impossible ones (the attack: 2026-02-30)', () => {
    for (const ok of [
      '2000-02-29',
      '2024-02-29',
      '2096-02-29',
      '2026-12-31',
      '2026-04-30',
      '2000-01-01',
      '2099-12-31',
    ])
      expect([ok, rulesDate.test(ok), isoDateSchema.safeParse(ok).success]).toEqual([ok, true, true]);
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-00-10',
      '2026-06-00',
      '1999-12-31',
      '2100-01-01',
    ])
      expect([bad, rulesDate.test(bad), isoDateSchema.safeParse(bad).success]).toEqual([bad, false, false]);
  });
});

describe('blank text: the rules pattern and trim() agree', () => {
  // RE2 syntax to JavaScript's: (?s) is the s flag, \x{FEFF} is \u{FEFF} with the u flag (\p{Z} is the same).
  const rulesFilled = new RegExp(
    NON_BLANK_PATTERN.replace('(?s)', '').replace(/\\x\{([0-9A-F]+)\}/g, '\\u{$1}'),
    'su',
  );

  it('on every character of the Basic Multilingual Plane, alone and between spaces', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates cannot be stored
      for (const s of [String.fromCharCode(c), ` \n${String.fromCharCode(c)}\t `]) {
        if (rulesFilled.test(s) !== (s.trim() !== '')) disagree.push(c.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });

  it('refuses a required text of only whitespace, as the rules do', () => {
    const tops = '\u00a0\u3000\ufeff\u2028';
    expect(rulesFilled.test(tops)).toBe(false);
    const r = validateAnswers(
      FORM_DEFINITIONS.combel,
      'aios',
      { ...FORM_EXAMPLES.combel.aios, tops },
      'submit',
    );
    expect(r.ok).toBe(false);
  });
});

describe('text length counts UTF-16 units, like the rules size() and the browser maxlength', () => {
  it('an emoji counts twice', () => {
    const def = FORM_DEFINITIONS.kpb; // onderwerp: at most 200
    const at = (onderwerp: string) =>
      validateAnswers(def, 'aios', { ...FORM_EXAMPLES.kpb.aios, onderwerp }, 'submit').ok;
    expect(at('😀'.repeat(100))).toBe(true);
    expect(at('😀'.repeat(101))).toBe(false); // 101 code points would pass zod's own max(200)
    expect(at('x'.repeat(200))).toBe(true);
    expect(at('x'.repeat(201))).toBe(false);
  });
});
