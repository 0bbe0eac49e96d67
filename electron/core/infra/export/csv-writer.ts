// CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF,
// RFC 4180 quoting, and text that Excel would run as a formula defused (formula-guard.ts).
import { closeSync, openSync, writeSync } from 'node:fs';
import { cellText, type CellKind } from './formula-guard';

const BOM = '\uFEFF';

/** One CSV cell: guarded against formulas, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: unknown, kind: CellKind = 'text'): string {
  const text = cellText(value, kind);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file for Excel (BOM, CRLF) from rows of already-written cells. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

export class CsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, BOM);
  }

  row(cells: readonly string[]): void {
    this.buffer.push(`${cells.join(',')}\r\n`);
    if (this.buffer.length >= 1000) this.flush();
  }

  private flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
