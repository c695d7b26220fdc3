// Even the embedded Unicode font (fonts.ts) lacks some characters an answer may hold (emoji, CJK,
// zero-width spaces); pdf-lib throws on a character the font cannot encode, so every string is made safe
// first against the font's character set: keep what the font has, transliterate what has a plain
// equivalent (ł -> l, → -> ->), and mark the rest with '?'.

/** Plain equivalents for common characters outside WinAnsi (after NFKD, which already splits ﬁ, ², ...). */
const TRANSLITERATIONS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ŋ: 'ng',
  Ŋ: 'NG',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  ə: 'e',
  Ə: 'E',
  ĳ: 'ij',
  Ĳ: 'IJ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2043': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u201b': "'",
  '\u201f': '"',
  '\u00b4': "'",
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u21d0': '<=',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u00d7': 'x',
  '\u2022': '*',
  '\u25cf': '*',
  '\u25aa': '*',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u2718': 'x',
  '\u2605': '*',
  '\u2606': '*',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u00a0': ' ',
  '\t': ' ',
};
/** Invisible characters that are dropped altogether. */
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\r']);

/** Makes one line of text encodable with a font whose supported code points are `supported`. */
export function toFontSafe(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (DROP.has(ch) || (cp < 0x20 && ch !== '\t') || (cp >= 0x7f && cp < 0xa0)) continue;
    if (supported.has(cp)) {
      out += ch;
      continue;
    }
    const mapped = TRANSLITERATIONS[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Decompose (ő -> o + ˝, ﬁ -> f i, ² -> 2) and keep the parts the font has; drop combining marks.
    const parts = [...ch.normalize('NFKD')].filter((c) => !/\p{M}/u.test(c));
    const safe =
      parts.length > 0 &&
      parts.every((c) => supported.has(c.codePointAt(0)!) || TRANSLITERATIONS[c] !== undefined);
    out += safe
      ? parts.map((c) => (supported.has(c.codePointAt(0)!) ? c : TRANSLITERATIONS[c])).join('')
      : '?';
  }
  return out;
}
