// A4 pages written top to bottom in the embedded Unicode font (fonts.ts): wrapped text (the linear
// wrapText.ts), page breaks that keep a heading with what follows, rules, and footers with page numbers.
// Characters the font lacks (emoji, CJK) are transliterated or marked '?' (toFontSafe), never dropped silently
// and never a crash.
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText } from './wrapText.js';
import { toFontSafe } from './fontSafe.js';
import type { UnicodeFont } from './fonts.js';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const BODY = 10.5;
export const SMALL = 9;
export const GREY = rgb(0.35, 0.35, 0.35);
export const INK = rgb(0.1, 0.1, 0.1);

export interface TextOptions {
  size?: number;
  bold?: boolean;
  indent?: number;
  color?: ReturnType<typeof rgb>;
  /** Lines of what follows that must stand on the same page (a heading and its first answer). */
  keepWithNext?: number;
}

/** Room left on every line for kerning, which the advance widths leave out (fonts.ts `Measure`). */
const KERNING_ROOM = 0.02;

/**
 * wrapText measures with `widthOfTextAtSize` only: give it the fast advance-width measure instead of pdf-lib's
 * shaping one (fonts.ts).
 */
export function measuringFont(measure: (text: string) => number): PDFFont {
  return { widthOfTextAtSize: (text: string, size: number) => (measure(text) * size) / 1000 } as PDFFont;
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];
  private readonly supported: Set<number>;
  private readonly measuring: { regular: PDFFont; bold: PDFFont };

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: UnicodeFont,
    private readonly bold: UnicodeFont,
  ) {
    // Both weights of DejaVu Sans cover the same characters.
    this.supported = new Set(regular.font.getCharacterSet());
    this.measuring = { regular: measuringFont(regular.measure), bold: measuringFont(bold.measure) };
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
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

  /** Starts a new page unless `points` of height still fit on this one. */
  need(points: number): void {
    if (this.y - points < MARGIN) this.newPage();
  }

  /** Writes wrapped text; starts a new page when the next line does not fit. */
  text(text: string, opts: TextOptions = {}): void {
    const size = opts.size ?? BODY;
    const font = (opts.bold ? this.bold : this.regular).font;
    const measuring = opts.bold ? this.measuring.bold : this.measuring.regular;
    const indent = opts.indent ?? 0;
    const leading = size * 1.35;
    const width = (A4[0] - 2 * MARGIN - indent) * (1 - KERNING_ROOM);
    const lines = wrapText(this.safe(text), measuring, size, width);
    // The whole text and the first lines of what follows on one page, unless that is more than a page.
    this.need(Math.min(leading * (lines.length + (opts.keepWithNext ?? 0)), A4[1] - 2 * MARGIN));
    for (const line of lines) {
      this.need(leading);
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
      page.drawText(text, {
        x: MARGIN,
        y: MARGIN / 2,
        size: SMALL - 1,
        font: this.regular.font,
        color: GREY,
      });
    });
  }
}
