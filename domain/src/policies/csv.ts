// Reading CSV as the secretariat makes it (docs/data-model.md, "Importing a cohort"): RFC 4180 records with
// quoted fields ("" for a quote inside, separators and line breaks allowed inside quotes), CRLF, LF or CR
// line ends, an optional UTF-8 byte order mark, and the separator Dutch spreadsheets use: `;` from Excel,
// `,` elsewhere, a tab when rows are pasted from a spreadsheet. The separator is the one of these that
// occurs most often outside quotes in the first line. Pure: no file or browser API.

export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export type CsvResult =
  { ok: true; separator: CsvSeparator; records: string[][] } | { ok: false; message: string };

/** The separator of the first line (outside quotes); `;` when the line holds none (a one-column file). */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(CSV_SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as CsvSeparator))
      counts.set(c as CsvSeparator, counts.get(c as CsvSeparator)! + 1);
  }
  let best: CsvSeparator = ';';
  for (const s of CSV_SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/**
 * Parses CSV text into records of fields. Fields are returned as written (no trimming); a record whose
 * fields are all empty (a blank line) is kept, so that record numbers stay the spreadsheet's row numbers.
 * A trailing line end does not make an extra record. Refused, in Dutch: a quote left open, and text right
 * after a closing quote (`"a"b`), which spreadsheets never write.
 */
export function parseCsv(input: string, separator?: CsvSeparator): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // A quoted field: up to the closing quote; "" is one quote.
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          return {
            ok: false,
            message: `Er staat een aanhalingsteken (") open dat op regel ${start} begint. Controleer die regel.`,
          };
        }
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== sep && next !== '\n' && next !== '\r') {
        return {
          ok: false,
          message: `Op regel ${line} staat tekst direct na een afsluitend aanhalingsteken. Zet de hele cel tussen aanhalingstekens.`,
        };
      }
      // An empty quoted field must not look like "no field yet": mark it by falling through to the separator.
      if (next === undefined) {
        endRecord();
        return { ok: true, separator: sep, records };
      }
      continue;
    }
    if (c === sep) {
      endField();
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  // The last record, unless the text ended with a line end (or was empty).
  if (field !== '' || record.length > 0) endRecord();
  return { ok: true, separator: sep, records };
}
