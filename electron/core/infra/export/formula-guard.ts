// The one defence against CSV/formula injection for every export (OWASP "CSV Injection"):
// a text cell whose first character would make a spreadsheet evaluate it — = + - @, TAB, CR,
// LF, or the full-width ＝ ＋ － ＠ some spreadsheets normalise — gets a leading single quote.
//
// Money and counts are data, not text: a typed cell whose text is a plain decimal
// (/^-?\d+(\.\d+)?$/, so "-12.50" stays "-12.50") is kept as it is; anything else in such a
// column is treated as text and guarded like any other.

/** What a column holds: free text, a decimal amount, or a whole count. */
export type CellKind = 'text' | 'money' | 'count';

const DANGEROUS_FIRST = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export const isPlainDecimal = (text: string): boolean => PLAIN_DECIMAL.test(text);

/** Text with a leading quote when its first character would start a formula. */
export function guardFormula(text: string): string {
  return DANGEROUS_FIRST.test(text) ? `'${text}` : text;
}

/** The text of one cell as it is written, guarded unless it is a number-typed plain decimal. */
export function cellText(value: unknown, kind: CellKind): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const numeric = kind !== 'text' || typeof value === 'number';
  return numeric && isPlainDecimal(text) ? text : guardFormula(text);
}

/** One XLSX cell: money and counts as numbers when they are plain decimals; all else is text,
 *  guarded (a string cell is not evaluated by Excel, but a sheet saved again as CSV would be). */
export function xlsxCell(value: unknown, kind: CellKind): string | number | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  if (kind !== 'text' && isPlainDecimal(text)) return Number(text);
  return guardFormula(text);
}
