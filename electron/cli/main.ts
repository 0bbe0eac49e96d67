// `partner-desk`: the CLI entry (bundled to dist-node/partner-desk.mjs; bin/partner-desk.mjs).
// One command per process: take the data folder's lock, open the core, call the router,
// print, release. Exit codes in exit-codes.ts (0 done, 1 refused, 2 bad input, 3 unknown).
import { AppError, toIpcError, type IpcError } from '../../shared/contract';
import { startupRefusalText } from '../core/infra/instance/data-folder-lock';
import { readVersion } from '../core/version';
import { parse, USAGE, UsageError, type Parsed } from './args';
import { activityList, customers, profiles, sync } from './commands/read';
import { moveMoney, plans, reconcile } from './commands/money';
import { statements } from './commands/statements';
import { vouchers } from './commands/vouchers';
import { EXIT, exitForError, type ExitCode } from './exit-codes';
import { CallError, openCliCore, type CliCore } from './host';
import type { Outcome } from './output';

type Command = (p: Parsed, cli: CliCore) => Promise<Outcome>;

const COMMANDS: Record<string, Command> = {
  profiles,
  sync,
  customers,
  fund: (p, cli) => moveMoney(p, cli, 'fund'),
  reclaim: (p, cli) => moveMoney(p, cli, 'reclaim'),
  plans,
  vouchers,
  statements,
  activity: (p, cli) => {
    if (p.words[1] === 'list') return activityList(p, cli);
    if (p.words[1] === 'reconcile') return reconcile(p, cli);
    throw new UsageError('activity needs list or reconcile');
  },
};

function print(json: boolean, result: { ok: true; value: unknown; text: readonly string[] } | { ok: false; error: IpcError }, exit: ExitCode): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result.ok ? { ok: true, value: result.value, exitCode: exit } : { ok: false, error: result.error, exitCode: exit })}\n`);
  } else if (result.ok) {
    if (result.text.length) process.stdout.write(`${result.text.join('\n')}\n`);
  } else {
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
  }
}

async function run(argv: readonly string[]): Promise<ExitCode> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usage(argv.includes('--json'), (error as Error).message);
  }
  if (parsed.help || parsed.words.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return parsed.help ? EXIT.ok : EXIT.badInput;
  }
  if (parsed.words[0] === 'version') {
    process.stdout.write(`${readVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[parsed.words[0]!];
  if (!command) return usage(parsed.json, `unknown command "${parsed.words[0]}"`);
  const lang = parsed.lang ?? 'en';
  let cli: CliCore | null = null;
  try {
    cli = await openCliCore({ dataDir: parsed.dataDir, language: parsed.lang, profile: parsed.profile });
    const result = await command(parsed, cli);
    print(parsed.json, { ok: true, value: result.value, text: result.text }, result.exit);
    return result.exit;
  } catch (error) {
    if (error instanceof UsageError) return usage(parsed.json, error.message);
    const ipc = error instanceof CallError ? error.error : error instanceof AppError ? toIpcError(error.code, error.details, lang) : null;
    if (!ipc) throw error;
    if (ipc.code === 'DATA_FOLDER_IN_USE' && !parsed.json) {
      // Names the holder (the desktop app or a web host) in both languages.
      process.stderr.write(`${startupRefusalText(new AppError(ipc.code, ipc.details))}\n`);
      return EXIT.refused;
    }
    const exit = exitForError(ipc);
    print(parsed.json, { ok: false, error: ipc }, exit);
    return exit;
  } finally {
    await cli?.close();
  }
}

function usage(json: boolean, message: string): ExitCode {
  const error = toIpcError('INVALID_INPUT', { summaryEn: message, summaryZh: message }, 'en');
  if (json) print(true, { ok: false, error }, EXIT.badInput);
  else process.stderr.write(`partner-desk: ${message}\nRun partner-desk --help for the commands.\n`);
  return EXIT.badInput;
}

/** Exits once stdout and stderr are flushed: a pipe takes a large JSON document asynchronously. */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

run(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    process.stderr.write(`partner-desk: ${(error as Error)?.stack ?? String(error)}\n`);
    // An unexpected failure may have interrupted a money operation: the journal knows; say so.
    process.stderr.write('If a money operation was under way, check it with: partner-desk activity list --state unknown\n');
    exitAfterFlush(EXIT.unknown);
  },
);
