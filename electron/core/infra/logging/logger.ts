// Structured logs (pino, one JSON object per line) into a size-rotated file. Redaction runs
// on every line before it is serialized: pino's path redaction for the well-known places,
// plus a deep pass for secret-looking keys anywhere and signature text inside strings.
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { REDACTED, redactDeep } from './redact';
import { openRotatingFile, type RotatingFile } from './rotating-file';

export type { Logger };

export interface FileLoggerOptions {
  /** Folder of the log files (created if missing). */
  readonly dir: string;
  readonly name?: string;
  readonly level?: pino.LevelWithSilent;
  readonly maxBytes?: number;
  readonly keep?: number;
  /** Extra sink for every formatted line (tests, the leak scanner, a console mirror). */
  readonly tee?: (line: string) => void;
}

export interface FileLogger {
  readonly log: Logger;
  readonly file: string;
  close(): void;
}

const REDACT_PATHS = [
  'sk',
  'secret',
  'password',
  'authorization',
  'Authorization',
  'headers.authorization',
  'headers.Authorization',
  'req.headers.authorization',
  '*.sk',
  '*.secret',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const name = options.name ?? 'partner-desk';
  const sink: RotatingFile = openRotatingFile({
    file: join(options.dir, `${name}.log`),
    maxBytes: options.maxBytes,
    keep: options.keep,
  });
  const log = pino(
    {
      name,
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      formatters: { log: (obj) => redactDeep(obj) as Record<string, unknown> },
      hooks: {
        // Message strings (and printf-style arguments) get the same scrub as objects.
        logMethod(args, method) {
          method.apply(this, args.map((a) => redactDeep(a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => redactDeep(e) },
    },
    {
      write(line: string) {
        sink.write(line);
        options.tee?.(line);
      },
    },
  );
  return { log, file: sink.file, close: () => sink.close() };
}

/** A logger that drops everything (unit tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
