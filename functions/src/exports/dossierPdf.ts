// The dossier as a PDF (docs/data-model.md "Exports"): a cover page naming the trainee, the programme and the
// institute, the roles, the progress decisions and the contents; then every form in order of due date with,
// per part, who filled it and when, the version and the reason of a correction, every answer (the domain's
// answer lines), and earlier versions. DejaVu Sans is embedded (fonts.ts), so names print as written.
import { formatDate, formatDateTime, type AnswerLine } from '@praktijkvolg/domain';
import { PDFDocument } from 'pdf-lib';
import type { Dossier, DossierForm, DossierPartVersion } from './dossierData.js';
import { embedUnicodeFonts } from './fonts.js';
import { BODY, GREY, PdfWriter, SMALL } from './pdfWriter.js';

const STATUS: Record<DossierForm['status'], string> = {
  open: 'open',
  completed: 'compleet',
  ingediend: 'ingediend bij het secretariaat',
  vervallen: 'vervallen',
};
const TRAJECT_STATUS = { actief: 'actief', afgerond: 'afgerond', gestopt: 'gestopt' } as const;

const when = (isoInstant: string | null) => (isoInstant ? formatDateTime(new Date(isoInstant)) : 'onbekend');
const day = (isoInstant: string) => formatDate(new Date(isoInstant));

function lines(w: PdfWriter, answerLines: AnswerLine[], indent = 0): void {
  for (const line of answerLines) {
    if (line.kind === 'heading') {
      w.space(6);
      w.text(line.text, { size: 11.5, bold: true, indent, keepWithNext: 2 });
      w.space(2);
    } else if (line.kind === 'item') {
      w.space(3);
      w.text(line.text, { size: BODY, bold: true, indent: indent + 6, keepWithNext: 2 });
    } else {
      w.text(`${line.label}:`, { size: BODY, bold: true, indent: indent + 12, keepWithNext: 1 });
      w.text(line.value, { size: BODY, indent: indent + 22 });
      w.space(2);
    }
  }
}

function versionMeta(v: DossierPartVersion): string {
  const who = v.filledBy ? v.filledBy.name : 'onbekend';
  return `Ingevuld door ${who}, ingediend op ${when(v.submittedAt)} · versie ${v.version}`;
}

function cover(w: PdfWriter, d: Dossier): void {
  w.text('Dossier', { size: 14, color: GREY });
  w.text(d.traject.traineeName, { size: 24, bold: true });
  w.space(6);
  w.text(d.traject.programmeLabel, { size: 13 });
  w.text(d.institute.name, { size: 13 });
  w.space(10);
  const facts: [string, string][] = [
    ['Werkplek', d.traject.workplace || '—'],
    ['Gestart op', formatDate(d.traject.startDate)],
    ['Status van het traject', TRAJECT_STATUS[d.traject.status]],
    ...(d.traject.partTimeFactor < 1
      ? [['Deeltijdfactor', String(d.traject.partTimeFactor).replace('.', ',')] as [string, string]]
      : []),
    ...d.traject.pauses.map((p): [string, string] => [
      'Onderbreking',
      `${formatDate(p.from)} t/m ${formatDate(p.to)}: ${p.reason}`,
    ]),
    ...d.traject.roles.map((r): [string, string] => [r.label, r.people.map((p) => p.name).join(', ')]),
  ];
  for (const [label, value] of facts) w.text(`${label}: ${value}`);
  w.rule();

  if (d.voortgang) {
    w.text('Voortgang KPB/KVB en diensten', { size: 13, bold: true, keepWithNext: 1 });
    w.text(`KPB/KVB: ${d.voortgang.kpb} (op ${day(d.exportedAt)})`);
    w.text(d.voortgang.diensten);
    if (d.voortgang.opAfstand) w.text(d.voortgang.opAfstand);
    w.rule();
  }
  w.text('Voortgangsbeslissingen', { size: 13, bold: true, keepWithNext: 1 });
  if (d.decisions.length === 0) w.text('Er is (nog) geen voortgangsbeslissing vastgelegd.', { color: GREY });
  for (const dec of d.decisions)
    w.text(
      `${dec.title}: ${dec.outcomeLabel ?? 'onbekend'} (vastgelegd door ${dec.decidedBy?.name ?? 'onbekend'} op ${when(dec.submittedAt)})`,
    );
  for (const v of d.voorwaarden) {
    w.text(`Voorwaarden (uiterlijk ${formatDate(v.uiterlijk)}): ${v.tekst}`, { indent: 8 });
    w.text(
      v.closed
        ? `Vervolg afgesloten door het hoofd opleiding: ${v.outcomeLabel ?? 'uitkomst niet in dit dossier'}`
        : 'Vervolg loopt: het hoofd opleiding sluit het af met de uitkomst.',
      { indent: 8, size: SMALL, color: GREY },
    );
  }
  w.rule();

  if (d.nietVanToepassing.length > 0) {
    w.text('Niet van toepassing (late registratie)', { size: 13, bold: true, keepWithNext: 1 });
    for (const n of d.nietVanToepassing) w.text(`${day(n.dueAt)} – ${n.title}: ${n.reason}`, { indent: 8 });
    w.rule();
  }
  const partCount = d.forms.reduce((n, f) => n + f.parts.length, 0);
  w.text('Inhoud', { size: 13, bold: true, keepWithNext: 1 });
  w.text(
    `${d.forms.length} ${d.forms.length === 1 ? 'formulier' : 'formulieren'} met ${partCount} ingediende ${partCount === 1 ? 'deel' : 'delen'}, op volgorde van deadline.`,
    { color: GREY },
  );
  for (const f of d.forms)
    w.text(`${day(f.dueAt)} – ${f.title} (${f.parts.map((p) => p.label).join(', ')})`, { indent: 8 });
  w.rule();
  const as = d.exportedBy.as === 'trainee' ? 'zelf' : 'voor de opleiding';
  w.text(
    `Samengesteld op ${formatDateTime(new Date(d.exportedAt))} door ${d.exportedBy.name} (${as}). Het dossier bevat de ingediende delen die ${d.exportedBy.name} mag inzien; een LEOh is de evaluatie van de opleider door de aios en hoort niet bij de beoordeling van de aios. Dezelfde gegevens staan als JSON in het ZIP-bestand.`,
    { size: SMALL, color: GREY },
  );
}

