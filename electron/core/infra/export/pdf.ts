// PDF documents with real CJK glyphs: pdfkit embeds (a subset of) Noto Sans CJK SC, from
// Debian's fonts-noto-cjk. The collection file (.ttc) is opened by the PostScript name of
// its Simplified Chinese face. Latin text uses the same face, so one font covers every page.
import { createWriteStream, existsSync } from 'node:fs';
import type PDFDocument from 'pdfkit';
import { AppError } from '../../../../shared/contract';

const FONT_CANDIDATES: readonly { file: string; family?: string }[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

/** PARTNER_DESK_CJK_FONT may name another font file (e.g. on a workstation without Debian's). */
export function cjkFont(): { file: string; family?: string } {
  const override = process.env.PARTNER_DESK_CJK_FONT;
  if (override && existsSync(override)) return { file: override, ...(override.endsWith('.ttc') ? { family: 'NotoSansCJKsc-Regular' } : {}) };
  const found = FONT_CANDIDATES.find((c) => existsSync(c.file));
  if (!found) throw new AppError('PDF_FONT_MISSING', { looked: FONT_CANDIDATES.map((c) => c.file).join(', ') });
  return found;
}

export type Pdf = InstanceType<typeof PDFDocument>;

// pdfkit (with its font engine) is slow to load and only PDF exports use it: loaded on first use.
let loadingPdfKit: Promise<typeof PDFDocument> | null = null;
function loadPdfKit(): Promise<typeof PDFDocument> {
  loadingPdfKit ??= import('pdfkit').then((m) => ((m as { default?: typeof PDFDocument }).default ?? (m as unknown as typeof PDFDocument)));
  return loadingPdfKit;
}

/** Writes a PDF to `path`; `draw` fills the document (A4, CJK font set). Resolves when on disk. */
export async function writePdf(path: string, meta: { title: string }, draw: (doc: Pdf) => void): Promise<void> {
  const font = cjkFont();
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: meta.title, Producer: 'Partner Desk' }, bufferPages: false });
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  if (font.family) doc.font(font.file, font.family);
  else doc.font(font.file);
  draw(doc);
  doc.end();
  await done;
}

export interface PdfColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/** A simple table: a header row, then rows; a new page (with the header again) when full. */
export function pdfTable(doc: Pdf, columns: readonly PdfColumn[], rows: readonly (readonly string[])[], fontSize = 8): void {
  const left = doc.page.margins.left;
  const rowHeight = fontSize + 6;
  const drawRow = (cells: readonly string[], bold: boolean) => {
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    doc.fontSize(fontSize).fillColor(bold ? '#000000' : '#222222');
    columns.forEach((c, i) => {
      doc.text(cells[i] ?? '', x + 2, y, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false, ellipsis: true });
      x += c.width;
    });
    doc.moveTo(left, y + rowHeight - 2).lineTo(x, y + rowHeight - 2).lineWidth(bold ? 0.8 : 0.3).strokeColor('#999999').stroke();
    doc.x = left;
    doc.y = y + rowHeight;
  };
  drawRow(columns.map((c) => c.header), true);
  for (const r of rows) drawRow(r, false);
}
