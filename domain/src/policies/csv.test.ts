import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './csv';

const records = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records;
};

describe('parseCsv', () => {
  it('reads Excel semicolons, commas and pasted tabs alike', () => {
    expect(records('a;b;c\r\n1;2;3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records('a\tb\tc\n1\t2\t3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records('a;b\r1;2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('picks the separator of the header, not of the data', () => {
    expect(detectSeparator('naam;email;werkplek\n"Jansen, Piet";p@x.nl;"A, B"')).toBe(';');
    expect(detectSeparator('naam,email\nx;y;z;w')).toBe(',');
    expect(detectSeparator('"a;b;c",d\n')).toBe(',');
    expect(detectSeparator('naam')).toBe(';');
    expect(records('naam;werkplek\n"Jansen, Piet";"Praktijk A, Leiden"')).toEqual([
      ['naam', 'werkplek'],
      ['Jansen, Piet', 'Praktijk A, Leiden'],
    ]);
  });

  it('keeps quotes, separators and line breaks inside quoted fields (RFC 4180)', () => {
    expect(records('a;b\n"zei ""ja""";"regel 1\nregel 2"\n')).toEqual([
      ['a', 'b'],
      ['zei "ja"', 'regel 1\nregel 2'],
    ]);
    expect(records('a;b\n"";""\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
    expect(records('a;b\n"x";""')).toEqual([
      ['a', 'b'],
      ['x', ''],
    ]);
    expect(records('"a;b";c\r\n"1\r\n2";3')).toEqual([
      ['a;b', 'c'],
      ['1\r\n2', '3'],
    ]);
  });

  it('strips the byte order mark and keeps empty fields and blank lines (row numbers stay right)', () => {
    expect(records('\uFEFFnaam;email\n;\n\nx;y\n')).toEqual([['naam', 'email'], ['', ''], [''], ['x', 'y']]);
    expect(records('a;b;\n1;;\n')).toEqual([
      ['a', 'b', ''],
      ['1', '', ''],
    ]);
    expect(records('')).toEqual([]);
  });

  it('refuses an open quote and text after a closing quote, in Dutch with the line', () => {
    expect(parseCsv('a;b\n1;"open\n2;3\n')).toEqual({
      ok: false,
      message: 'Er staat een aanhalingsteken (") open dat op regel 2 begint. Controleer die regel.',
    });
    expect(parseCsv('a;b\n"x"y;2')).toEqual({
      ok: false,
      message:
        'Op regel 2 staat tekst direct na een afsluitend aanhalingsteken. Zet de hele cel tussen aanhalingstekens.',
    });
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(records('a;b\n12" scherm;x')).toEqual([
      ['a', 'b'],
      ['12" scherm', 'x'],
    ]);
  });
});
