// The dossier LEOh as a PDF for the secretariat's mail: title, who evaluated whom, dates in Dutch
// (Europe/Amsterdam), then every question with its answer. Written like the dossier export
// (exports/pdfWriter.ts) in the embedded Unicode font, so every name prints as written ('Đorđević').
import { bounded, formatDate, formatDateTime, type AnswerLine } from '@praktijkvolg/domain';
import { PDFDocument } from 'pdf-lib';
import { embedUnicodeFonts } from '../exports/fonts.js';
import { BODY, GREY, PdfWriter } from '../exports/pdfWriter.js';

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
  const fonts = await embedUnicodeFonts(doc);
  const w = new PdfWriter(doc, fonts.regular, fonts.bold);

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
