// DejaVu Sans (regular and bold), embedded as subsets so every name prints as written ('Đorđević',
// 'Özdemir', 'Łukasz'), unlike the standard PDF fonts, which know WinAnsi only. The TTFs come from the
// `dejavu-fonts-ttf` dependency, resolved from this module at run time: from the source in tests, from the
// bundle (functions/lib/index.js; build.mjs defines import.meta.url there) when deployed, where Cloud Build
// installs the dependency beside it (tests/deploy/functionsBundle.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

let cache: { regular: Uint8Array; bold: Uint8Array } | undefined;

/** The font files' bytes, read once per instance. */
export function fontBytes(): { regular: Uint8Array; bold: Uint8Array } {
  if (!cache) {
    const require = createRequire(import.meta.url);
    cache = {
      regular: readFileSync(require.resolve(FONT_FILES.regular)),
      bold: readFileSync(require.resolve(FONT_FILES.bold)),
    };
  }
  return cache;
}

/**
 * The width of a text in units of 1/1000 of the font size, from the glyphs' advance widths, each character
 * looked up once. pdf-lib measures by shaping the text with fontkit (ligatures, kerning), which made a
 * dossier of 360 parts take 10 s, nearly all in measuring words for wrapping. The advance sum is never
 * narrower than the shaped text by more than DejaVu's kerning, which PdfWriter leaves room for.
 */
export type Measure = (text: string) => number;

function advanceMeasure(bytes: Uint8Array): Measure {
  const font = fontkit.create(bytes);
  const scale = 1000 / font.unitsPerEm;
  const widths = new Map<number, number>();
  return (text) => {
    let units = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w = widths.get(cp);
      if (w === undefined) widths.set(cp, (w = font.glyphForCodePoint(cp).advanceWidth * scale));
      units += w;
    }
    return units;
  };
}

let measures: { regular: Measure; bold: Measure } | undefined;

export interface UnicodeFont {
  font: PDFFont;
  measure: Measure;
}

/** Embeds both weights into the document (only the glyphs it uses end up in the file). */
export async function embedUnicodeFonts(
  doc: PDFDocument,
): Promise<{ regular: UnicodeFont; bold: UnicodeFont }> {
  doc.registerFontkit(fontkit);
  const bytes = fontBytes();
  measures ??= { regular: advanceMeasure(bytes.regular), bold: advanceMeasure(bytes.bold) };
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true }),
    doc.embedFont(bytes.bold, { subset: true }),
  ]);
  return {
    regular: { font: regular, measure: measures.regular },
    bold: { font: bold, measure: measures.bold },
  };
}
