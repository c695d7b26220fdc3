import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export against formula injection (OWASP)', () => {
  it('prefixes a single quote to text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tfoo')).toBe(`"'\tfoo"`);
    expect(csvCell('\rfoo')).toBe(`"'\rfoo"`);
  });

  it('leaves ordinary text alone, also with those characters later on', () => {
    expect(csvCell('Anna de Vries')).toBe('"Anna de Vries"');
    expect(csvCell('Jansen-de Boer')).toBe('"Jansen-de Boer"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(' =1+1')).toBe('" =1+1"'); // a leading space is not a formula
  });

  it('writes the app’s own numbers as numbers, a negative sign included', () => {
    expect(csvCell(10)).toBe('"10"');
    expect(csvCell(-2)).toBe('"-2"');
    expect(csvCell(0)).toBe('"0"');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe(`"'-Infinity"`); // not a real number: text
  });

  it('keeps quotes, separators and line breaks inside one quoted cell', () => {
    const csv = toCsv(['Naam', 'Opmerking'], [['=1;2', 'regel 1\r\nregel 2 "x"']]);
    expect(csv).toBe(`\uFEFF"Naam";"Opmerking"\r\n"'=1;2";"regel 1\r\nregel 2 ""x"""\r\n`);
  });
});
