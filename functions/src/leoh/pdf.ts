// The dossier LEOh as a PDF for the secretariat's mail: title, who evaluated whom, dates in Dutch
// (Europe/Amsterdam), then every question with its answer. Standard fonts only (no font files to ship),
// so every string passes through toFontSafe.
import { formatDate, formatDateTime } from '@praktijkvolg/domain';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { bounded, type AnswerLine } from './answersText.js';
import { toFontSafe } from './winAnsi.js';

export interface LeohPdfInput {
  /** e.g. 'LEOh – evaluatie van de opleider' (definition title). */
  documentTitle: string;
  /** The occurrence, e.g. 'LEOh maand 9–10 (dossier)'. */
  formTitle: string;
  aiosName: string;
  opleiderName: string;
  workplace?: string | undefined;
  instituteName?: string | undefined;
  aiosSubmittedAt: Date | null;
  ingediendAt: Date;
  lines: AnswerLine[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY = 10.5;
const SMALL = 9;
const GREY = rgb(0.35, 0.35, 0.35);
const INK = rgb(0.1, 0.1, 0.1);

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

class Writer {
  private page: PDFPage;
  private y: number;
  readonly pages: PDFPage[] = [];
  private readonly supported: Set<number>;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    // Helvetica and Helvetica-Bold share the WinAnsi character set.
    this.supported = new Set(regular.getCharacterSet());
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(A4);
    this.pages.push(page);
    this.y = A4[1] - MARGIN;
    return page;
  }

  safe(text: string): string {
    return text
      .split(/\r?\n/)
      .map((l) => toFontSafe(l, this.supported))
      .join('\n');
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Writes wrapped text; starts a new page when the next line does not fit. */
  text(
    text: string,
    opts: {
      size?: number;
      bold?: boolean;
      indent?: number;
      color?: ReturnType<typeof rgb>;
      keepWithNext?: number;
    } = {},
  ): void {
    const size = opts.size ?? BODY;
    const font = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    const leading = size * 1.35;
    const lines = wrapText(this.safe(text), font, size, A4[0] - 2 * MARGIN - indent);
    const needed = leading * Math.min(lines.length, 1 + (opts.keepWithNext ?? 0));
    if (this.y - needed < MARGIN) this.page = this.newPage();
    for (const line of lines) {
      if (this.y - leading < MARGIN) this.page = this.newPage();
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: opts.color ?? INK });
    }
  }

  rule(): void {
    this.space(6);
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.space(8);
  }

  footers(label: string): void {
    this.pages.forEach((page, i) => {
      const text = this.safe(`${label} – pagina ${i + 1} van ${this.pages.length}`);
      page.drawText(text, { x: MARGIN, y: MARGIN / 2, size: SMALL - 1, font: this.regular, color: GREY });
    });
  }
}

/** Names, places and titles are at most 200 characters in the domain (traject); cut anything longer. */
const MAX_NAME = 200;

export async function renderLeohPdf(raw: LeohPdfInput): Promise<Uint8Array> {
  const name = (s: string) => bounded(s, MAX_NAME);
  const input: LeohPdfInput = {
    ...raw,
    formTitle: name(raw.formTitle),
    aiosName: name(raw.aiosName),
    opleiderName: name(raw.opleiderName),
    workplace: raw.workplace && name(raw.workplace),
    instituteName: raw.instituteName && name(raw.instituteName),
  };
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(doc, regular, bold);

  w.text(input.documentTitle, { size: 17, bold: true });
  w.text(input.formTitle, { size: 12, color: GREY });
  w.space(10);
  const meta: [string, string][] = [
    ['Opleider', input.opleiderName],
    ['Ingevuld door aios', input.aiosName],
    ...(input.workplace ? [['Opleidingspraktijk', input.workplace] as [string, string]] : []),
    ...(input.instituteName ? [['Instituut', input.instituteName] as [string, string]] : []),
    ['Ingevuld op', input.aiosSubmittedAt ? formatDate(input.aiosSubmittedAt) : 'onbekend'],
    ['Ingediend bij het secretariaat', formatDateTime(input.ingediendAt)],
  ];
  for (const [label, value] of meta) w.text(`${label}: ${value}`, { size: BODY });
  w.rule();

  for (const line of input.lines) {
    if (line.kind === 'heading') {
      w.space(8);
      w.text(line.text, { size: 13, bold: true, keepWithNext: 2 });
      w.space(2);
    } else if (line.kind === 'item') {
      w.space(4);
      w.text(line.text, { size: 11, bold: true, keepWithNext: 2 });
    } else {
      w.text(`${line.label}:`, { size: BODY, bold: true, indent: 10, keepWithNext: 1 });
      w.text(line.value, { size: BODY, indent: 20 });
      w.space(2);
    }
  }

  w.footers(`${input.formTitle} – ${input.opleiderName}`);
  doc.setTitle(`${input.formTitle} – ${input.opleiderName}`, { showInWindowTitleBar: true });
  doc.setSubject(`${input.documentTitle}: ${input.opleiderName}, ingevuld door ${input.aiosName}`);
  doc.setAuthor('Praktijkvolg');
  doc.setCreator('Praktijkvolg');
  doc.setProducer('Praktijkvolg (pdf-lib)');
  doc.setLanguage('nl-NL');
  doc.setCreationDate(input.ingediendAt);
  doc.setModificationDate(input.ingediendAt);
  return doc.save();
}

/** 'LEOh-Pieter-de-Vries-2026-03-14.pdf' */
export function leohPdfFilename(opleiderName: string, isoDay: string): string {
  const slug = opleiderName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `LEOh-${slug || 'opleider'}-${isoDay}.pdf`;
}
