// Runs Doyensec's electronegativity over the app's sources and fails on every finding above
// INFORMATIONAL, whatever its confidence (TENTATIVE included), unless the reported line itself
// carries a justification that names the check and says why:
//   void shell.openExternal(url); // electronegativity-justified OPEN_EXTERNAL_JS_CHECK: <why>
//   <meta … /> <!-- electronegativity-justified CSP_GLOBAL_CHECK: <why> -->
// The tool's CLI exits 0 even with HIGH findings, hides parse failures when writing a report,
// and writes its CSV header and rows with two unordered async writes; so the gate calls the
// tool's runner and judges the findings and parse errors it returns. The tool's own
// `eng-disable` comments are neutralised in the copy it scans: only a justification here counts.
// Usage: tsx scripts/electronegativity-gate.ts [sourceRoot]   (default: this repository)
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly confidence: string;
  /** Relative to the scanned root; "N/A" for a finding about the app as a whole. */
  readonly file: string;
  /** 1-based; 0 when the finding has no line. */
  readonly line: number;
  readonly description: string;
}

export interface Scan {
  readonly findings: readonly Finding[];
  /** Files the tool could not parse, so did not check. */
  readonly unparsed: readonly { readonly file: string; readonly message: string }[];
}

export interface Verdict {
  readonly failing: Finding[];
  readonly justified: Finding[];
  readonly ok: boolean;
}

/** What the app is made of; tests, scripts and node_modules are not shipped code. */
const SCANNED_PARTS = ['electron', 'renderer', 'shared', 'package.json'];
/** Needs the network, and with electron a devDependency it can only report INFORMATIONAL. */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|html?)$/i;
const MIN_REASON_LETTERS = 10;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reason a line gives for `check`, or null: the marker must sit in a comment on that line. */
export function justification(line: string, check: string): string | null {
  const comment = line.search(/\/\/|\/\*|<!--/);
  if (comment < 0) return null;
  const marker = new RegExp(`electronegativity-justified\\s+${escapeRegExp(check)}\\s*:\\s*(.*?)\\s*(?=electronegativity-justified|-->|\\*/|$)`);
  const reason = marker.exec(line.slice(comment))?.[1] ?? '';
  return reason.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_REASON_LETTERS ? reason : null;
}

/** Fails on every finding above INFORMATIONAL without a justification on its own line, and on unparsed files. */
export function gate(scan: Scan, read: (file: string) => string | null): Verdict {
  const relevant = scan.findings.filter((f) => f.severity !== 'INFORMATIONAL');
  const isJustified = (f: Finding) => {
    const line = f.line >= 1 ? read(f.file)?.split(/\r?\n/)[f.line - 1] : undefined;
    return line !== undefined && justification(line, f.check) !== null;
  };
  const justified = relevant.filter(isJustified);
  const failing = relevant.filter((f) => !justified.includes(f));
  return { failing, justified, ok: failing.length === 0 && scan.unparsed.length === 0 };
}

interface RunnerIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  description: string;
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RunnerIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

/** Stops the tool's inline `eng-disable` comments from hiding findings from the gate. */
function neutraliseEngDisable(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!SOURCE_FILE.test(name)) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    if (/eng-disable/i.test(text)) writeFileSync(file, text.replace(/eng-disable/gi, 'eng-disable-ignored-by-gate'));
  }
}

/** Scans a copy of `sourceRoot`'s app sources (copied so the tool never walks node_modules). */
export async function scan(sourceRoot: string, electronVersion: string): Promise<Scan> {
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const part of SCANNED_PARTS) {
      if (existsSync(join(sourceRoot, part))) cpSync(join(sourceRoot, part), join(work, part), { recursive: true });
    }
    neutraliseEngDisable(work);
    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Runner;
    const result = await run(
      { input: work, isRelative: true, customScan: [], excludeFromScan: EXCLUDED_CHECKS, electronVersionOverride: electronVersion, parserPlugins: [] },
      false,
    );
    return {
      findings: result.issues.map((i) => ({
        check: i.id,
        severity: i.severity.name.toUpperCase(),
        confidence: i.confidence.name.toUpperCase(),
        file: i.file,
        line: i.location.line,
        description: i.description,
      })),
      unparsed: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: relative(work, e.file), message: e.message })),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const repo = resolve(fileURLToPath(import.meta.url), '../..');
  const sourceRoot = resolve(process.argv[2] ?? repo);
  const electronVersion = (JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const result = await scan(sourceRoot, electronVersion);
  const read = (file: string) => {
    try {
      return readFileSync(resolve(sourceRoot, file), 'utf8');
    } catch {
      return null;
    }
  };
  const verdict = gate(result, read);
  const where = (f: Finding) => `${f.severity.padEnd(7)} ${f.confidence.padEnd(9)} ${f.check} ${f.file}:${f.line}`;
  for (const f of result.findings.filter((x) => x.severity === 'INFORMATIONAL')) process.stdout.write(`info       ${where(f)}\n`);
  for (const f of verdict.justified) process.stdout.write(`justified  ${where(f)}\n`);
  for (const f of verdict.failing) process.stdout.write(`FAIL       ${where(f)} — ${f.description}\n`);
  for (const e of result.unparsed) process.stdout.write(`FAIL       not scanned: ${e.file} — ${e.message}\n`);
  process.stdout.write(
    `electronegativity: ${result.findings.length} findings, ${verdict.justified.length} justified, ${verdict.failing.length} failing, ${result.unparsed.length} files not scanned\n`,
  );
  return verdict.ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`electronegativity gate could not run: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(2);
    },
  );
}
