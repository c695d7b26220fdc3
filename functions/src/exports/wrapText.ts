// Greedy line wrapping for the PDFs (exports/pdfWriter.ts), linear in the length of the text.
import type { PDFFont } from 'pdf-lib';

/** A run of text with its width in font units (1/1000 of the font size): whole numbers, so sums are exact. */
interface Run {
  text: string;
  units: number;
  first: string;
  last: string;
}
const EMPTY: Run = { text: '', units: 0, first: '', last: '' };

/** The last code point of a non-empty string (a surrogate pair counts as one). */
function lastCodePoint(s: string): string {
  const low = s.charCodeAt(s.length - 1);
  return s.length > 1 && low >= 0xdc00 && low <= 0xdfff ? s.slice(-2) : s.slice(-1);
}

/**
 * Splits text into lines that fit `width` at `size`; honours the text's own line breaks; breaks words
 * longer than a line. Linear in the length of the text (docs/rules.md, "Dossier LEOh, exports and
 * counts"): every word is measured once, and joining two runs or adding one character to a run costs a
 * constant number of measurements of one or two characters (the font's width of a text is the sum of
 * its glyph widths plus the kerning of each adjacent pair). Re-measuring prefixes of a long word made
 * this cubic: a 12,000-character word took minutes.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const short = new Map<string, number>();
  const unitsOf = (s: string): number => {
    if (s.length > 4) return font.widthOfTextAtSize(s, 1000);
    let u = short.get(s);
    if (u === undefined) short.set(s, (u = font.widthOfTextAtSize(s, 1000)));
    return u;
  };
  const fits = (units: number) => units * (size / 1000) <= width;
  const run = (s: string): Run =>
    s === ''
      ? EMPTY
      : {
          text: s,
          units: unitsOf(s),
          first: String.fromCodePoint(s.codePointAt(0)!),
          last: lastCodePoint(s),
        };
  const join = (a: Run, b: Run): Run => {
    if (a.text === '') return b;
    if (b.text === '') return a;
    const kerning = unitsOf(a.last + b.first) - unitsOf(a.last) - unitsOf(b.first);
    return { text: a.text + b.text, units: a.units + b.units + kerning, first: a.first, last: b.last };
  };
  const space = run(' ');

  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = EMPTY;
    for (const piece of paragraph.split(/ +/)) {
      const word = run(piece);
      const candidate = line.text ? join(join(line, space), word) : word;
      if (fits(candidate.units)) {
        line = candidate;
        continue;
      }
      if (line.text) out.push(line.text);
      if (fits(word.units)) {
        line = word;
        continue;
      }
      // Longer than a line: cut it character by character, each cut as long as still fits.
      line = EMPTY;
      for (const ch of piece) {
        const next = join(line, run(ch));
        if (line.text && !fits(next.units)) {
          out.push(line.text);
          line = run(ch);
        } else line = next;
      }
    }
    out.push(line.text);
  }
  return out;
}
