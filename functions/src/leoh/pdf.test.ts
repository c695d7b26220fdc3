import { answerLines, FORM_DEFINITIONS, FORM_EXAMPLES, NOT_ANSWERED } from '@praktijkvolg/domain';
import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allText, readPdf } from '../../../tests/support/pdfText.js';
import { wrapText } from '../exports/wrapText.js';
import { leohPdfFilename, renderLeohPdf } from './pdf.js';
import { toFontSafe } from '../exports/fontSafe.js';

/** Counts the characters every PDFFont.widthOfTextAtSize call measures, from now until the test ends. */
function measured() {
  const spy = vi.spyOn(PDFFont.prototype, 'widthOfTextAtSize');
  return { chars: () => spy.mock.calls.reduce((n, [text]) => n + text.length, 0) };
}
afterEach(() => {
  vi.restoreAllMocks();
});

/** The same greedy wrapping, measuring every candidate string whole: slow, but obviously right. */
function naiveWrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      if (fits(word)) {
        line = word;
        continue;
      }
      for (const ch of word) {
        if (line && !fits(line + ch)) {
          out.push(line);
          line = ch;
        } else line += ch;
      }
    }
    out.push(line);
  }
  return out;
}

const def = FORM_DEFINITIONS.leoh;
const answers = FORM_EXAMPLES.leoh.aios!;
const base = {
  documentTitle: def.title,
  formTitle: 'LEOh maand 9–10',
  aiosName: 'Anna de Wit',
  opleiderName: 'Pieter van Dijk',
  workplace: 'Huisartsenpraktijk De Linde',
  aiosSubmittedAt: new Date('2026-05-20T09:00:00Z'),
  ingediendAt: new Date('2026-05-28T14:30:00Z'),
};

describe('answerLines', () => {
  it('lists every question label with its answer as the Dutch option label', () => {
    const lines = answerLines(def, 'aios', answers);
    expect(lines).toContainEqual({ kind: 'heading', text: 'De opleider in zijn of haar rollen' });
    expect(lines).toContainEqual({ kind: 'item', text: 'Leermeester' });
    expect(lines).toContainEqual({ kind: 'answer', label: 'Oordeel', value: 'Uitstekend' });
    expect(lines).toContainEqual({ kind: 'answer', label: 'Oordeel', value: 'Niet van toepassing' });
    expect(lines).toContainEqual({
      kind: 'answer',
      label: 'Tops',
      value: 'Neemt echt de tijd voor het leergesprek.',
    });
    expect(lines).toContainEqual({
      kind: 'answer',
      label: 'Besproken met de opleider op',
      value: '20 november 2025',
    });
    // Unanswered optional sub-fields are shown as such, not left out.
    expect(lines).toContainEqual({ kind: 'answer', label: 'Toelichting', value: NOT_ANSWERED });
  });
});

describe('toFontSafe', () => {
  const helvetica = async () =>
    new Set((await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)).getCharacterSet());

  it('keeps Dutch text as it is', async () => {
    const s = await helvetica();
    const dutch = 'Coördinatie, één patiënt, café – “goed” ‘zo’ … € 12,50 naïef Ÿ';
    expect(toFontSafe(dutch, s)).toBe(dutch);
  });

  it('transliterates what Helvetica lacks and marks the rest, so pdf-lib never throws', async () => {
    const s = await helvetica();
    expect(toFontSafe('Łukasz Wałęsa, Erdoğan, Dvořák, Şahin', s)).toBe(
      'Lukasz Walesa, Erdogan, Dvorák, Sahin',
    );
    expect(toFontSafe('a ≥ b → c ≤ d', s)).toBe('a >= b -> c <= d');
    expect(toFontSafe('ﬁjn x²', s)).toBe('fijn x²');
    expect(toFontSafe('zero\u200bwidth\u00adsoft', s)).toBe('zerowidthsoft');
    expect(toFontSafe('top 👍 中文', s)).toBe('top ? ??');
    expect(toFontSafe('tab\there', s)).toBe('tab here');
  });
});

