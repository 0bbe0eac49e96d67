// The web host's way to hand an export to the browser: its bytes, base64, by file name —
// only files inside this profile's exports folder, and at most 50 MB (larger ones are
// opened from disk). Electron opens the path directly and never needs this.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../../shared/contract';
import type { ExportDownload } from '../../../../shared/contract/channels/review';
import { EXPORTS_DIR } from './export-view';

export const MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024;

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function downloadExport(profileDir: string, fileName: string): ExportDownload {
  // A bare name only: no path separators, no "..", so nothing outside the folder is reachable.
  if (basename(fileName) !== fileName || fileName.startsWith('.')) throw new AppError('EXPORT_NOT_FOUND', { fileName });
  const path = join(profileDir, EXPORTS_DIR, fileName);
  if (!existsSync(path)) throw new AppError('EXPORT_NOT_FOUND', { fileName });
  const bytes = statSync(path).size;
  if (bytes > MAX_DOWNLOAD_BYTES) {
    throw new AppError('EXPORT_TOO_LARGE', { fileName, mb: Math.ceil(bytes / 1048576), path });
  }
  const ext = fileName.split('.').pop() ?? '';
  return { fileName, mimeType: MIME[ext] ?? 'application/octet-stream', base64: readFileSync(path).toString('base64'), bytes };
}

export function listExports(profileDir: string): { fileName: string; bytes: number; createdAt: string }[] {
  const dir = join(profileDir, EXPORTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(csv|xlsx|pdf)$/.test(f))
    .map((fileName) => {
      const s = statSync(join(dir, fileName));
      return { fileName, bytes: s.size, createdAt: s.mtime.toISOString() };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
