// CSV for Dutch spreadsheet software: semicolon separated, every field quoted, UTF-8 with a BOM so Excel
// shows accents correctly, CRLF line ends.
//
// Formula injection (docs/rules.md, "Dossier LEOh, exports and counts"): a text cell that starts with
// =, +, -, @, a tab or a carriage return is read by Excel and LibreOffice as a formula, so a name like
// =HYPERLINK(...) would run on the secretariat's machine. Such cells get a leading single quote (OWASP,
// "CSV Injection"), which spreadsheets show as text. Real numbers (the app's own counts) stay numbers,
// sign included: a number cannot hold a formula.

/** Characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted. */
export function csvCell(value: string | number): string {
  const text =
    typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : FORMULA_START.test(String(value))
        ? `'${String(value)}`
        : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
