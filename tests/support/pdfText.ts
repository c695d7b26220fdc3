// Reads a PDF back the way a PDF viewer does (pdfjs-dist, Mozilla's PDF.js): it opens, and its text, page by
// page, with the fonts' own Unicode maps. Used by the export tests to prove what a person gets to read.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPages {
  pageCount: number;
  /** The text of each page, its pieces joined with single spaces. */
  pages: string[];
  title: string | null;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPages> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: string };
    return { pageCount: doc.numPages, pages, title: info.Title ?? null };
  } finally {
    await doc.destroy();
  }
}

/** All pages' text as one string (wrapped answers found whole, since lines join with a space). */
export const allText = (pdf: PdfPages) => pdf.pages.join(' ');
