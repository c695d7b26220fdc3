// The dossier PDF and ZIP from a dossier object (no emulator): the PDF opens in PDF.js with every name as
// written, the ZIP holds the same dossier as JSON and the PDF. tests/exports/ runs the whole callable.
import { answerLines, FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allText, readPdf } from '../../../tests/support/pdfText.js';
import { dossierZip, DOSSIER_JSON } from './dossier.js';
import type { Dossier, DossierPartVersion } from './dossierData.js';
import { renderDossierPdf } from './dossierPdf.js';

const version = (
  formType: 'combel' | 'voortgangsbeslissing',
  partId: string,
  name: string,
  n = 1,
): DossierPartVersion => {
  const answers = FORM_EXAMPLES[formType][partId as 'aios']! as Record<string, unknown>;
  return {
    version: n,
    submittedAt: '2026-03-02T10:15:00.000Z',
    filledBy: { uid: `u-${name}`, name },
    correctionReason: n > 1 ? 'Datum van het gesprek verbeterd.' : null,
    answers,
    lines: answerLines(FORM_DEFINITIONS[formType], partId as 'aios', answers),
  };
};

const dossier = (forms = 2): Dossier => ({
  format: 'praktijkvolg-dossier/1',
  exportedAt: '2026-05-20T08:00:00.000Z',
  exportedBy: { uid: 'u-sanne', name: 'Sanne Jansen', as: 'staff' },
  institute: { id: 'lumc', name: 'Huisartsopleiding LUMC' },
  traject: {
    trajectId: 't1',
    programme: 'huisarts_jaar1',
    programmeLabel: 'Huisartsopleiding jaar 1',
    traineeName: 'Dragan Đorđević',
    workplace: 'Praktijk Şahin & Łukasiewicz',
    startDate: '2025-09-01',
    partTimeFactor: 0.8,
    pauses: [],
    status: 'actief',
    roles: [
      { role: 'aios', label: 'Aios', people: [{ uid: 'u-dragan', name: 'Dragan Đorđević' }] },
      { role: 'opleider', label: 'Opleider', people: [{ uid: 'u-elif', name: 'Elif Özdemir' }] },
    ],
  },
  forms: [
    {
      formId: 't1__combel-m3',
      formType: 'combel',
      title: 'ComBel maand 3',
      formName: FORM_DEFINITIONS.combel.title,
      status: 'completed',
      leohKind: null,
      voorlopig: false,
      opensAt: '2026-02-01T00:00:00.000Z',
      dueAt: '2026-03-01T22:59:59.000Z',
      parts: [
        {
          partId: 'aios',
          label: 'Zelfbeoordeling aios',
          ...version('combel', 'aios', 'Dragan Đorđević'),
          earlierVersions: [],
        },
        {
          partId: 'opleider',
          label: 'Opleider',
          ...version('combel', 'opleider', 'Elif Özdemir', 2),
          earlierVersions: [version('combel', 'opleider', 'Elif Özdemir')],
        },
      ],
    },
    ...Array.from({ length: forms - 1 }, (_, i) => ({
      formId: `t1__beslissing-${i}`,
      formType: 'voortgangsbeslissing' as const,
      title: `Voortgangsbeslissing ${i + 1}`,
      formName: FORM_DEFINITIONS.voortgangsbeslissing.title,
      status: 'completed' as const,
      leohKind: null,
      voorlopig: false,
      opensAt: '2026-04-01T00:00:00.000Z',
      dueAt: '2026-05-01T21:59:59.000Z',
      parts: [
        {
          partId: 'hoofd_opleiding',
          label: 'Hoofd opleiding',
          ...version('voortgangsbeslissing', 'hoofd_opleiding', 'dr. Hendrik Mulder'),
          earlierVersions: [],
        },
      ],
    })),
  ],
  decisions: [],
  voorwaarden: [],
  nietVanToepassing: [],
  voortgang: {
    kpb: '12 van 40 (verwacht 15), achter op schema',
    diensten: 'Diensten: 14 van minimaal 20',
    opAfstand: null,
  },
});

