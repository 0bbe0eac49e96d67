// CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF,
// RFC 4180 quoting, and text that Excel would run as a formula defused with a leading '.
import { closeSync, openSync, writeSync } from 'node:fs';

const BOM = '\uFEFF';

export function csvCell(value: unknown, isText: boolean): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A text cell starting with = + @ (or - not followed by a digit) would be a formula in Excel.
  if (isText && /^([=+@\t\r]|-(?!\d))/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
