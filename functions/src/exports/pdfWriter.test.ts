// The fast advance-width measure (fonts.ts) against pdf-lib's shaping one: wrapped lines always fit.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText.js';
import { embedUnicodeFonts } from './fonts.js';
import { measuringFont } from './pdfWriter.js';

describe('measuringFont', () => {
  it('wraps so that every line, shaped as drawn (kerning, ligatures), fits the width', async () => {
    const doc = await PDFDocument.create();
    const { regular, bold } = await embedUnicodeFonts(doc);
    const text = Array.from(
      { length: 40 },
      (_, i) => `AVAVAV To Ty Wa “Yo” fi fl ffi Đorđević Özdemir Łukasz ${'W'.repeat(i % 7)} effi${i}`,
    ).join(' ');
    for (const f of [regular, bold]) {
      for (const size of [9, 10.5, 13]) {
        const width = 300;
        const lines = wrapText(text, measuringFont(f.measure), size, width * 0.98);
        expect(lines.length).toBeGreaterThan(5);
        for (const line of lines) expect(f.font.widthOfTextAtSize(line, size)).toBeLessThanOrEqual(width);
        // And the measure is close to the shaped width (lines are not needlessly short).
        for (const line of lines)
          expect(f.font.widthOfTextAtSize(line, size)).toBeGreaterThan(
            ((f.measure(line) * size) / 1000) * 0.93,
          );
      }
    }
  });
});
