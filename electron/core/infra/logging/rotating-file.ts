// A size-rotated log file: app.log grows to maxBytes, then becomes app.log.1 (app.log.1 ->
// app.log.2 …, the oldest dropped). Synchronous writes: a desktop app logs little, and a
// crash must not lose the lines that explain it.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  readonly file: string;
  readonly maxBytes?: number;
  /** Rotated files kept besides the live one. */
  readonly keep?: number;
}

export interface RotatingFile {
  write(chunk: string): void;
  close(): void;
  readonly file: string;
}

export function openRotatingFile(options: RotatingFileOptions): RotatingFile {
  const { file } = options;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const keep = options.keep ?? 3;
  // Opened on the first line, so a process that never logs leaves no file behind.
  let fd: number | null = null;
  let size = 0;
  let closed = false;
  const open = () => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    fd = openSync(file, 'a', 0o600);
    size = statSync(file).size;
  };

  const rotate = () => {
    if (fd !== null) closeSync(fd);
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    if (keep > 0) renameSync(file, `${file}.1`);
    else rmSync(file, { force: true });
    fd = openSync(file, 'a', 0o600);
    size = 0;
  };

  return {
    file,
    write(chunk) {
      if (closed) return;
      if (fd === null) open();
      const bytes = Buffer.byteLength(chunk);
      if (size > 0 && size + bytes > maxBytes) rotate();
      writeSync(fd!, chunk);
      size += bytes;
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
      closed = true;
    },
  };
}
