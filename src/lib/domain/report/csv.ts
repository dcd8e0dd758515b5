/**
 * CSV for spreadsheets (RFC 4180), written so Excel and LibreOffice open it correctly:
 * - UTF-8 with a byte-order mark, which is what makes Excel read Greek (and é, ã) correctly;
 * - CRLF line ends, and fields quoted when they hold the delimiter, a quote, CR or LF (quotes doubled);
 * - the delimiter is a parameter: Excel splits on the list separator of the computer's regional
 *   settings, which is ';' wherever the decimal separator is a comma (Greece, Portugal, France).
 *   A "sep=" first line would fix this too, but Excel then ignores the byte-order mark and
 *   garbles Greek, so the caller picks the separator from the language instead.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a
 * formula, so text a participant typed, e.g. "=HYPERLINK(…)", could run when management opens
 * the file. Such cells get a leading apostrophe, as OWASP recommends: the text stays readable
 * and is never evaluated. The cost is a visible ' before text such as "- call the supplier".
 */

export const BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/** The cell, made inert if a spreadsheet would read it as a formula. */
export function guardFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** One field, quoted when needed. */
export function csvField(value: string, delimiter = ','): string {
  const cell = guardFormula(value);
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows to CSV text: BOM first, CRLF after every row (including the last, as RFC 4180 allows). */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return BOM + rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