function form(w: PdfWriter, f: DossierForm): void {
  w.need(120);
  w.rule();
  w.text(f.title, { size: 15, bold: true, keepWithNext: 2 });
  w.text(`${f.formName} · uiterlijk ${day(f.dueAt)} · ${STATUS[f.status]}`, { size: SMALL, color: GREY });
  if (f.voorlopig)
    w.text('Voorlopig voortgangsadvies (jaar 3, na maand 3): het definitieve advies volgt na maand 8.', {
      size: SMALL,
      color: GREY,
    });
  if (f.formType === 'leoh')
    w.text('Evaluatie van de opleider door de aios; hoort niet bij de beoordeling van de aios.', {
      size: SMALL,
      color: GREY,
    });
  for (const p of f.parts) {
    w.space(8);
    w.text(p.label, { size: 13, bold: true, keepWithNext: 2 });
    w.text(versionMeta(p), { size: SMALL, color: GREY });
    if (p.version > 1)
      w.text(`Gecorrigeerd${p.correctionReason ? `: ${p.correctionReason}` : ' (geen reden vastgelegd)'}`, {
        size: SMALL,
        color: GREY,
      });
    lines(w, p.lines);
    for (const v of p.earlierVersions) {
      w.space(6);
      w.text(`${p.label}: eerdere versie ${v.version} (vervangen)`, {
        size: 11,
        bold: true,
        keepWithNext: 2,
      });
      w.text(versionMeta(v), { size: SMALL, color: GREY });
      if (v.correctionReason)
        w.text(`Reden van deze versie: ${v.correctionReason}`, { size: SMALL, color: GREY });
      lines(w, v.lines, 8);
    }
  }
}

export async function renderDossierPdf(d: Dossier): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedUnicodeFonts(doc);
  const w = new PdfWriter(doc, regular, bold);
  cover(w, d);
  if (d.forms.length > 0) w.newPage();
  for (const f of d.forms) form(w, f);
  if (d.forms.length === 0) w.text('Er zijn nog geen ingediende formulieren.', { color: GREY });

  const title = `Dossier ${d.traject.traineeName}`;
  w.footers(`${title} – ${d.traject.programmeLabel}`);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(`${d.traject.programmeLabel}, ${d.institute.name}`);
  doc.setAuthor(d.institute.name);
  doc.setCreator('Praktijkvolg');
  doc.setProducer('Praktijkvolg (pdf-lib)');
  doc.setLanguage('nl-NL');
  const at = new Date(d.exportedAt);
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  return doc.save();
}
