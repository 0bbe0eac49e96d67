// Runs Doyensec's electronegativity over the app's sources and fails on any finding above
// INFORMATIONAL that is not justified where it points. The tool itself exits 0 even with
// HIGH findings, so this script gates on its CSV report.
//
// How to justify a finding: put a comment on the reported line or on one of the 3 lines
// above it, naming the check and saying why it is acceptable, e.g.
//   // electronegativity-ok PRELOAD_JS_CHECK: the preload is sandboxed and exposes one object
//   <!-- electronegativity-ok CSP_GLOBAL_CHECK: … -->
// A justification without a reason (text after the colon) does not count.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

/** Parses the tool's CSV: quoted fields may contain commas. */
export function parseCsv(text: string): Finding[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const endCell = () => {
      row.push(cell.trim());
      cell = '';
    };
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    row.push(cell.trim());
    rows.push(row);
  }
  return rows
    .slice(1)
    .filter((r) => r.length >= 5 && r[0])
    .map((r) => ({
      check: r[0]!,
      severity: r[1]!.toUpperCase(),
      confidence: r[2]!,
      file: r[3]!,
      line: Number((r[4] ?? '0').split(':')[0]) || 0,
      description: r[6] ?? '',
    }));
}

const JUSTIFIED = (check: string) => new RegExp(`electronegativity-ok\\s+${check}\\s*:\\s*\\S.{5,}`);

export function isJustified(f: Finding, source: string | null): boolean {
  if (source === null || f.line < 1) return false;
  const lines = source.split('\n');
  const from = Math.max(0, f.line - 4);
  return lines.slice(from, f.line).some((l) => JUSTIFIED(f.check).test(l));
}

export function gate(findings: readonly Finding[], read: (file: string) => string | null): { failing: Finding[]; justified: Finding[] } {
  const relevant = findings.filter((f) => f.severity !== 'INFORMATIONAL');
  const justified = relevant.filter((f) => isJustified(f, read(f.file)));
  return { failing: relevant.filter((f) => !justified.includes(f)), justified };
}

function run(root: string): number {
  // Scan a copy of the sources only (node_modules would take minutes and is not ours).
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const part of ['electron', 'renderer', 'shared', 'package.json']) cpSync(join(root, part), join(work, part), { recursive: true });
    const csv = join(work, 'report.csv');
    const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const tool = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', join(work), '-o', csv, '-r', '-v', 'false', '-e', electronVersion],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (!existsSync(csv)) {
      process.stderr.write(`electronegativity produced no report (exit ${tool.status}):\n${tool.stderr}\n${tool.stdout}\n`);
      return 2;
    }
    const findings = parseCsv(readFileSync(csv, 'utf8'));
    const read = (file: string) => {
      try {
        return readFileSync(resolve(root, file), 'utf8');
      } catch {
        return null;
      }
    };
    const { failing, justified } = gate(findings, read);
    for (const f of justified) process.stdout.write(`justified  ${f.severity.padEnd(7)} ${f.check} ${f.file}:${f.line}\n`);
    for (const f of failing) process.stdout.write(`FAIL       ${f.severity.padEnd(7)} ${f.check} ${f.file}:${f.line} — ${f.description}\n`);
    process.stdout.write(`electronegativity: ${findings.length} findings, ${justified.length} justified, ${failing.length} failing\n`);
    return failing.length === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(run(resolve(fileURLToPath(import.meta.url), '../..')));
}