describe('renderDossierPdf', () => {
  it('opens in PDF.js, names everyone as written and holds every part, version and reason', async () => {
    const bytes = await renderDossierPdf(dossier());
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe('Dossier Dragan Đorđević');
    expect(pdf.pageCount).toBeGreaterThan(1);
    const cover = pdf.pages[0]!;
    for (const s of [
      'Dragan Đorđević',
      'Huisartsopleiding jaar 1',
      'Huisartsopleiding LUMC',
      'Elif Özdemir',
      'Şahin & Łukasiewicz',
      'Deeltijdfactor: 0,8',
      'Voortgang KPB/KVB en diensten',
      'KPB/KVB: 12 van 40 (verwacht 15), achter op schema (op 20 mei 2026)',
      'Diensten: 14 van minimaal 20',
    ])
      expect(cover).toContain(s);
    const text = allText(pdf);
    expect(text).toContain('ComBel maand 3');
    expect(text).toContain('Voortgangsbeslissing 1');
    expect(text).toContain('Ingevuld door Elif Özdemir');
    expect(text).toContain('versie 2');
    expect(text).toContain('Gecorrigeerd: Datum van het gesprek verbeterd.');
    expect(text).toContain('Opleider: eerdere versie 1 (vervangen)');
    // A label never ends a page without its answer.
    for (const page of pdf.pages.slice(0, -1))
      expect(page).not.toMatch(/:\s+Dossier Dragan Đorđević – [^–]+ – pagina \d+ van \d+$/);
    const onderbouwing = (FORM_EXAMPLES.voortgangsbeslissing.hoofd_opleiding as { onderbouwing: string })
      .onderbouwing;
    expect(text).toContain(onderbouwing.split(' ').slice(0, 6).join(' '));
    expect(pdf.pages.at(-1)).toMatch(/pagina \d+ van \d+/);
  });

  it('labels the provisional advice and shows the conditions of a decision with their follow-up', async () => {
    const d = dossier(1);
    d.forms[0] = { ...d.forms[0]!, title: 'Voorlopig voortgangsadvies maand 3', voorlopig: true };
    d.voorwaarden = [
      {
        formId: 't1__voorwaarden-vervolg-1',
        beslissing: 't1__voortgangsbeslissing',
        tekst: 'Vier KPBs spoedzorg op niveau.',
        uiterlijk: '2026-10-01',
        closed: false,
        outcome: null,
        outcomeLabel: null,
      },
      {
        formId: 't1__voorwaarden-vervolg-2',
        beslissing: 't1__voortgangsbeslissing-2',
        tekst: 'Spreekuur zonder uitloop.',
        uiterlijk: '2026-11-01',
        closed: true,
        outcome: 'voldaan',
        outcomeLabel: 'Aan de voorwaarden voldaan',
      },
    ];
    const pdf = await readPdf(await renderDossierPdf(d));
    const cover = pdf.pages[0]!;
    expect(cover).toContain('Voorwaarden (uiterlijk 1 oktober 2026): Vier KPBs spoedzorg op niveau.');
    expect(cover).toContain('Vervolg loopt');
    expect(cover).toContain('Vervolg afgesloten door het hoofd opleiding: Aan de voorwaarden voldaan');
    const text = allText(pdf);
    expect(text).toContain('Voorlopig voortgangsadvies maand 3');
    expect(text).toContain('Voorlopig voortgangsadvies (jaar 3, na maand 3)');
  });

  it('lists the forms the secretariat marked "niet van toepassing" at a late registration, with the reason', async () => {
    const d = dossier(1);
    d.nietVanToepassing = [
      {
        formId: 't1__combel-m3',
        title: 'ComBel maand 3',
        dueAt: '2025-12-01T22:59:59.000Z',
        reason: 'Aios begon bij de vorige praktijk; ComBel daar afgenomen.',
      },
    ];
    const cover = (await readPdf(await renderDossierPdf(d))).pages[0]!;
    expect(cover).toContain('Niet van toepassing (late registratie)');
    expect(cover).toContain(
      '1 december 2025 – ComBel maand 3: Aios begon bij de vorige praktijk; ComBel daar afgenomen.',
    );
    expect((await readPdf(await renderDossierPdf(dossier(1)))).pages[0]).not.toContain('Niet van toepassing');
  });

  it('prints what the font lacks as "?" instead of failing', async () => {
    const d = dossier(1);
    d.forms[0]!.parts[0]!.lines = [{ kind: 'answer', label: 'Tops', value: 'Top 👍 中文 ok' }];
    const text = allText(await readPdf(await renderDossierPdf(d)));
    expect(text).toContain('Top ? ?? ok');
  });

  it('stays small: the fonts are embedded as subsets', async () => {
    const bytes = await renderDossierPdf(dossier(20));
    expect(bytes.length).toBeLessThan(400_000);
  });
});

describe('dossierZip', () => {
  it('holds the dossier as JSON and the PDF, byte for byte', async () => {
    const d = dossier();
    const pdf = await renderDossierPdf(d);
    const files = unzipSync(dossierZip(d, pdf, 'dossier-Dragan-Dordevic.pdf'));
    expect(Object.keys(files).sort()).toEqual(['dossier-Dragan-Dordevic.pdf', DOSSIER_JSON]);
    expect(JSON.parse(strFromU8(files[DOSSIER_JSON]!))).toEqual(d);
    expect(Buffer.from(files['dossier-Dragan-Dordevic.pdf']!).equals(Buffer.from(pdf))).toBe(true);
  });
});
