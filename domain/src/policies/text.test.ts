import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { trajectFieldsSchema } from '../traject';
import {
  cleanName,
  cleanText,
  FORBIDDEN_IN_NAMES,
  FORBIDDEN_IN_TEXT,
  hasForbiddenNameCharacter,
  rulesPatternWithout,
} from './text';
import { nameField, textField } from './textFields';

const refused = (r: ReturnType<typeof cleanName>) => (r.ok ? null : r.message);

describe('cleanName', () => {
  it('normalises to NFC and trims', () => {
    // "e" + combining acute (NFD) becomes one "é".
    expect(cleanName('  Rene\u0301 de Wit ')).toEqual({ ok: true, value: 'René de Wit' });
    expect(cleanName('Fatima El Amrani')).toEqual({ ok: true, value: 'Fatima El Amrani' });
    expect(cleanName('Zoë 👩‍⚕️'.replace('\u200d', ''))).toMatchObject({ ok: true });
  });

  it.each([
    ['NUL', 'Jan\u0000Jansen'],
    ['a line break', 'Jan\nJansen'],
    ['a tab', 'Jan\tJansen'],
    ['a C1 control', 'Jan\u0085Jansen'],
    ['DEL', 'Jan\u007fJansen'],
    ['a right-to-left override', 'Jan \u202Elpmaxe.moc'],
    ['a left-to-right embedding', '\u202AJan'],
    ['an isolate', 'Jan \u2067x\u2069'],
    ['a right-to-left mark', 'Jan\u200F'],
    ['an Arabic letter mark', 'Jan\u061C'],
    ['a zero-width space', 'Jan\u200BJansen'],
    ['a zero-width joiner', 'Ja\u200Dn'],
    ['a zero-width non-joiner', 'Ja\u200Cn'],
    ['a BOM', '\uFEFFJan'],
    ['a line separator', 'Jan\u2028Jansen'],
    ['a tag character', 'Jan\u{E0041}'],
    ['a lone surrogate', 'Jan\uD83D'],
  ])('refuses %s with a Dutch message', (_what, input) => {
    expect(refused(cleanName(input))).toBe(
      'De naam bevat een onzichtbaar stuur- of tekenrichtingsteken; typ de tekst opnieuw zonder dat teken.',
    );
  });

  it('refuses an empty name and one over the bound', () => {
    expect(refused(cleanName('   '))).toBe('Vul de naam in.');
    expect(refused(cleanName('x'.repeat(121)))).toBe('De naam is te lang (maximaal 120 tekens).');
    expect(cleanName('x'.repeat(120)).ok).toBe(true);
    expect(refused(cleanName('Praktijk', 5, 'De werkplek'))).toBe(
      'De werkplek is te lang (maximaal 5 tekens).',
    );
  });
});

describe('cleanText', () => {
  it('keeps line breaks, tabs and emoji in multi-line text; CR LF becomes LF', () => {
    expect(cleanText('Hoi,\r\n\tgraag vóór vrijdag 👩‍⚕️\r', 1000)).toEqual({
      ok: true,
      value: 'Hoi,\n\tgraag vóór vrijdag 👩‍⚕️',
    });
    expect(cleanText('', 10)).toEqual({ ok: true, value: '' });
  });

  it('refuses controls, bidi and invisible characters, and single-line text refuses line breaks', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u202Eb', 'a\u2066b', 'a\u200Bb', 'a\u2029b', 'a\u009Bb'])
      expect(cleanText(bad, 100).ok).toBe(false);
    expect(cleanText('a\nb', 100, { multiline: false }).ok).toBe(false);
    expect(refused(cleanText('x'.repeat(11), 10, { what: 'Het bericht' }))).toBe(
      'Het bericht is te lang (maximaal 10 tekens).',
    );
  });
});

describe('zod fields', () => {
  it('give the cleaned value or the Dutch message as the issue', () => {
    const s = z.object({ name: nameField(), message: textField(1000).optional() });
    expect(s.parse({ name: ' Ke\u0301s ', message: 'Tot dan' })).toEqual({ name: 'Kés', message: 'Tot dan' });
    const r = s.safeParse({ name: 'Kees\u202E' });
    expect(r.success ? null : r.error.issues[0]?.message).toMatch(/^De naam bevat een onzichtbaar/);
  });
});

describe('rulesPatternWithout', () => {
  it('describes exactly the forbidden characters, in \\x{...} form (RE2), with no raw invisible character', () => {
    const pattern = rulesPatternWithout(FORBIDDEN_IN_NAMES);
    expect(pattern).toMatch(/^\^\[\^(\\x\{[0-9A-F]{4,5}\}(-\\x\{[0-9A-F]{4,5}\})?)+\]\*\$$/);
    expect(hasForbiddenNameCharacter(pattern)).toBe(false);
    // The same pattern in JavaScript terms accepts and refuses what cleanName does.
    const js = new RegExp(pattern.replace(/\\x\{([0-9A-F]+)\}/g, '\\u{$1}'), 'u');
    for (const s of ['Anna de Wit', 'Zoë', 'Huisartsenpraktijk De Linde'])
      expect([js.test(s), cleanName(s).ok]).toEqual([true, true]);
    for (const s of ['a\u0000', 'a\u202E', 'a\u200D', 'a\n', 'a\u{E0001}'])
      expect([js.test(s), cleanName(s).ok]).toEqual([false, false]);
    expect(rulesPatternWithout(FORBIDDEN_IN_TEXT)).not.toContain('\\x{0009}');
  });
});

describe('traject names (the secretariat writes them directly; the rules mirror this)', () => {
  it('the traject schema refuses a bidi override in the trainee name, workplace or names map, in Dutch', () => {
    const base = {
      instituteId: 'lumc',
      programme: 'pdg',
      traineeName: 'Zoë Ağaoğlu',
      workplace: "Basisschool 't Kofschip",
      startDate: '2026-09-01',
      partTimeFactor: 1,
      pauses: [],
      roles: { deelnemer: ['d1'] },
      members: ['d1'],
      names: { d1: 'Zoë Ağaoğlu' },
      status: 'actief',
    };
    expect(trajectFieldsSchema.safeParse(base).success).toBe(true);
    const message = (patch: Record<string, unknown>) => {
      const r = trajectFieldsSchema.safeParse({ ...base, ...patch });
      return r.success ? null : r.error.issues.map((i) => i.message);
    };
    expect(message({ traineeName: 'Zoë\u202E' })).toEqual([
      'De naam van de aios of deelnemer bevat een onzichtbaar stuur- of tekenrichtingsteken; typ de tekst opnieuw zonder dat teken.',
    ]);
    expect(message({ workplace: 'Praktijk\u0000' })?.[0]).toMatch(/^De werkplek bevat een onzichtbaar/);
    expect(message({ names: { d1: 'Zo\u200Bë' } })?.[0]).toMatch(
      /^Een naam in het traject bevat een onzichtbaar/,
    );
  });
});
