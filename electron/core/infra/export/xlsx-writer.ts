// A small XLSX writer for workbooks of many sheets (a statement per customer: 20,000 sheets).
// exceljs keeps every sheet's writer alive until the workbook closes and costs milliseconds per
// sheet; here each sheet is rendered to XML, deflated and appended to the zip at once, so memory
// stays flat and 20,000 sheets take seconds. Cells are typed: numbers are number cells (money
// with Excel's built-in format 4, "#,##0.00"), text is an inline string. ZIP entries per
// APPNOTE 6.3: local header, deflated data, central directory, end record (≤ 65,535 entries).
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface XlsxRow {
  readonly cells: readonly (string | number | null)[];
  readonly bold?: boolean;
  /** 1-based columns whose numbers are money (shown #,##0.00). */
  readonly money?: readonly number[];
}

export interface XlsxSheetOptions {
  readonly widths?: readonly number[];
  /** Rows kept in view while scrolling. */
  readonly frozenRows?: number;
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly compressed: number;
  readonly offset: number;
}

const MAX_ENTRIES = 65_535;
// XML 1.0 forbids most control characters; a cell holding one would make the file unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function column(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Style indexes of styles.xml below: 0 text, 1 money, 2 bold text, 3 bold money. */
function styleOf(money: boolean, bold: boolean): number {
  return (money ? 1 : 0) + (bold ? 2 : 0);
}

function sheetXml(rows: Iterable<XlsxRow>, opts: XlsxSheetOptions): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'];
  if (opts.frozenRows) {
    parts.push(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="${opts.frozenRows}" topLeftCell="A${opts.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`);
  }
  if (opts.widths?.length) parts.push(`<cols>${opts.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  parts.push('<sheetData>');
  let r = 0;
  for (const row of rows) {
    r++;
    const cells: string[] = [];
    row.cells.forEach((v, i) => {
      if (v === null || v === '') return;
      const ref = `${column(i + 1)}${r}`;
      if (typeof v === 'number') cells.push(`<c r="${ref}" s="${styleOf(row.money?.includes(i + 1) ?? false, !!row.bold)}"><v>${v}</v></c>`);
      else cells.push(`<c r="${ref}" s="${styleOf(false, !!row.bold)}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`);
    });
    parts.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

export class XlsxWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Entry[] = [];
  private readonly sheets: string[] = [];

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Appends one sheet; `name` must be unique, ≤ 31 characters, none of []:*?/\. */
  addSheet(name: string, rows: Iterable<XlsxRow>, opts: XlsxSheetOptions = {}): void {
    if (this.entries.length + 6 > MAX_ENTRIES) throw new Error(`an XLSX file holds at most ${MAX_ENTRIES - 6} sheets`);
    this.sheets.push(name);
    this.entry(`xl/worksheets/sheet${this.sheets.length}.xml`, sheetXml(rows, opts));
  }

  private entry(name: string, text: string): void {
    const data = Buffer.from(text, 'utf8');
    const deflated = deflateRawSync(data, { level: 6 });
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(0x21, 12); // 1980-01-01: the files carry no meaningful time of their own
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBuf.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name: nameBuf, crc, size: data.length, compressed: deflated.length, offset: this.offset });
    for (const b of [header, nameBuf, deflated]) this.offset += writeSync(this.fd, b);
  }

  /** Writes the workbook parts and the zip directory; the file is complete afterwards. */
  finish(): void {
    const n = this.sheets.length;
    const sheetRange = Array.from({ length: n }, (_, i) => i + 1);
    this.entry('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetRange.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`);
    this.entry('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    this.entry('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${this.sheets.map((s, i) => `<sheet name="${xmlText(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
    this.entry('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRange.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
    this.entry('xl/styles.xml', STYLES);
    const start = this.offset;
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x0800, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt16LE(0, 12);
      c.writeUInt16LE(0x21, 14);
      c.writeUInt32LE(e.crc, 16);
      c.writeUInt32LE(e.compressed, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      this.offset += writeSync(this.fd, c);
      this.offset += writeSync(this.fd, e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    writeSync(this.fd, end);
    closeSync(this.fd);
  }

  /** Closes the file without finishing it (after a failure). */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
