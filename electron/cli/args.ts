// Command-line grammar of `partner-desk`: global options, then a command (and a subcommand).
import { parseArgs } from 'node:util';

export const USAGE = `partner-desk — Partner Desk from a shell (same core, journal, lock and policies as the app)

Usage: partner-desk [--json] [--profile ID|NAME] [--data-dir DIR] [--lang en|zh-CN] <command>

  profiles                                   list the profiles (the active one marked)
  sync [--lists a,b] [--months YYYY-MM,..]   fetch the lists into the local store; alerts are checked after it
  customers search TEXT [--limit N]          search the local customer list
  customers export [--search TEXT] [--format csv|xlsx] [--out FILE]
  fund   --customer ID [--t2 ID] --amount X [--memo M] [--yes]
  fund   --t2 ID --amount X [--yes]          (T1) fund a T2 reseller
  reclaim --customer ID --amount X [--yes] | reclaim --t2 ID --amount X [--yes]
                                             without --yes: the preview only, nothing sent
  plans import FILE --kind KIND [--name N]   KIND: fund-customers, reclaim-customers, fund-t2s, reclaim-t2s
  plans approve ID | plans execute ID | plans status [ID]
  activity list [--state STATE] [--limit N]
  activity reconcile ID | activity reconcile --all
  vouchers issue --quota ID --customers ID,ID… [--t2 ID] --face-value X [--valid-from UTC] [--expire UTC] [--memo M] [--yes]
  vouchers reclaim --coupons ID,ID… | --customer ID [--t2 ID] [--yes]
  statements export --from YYYY-MM [--to YYYY-MM] [--t2 ID] [--format xlsx|pdf] [--out FILE]
                                             without --yes: the preview of every item only, nothing sent

Output: text, or one JSON document with --json ({"ok":true,"value":…} or {"ok":false,"error":…});
progress goes to stderr.
Exit codes: 0 done · 1 refused (nothing sent) · 2 bad input · 3 unknown outcome: reconcile it
(activity reconcile) before doing it again.`;

export interface Parsed {
  readonly json: boolean;
  readonly help: boolean;
  readonly profile?: string;
  readonly dataDir?: string;
  readonly lang?: 'en' | 'zh-CN';
  readonly words: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
}

export class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  'data-dir': { type: 'string' },
  lang: { type: 'string' },
  lists: { type: 'string' },
  months: { type: 'string' },
  limit: { type: 'string' },
  search: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  customer: { type: 'string' },
  t2: { type: 'string' },
  amount: { type: 'string' },
  memo: { type: 'string' },
  yes: { type: 'boolean' },
  kind: { type: 'string' },
  name: { type: 'string' },
  state: { type: 'string' },
  all: { type: 'boolean' },
  quota: { type: 'string' },
  customers: { type: 'string' },
  coupons: { type: 'string' },
  'face-value': { type: 'string' },
  'valid-from': { type: 'string' },
  expire: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export function parse(argv: readonly string[]): Parsed {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const lang = values.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN') throw new UsageError(`--lang must be en or zh-CN, not "${String(lang)}"`);
  return {
    json: values.json === true,
    help: values.help === true,
    profile: values.profile as string | undefined,
    dataDir: values['data-dir'] as string | undefined,
    lang: lang as Parsed['lang'],
    words: positionals,
    flags: values,
  };
}

/** Flags a command accepts; any other flag given is a usage error (no silently ignored typo). */
export function only(parsed: Parsed, command: string, allowed: readonly string[]): void {
  const global = new Set(['json', 'help', 'profile', 'data-dir', 'lang']);
  for (const [flag, value] of Object.entries(parsed.flags)) {
    if (value === undefined || global.has(flag) || allowed.includes(flag)) continue;
    throw new UsageError(`${command} does not take --${flag}`);
  }
}

export function flag(parsed: Parsed, name: string): string | undefined {
  const v = parsed.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function required(parsed: Parsed, name: string, command: string): string {
  const v = flag(parsed, name);
  if (v === undefined || v.trim() === '') throw new UsageError(`${command} needs --${name}`);
  return v;
}

export function positiveInt(parsed: Parsed, name: string, fallback: number, max: number): number {
  const v = flag(parsed, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}