describe('renderLeohPdf', () => {
  it('renders a PDF that opens and holds the title, both names, Dutch dates and every answer', async () => {
    const bytes = await renderLeohPdf({ ...base, lines: answerLines(def, 'aios', answers) });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('LEOh maand 9–10 – Pieter van Dijk');
    const text = allText(await readPdf(bytes));
    for (const s of [
      'LEOh – evaluatie van de opleider',
      'Opleider: Pieter van Dijk',
      'Ingevuld door aios: Anna de Wit',
      'Ingevuld op: 20 mei 2026',
      'Ingediend bij het secretariaat: 28 mei 2026 om 16:30',
      'Leermeester',
      'Legt helder uit waarom hij voor een bepaald beleid kiest.',
      'Op donderdag moeilijk bereikbaar tijdens het spreekuur.',
      'Spreek een vaste manier af om tijdens het spreekuur te storen.',
      'Besproken met de opleider op:',
      '20 november 2025',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('wraps long answers over lines and pages; prints what the font has, marks what it lacks', async () => {
    const long = `${'Een lange toelichting over de leeromgeving in de praktijk. '.repeat(120)}Einde met Łódź → klaar 👍 中.`;
    const bytes = await renderLeohPdf({ ...base, lines: [{ kind: 'answer', label: 'Tips', value: long }] });
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBeGreaterThan(1);
    const text = allText(pdf);
    expect(text).toContain('Einde met Łódź → klaar ? ?.');
    expect(text).toContain('pagina 1 van');
  });

  it('prints names as written, not transliterated (embedded Unicode font)', async () => {
    const bytes = await renderLeohPdf({
      ...base,
      aiosName: 'Milica Đorđević',
      opleiderName: 'Łukasz Özdemir',
      lines: answerLines(def, 'aios', answers),
    });
    const pdf = await readPdf(bytes);
    const text = allText(pdf);
    expect(text).toContain('Ingevuld door aios: Milica Đorđević');
    expect(text).toContain('Opleider: Łukasz Özdemir');
    expect(text).not.toContain('Dordevic');
    expect(pdf.title).toBe('LEOh maand 9–10 – Łukasz Özdemir');
  });

  it('breaks a word longer than a line', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrapText('x'.repeat(400), font, 10, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(400));
    expect(lines.every((l) => font.widthOfTextAtSize(l, 10) <= 200)).toBe(true);
  });

  it('renders a dossier with a 12,000-character word in a group item, cut at the field limit, in linear work', async () => {
    // The attack of docs/rules.md "Dossier LEOh, exports and counts": one word far over the limit.
    const word = 'x'.repeat(12_000);
    const rollen = answers.rollen as Record<string, Record<string, unknown>>;
    const stored = { ...answers, rollen: { ...rollen, coach: { ...rollen.coach, toelichting: word } } };
    const bytes = await renderLeohPdf({ ...base, lines: answerLines(def, 'aios', stored) });
    const text = allText(await readPdf(bytes));
    expect(text).toContain('Coach');
    expect(text.replace(/ /g, '')).toContain('x'.repeat(1000));
    expect(text.replace(/ /g, '')).not.toContain('x'.repeat(1001));
    expect(text).toContain('(ingekort: het antwoord is 12000 tekens, het maximum is 1000;');
    expect(text).toContain('Neemt echt de tijd voor het leergesprek.'); // the rest is all there
  });

  it('breaks a 12,000-character word with work linear in its length', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const measure = measured();
    const lines = wrapText('x'.repeat(12_000), font, 10.5, 595.28 - 2 * 56 - 20);
    const work = measure.chars();
    expect(lines.join('')).toBe('x'.repeat(12_000));
    expect(lines.length).toBeGreaterThan(100);
    // The whole word is measured once to see that it does not fit, then one or two characters at a time.
    expect(work).toBeLessThan(12_000 + 8 * 12_000);
  });

  it('cuts lines exactly where measuring every candidate would, kerning included', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    // Helvetica kerns pairs such as AV, To, Ty, LT, r. ; mix them into long words, short ones and breaks.
    const text = [
      'AVAVAVToTyLTWAVAr.r,'.repeat(30),
      'kort Tyd',
      'LTAVAWAY'.repeat(40),
      'een  zin\nmet café € “x” en\r\n\nlege regels ',
    ].join(' ');
    for (const [size, width] of [
      [10, 60],
      [10.5, 137.5],
      [13, 300],
    ] as const) {
      expect(wrapText(text, font, size, width)).toEqual(naiveWrap(text, font, size, width));
    }
  });

  it('names the file after the opleider and the day', () => {
    expect(leohPdfFilename('Pieter van Dijk-Ørsted', '2026-05-28')).toBe(
      'LEOh-Pieter-van-Dijk-rsted-2026-05-28.pdf',
    );
  });
});
