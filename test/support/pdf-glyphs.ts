// Checks a PDF the way a reader sees it: poppler renders its pages (pdftoppm) and extracts its
// words with their boxes (pdftotext -bbox). A CJK character whose glyph is missing from the
// embedded font is drawn as the font's .notdef box and dropped from the text; both show here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writePdf } from '../../electron/core/infra/export/pdf';

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface Gray {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5]!) });
  }
  return out;
}

/** Renders one page to 8-bit gray (PGM) at `dpi`, and to PNG beside it when `png` is given. */
export function renderPage(file: string, page: number, dpi: number, png?: string): Gray {
  const dir = mkdtempSync(join(tmpdir(), 'pd-pdf-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'p')]);
    // The screenshot's folder may not exist yet on a clean clone (test order is not fixed).
    if (png) mkdirSync(dirname(png), { recursive: true });
    if (png) execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, png.replace(/\.png$/, '')]);
    const buf = readFileSync(join(dir, 'p.pgm'));
    // P5\n<w> <h>\n<max>\n<bytes>
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'))!;
    const offset = header[0].length;
    return { width: Number(header[1]), height: Number(header[2]), data: buf.subarray(offset) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ink mask (dark pixels) of a box given in points. */
function mask(img: Gray, dpi: number, x: number, y: number, size: number): Uint8Array {
  const s = dpi / 72;
  const px = Math.round(x * s);
  const py = Math.round(y * s);
  const n = Math.round(size * 1.45 * s);
  const w = Math.round(size * s);
  const out = new Uint8Array(w * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < w; i++) out[j * w + i] = (img.data[(py + j) * img.width + px + i] ?? 255) < 128 ? 1 : 0;
  return out;
}

function overlap(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    both += a[i]! & b[i]!;
    either += a[i]! | b[i]!;
  }
  return either === 0 ? 0 : both / either;
}

/** The .notdef box of the PDF font at `size` points, rendered like the page. */
async function notdefMask(size: number, dpi: number): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'pd-notdef-'));
  try {
    const file = join(dir, 'notdef.pdf');
    // U+F8FF (private use) has no glyph in Noto Sans CJK: it is drawn as .notdef.
    await writePdf(file, { title: 'notdef' }, (doc) => void doc.fontSize(size).text('\uF8FF', 40, 40, { lineBreak: false }));
    return mask(renderPage(file, 1, dpi), dpi, 40, 40, size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface GlyphReport {
  /** CJK characters in the text layer of the page. */
  readonly cjkChars: number;
  /** Text lines scanned. */
  readonly lines: number;
  /** Places that look like the font's .notdef box (overlap ≥ 0.7). */
  readonly boxes: { y: number; x: number; overlap: number }[];
}

const CJK = /[\u3400-\u9fff]/gu;

/**
 * Scans every text line of `page` (the lines pdftotext finds, at their font size: a word box is
 * 1.45 × the size high in Noto Sans CJK) for the font's .notdef box, pixel by pixel along the
 * line. pdftotext drops a character without a glyph from the text, so only the pixels show it.
 */
export async function checkGlyphs(file: string, page: number, dpi = 144, png?: string): Promise<GlyphReport> {
  const img = renderPage(file, page, dpi, png);
  const words = pdfWords(file).filter((w) => w.page === page);
  const lines = new Map<string, { y: number; size: number }>();
  for (const w of words) {
    const size = Math.round((w.yMax - w.yMin) / 1.448);
    if (size > 0) lines.set(`${w.yMin.toFixed(1)}|${size}`, { y: w.yMin, size });
  }
  const cache = new Map<number, Uint8Array>();
  const boxes: GlyphReport['boxes'] = [];
  const widthPts = (img.width * 72) / dpi;
  for (const { y, size } of lines.values()) {
    if (!cache.has(size)) cache.set(size, await notdefMask(size, dpi));
    const notdef = cache.get(size)!;
    const step = 72 / dpi;
    let best = { x: 0, overlap: 0 };
    for (let x = 0; x + size < widthPts; x += step) {
      const o = overlap(mask(img, dpi, x, y, size), notdef);
      if (o > best.overlap) best = { x, overlap: o };
    }
    if (best.overlap >= 0.7) boxes.push({ y, ...best });
  }
  const cjkChars = words.reduce((n, w) => n + (w.text.match(CJK)?.length ?? 0), 0);
  return { cjkChars, lines: lines.size, boxes };
}

/** A PDF with real glyphs followed by missing ones, to prove the check finds boxes. */
export async function writeControlPdf(file: string, text: string): Promise<void> {
  await writePdf(file, { title: 'control' }, (doc) => void doc.fontSize(16).text(text, 40, 40, { lineBreak: false }));
  writeFileSync(`${file}.txt`, text);
}
