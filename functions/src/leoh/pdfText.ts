// Reads the text back out of a PDF that renderLeohPdf wrote: pdf-lib cannot extract text, but our
// PDFs are simple (WinAnsi hex strings shown with Tj, Flate-compressed page streams), so decoding the
// page content streams gives the lines in order. Used by the tests to prove the answers are in the PDF.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/** WinAnsiEncoding 0x80–0x9F (the rest is ASCII / Latin-1). */
const WIN_ANSI_80: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWinAnsi(bytes: Buffer): string {
  return [...bytes]
    .map((b) => (b >= 0x80 && b <= 0x9f ? (WIN_ANSI_80[b] ?? '?') : String.fromCharCode(b)))
    .join('');
}

function streamText(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const raw = Buffer.from(stream.contents);
  return (filter === PDFName.of('FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
}

export interface PdfText {
  pageCount: number;
  /** The shown strings per page, one entry per Tj. */
  pages: string[][];
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((page) => {
    const contents: PDFObject | undefined = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const shown: string[] = [];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      for (const m of streamText(stream).matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
        shown.push(decodeWinAnsi(Buffer.from(m[1]!, 'hex')));
    }
    return shown;
  });
  return { pageCount: doc.getPageCount(), pages };
}

/** All shown text joined with single spaces (so wrapped answers can be found whole). */
export function joinedText(text: PdfText): string {
  return text.pages.flat().join(' ').replace(/\s+/g, ' ').trim();
}
