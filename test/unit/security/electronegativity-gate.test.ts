// The electronegativity gate: its judgement of findings, and the real tool run through the
// gate's command on a fixture app, justified (passes) and broken in the ways a finding can
// escape review (fails).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { gate, justification, type Finding } from '../../../scripts/electronegativity-gate';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';

const REPO = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(REPO, 'test/fixtures/electronegativity/app');
const OPEN = 'OPEN_EXTERNAL_JS_CHECK';

describe('a justification', () => {
  it('counts only in a comment on the line, naming the check, with a reason', () => {
    expect(justification(`shell.openExternal(u); // electronegativity-justified ${OPEN}: allowlisted hosts only`, OPEN)).toBe('allowlisted hosts only');
    expect(justification(`<meta /><!-- electronegativity-justified CSP_GLOBAL_CHECK: the app's own bundle only -->`, 'CSP_GLOBAL_CHECK')).toBe("the app's own bundle only");
    expect(justification(`x(); /* electronegativity-justified ${OPEN}: allowlisted hosts only */`, OPEN)).toBe('allowlisted hosts only');
    expect(justification(`const s = 'electronegativity-justified ${OPEN}: allowlisted hosts only';`, OPEN)).toBeNull();
    expect(justification(`x(); // electronegativity-justified ${OPEN}:`, OPEN)).toBeNull();
    expect(justification(`x(); // electronegativity-justified ${OPEN}: ok, fine`, OPEN)).toBeNull();
    expect(justification('x(); // electronegativity-justified CSP_GLOBAL_CHECK: a reason for another check', OPEN)).toBeNull();
    expect(justification(`x(); // electronegativity-ok ${OPEN}: the old marker does not count`, OPEN)).toBeNull();
  });

  it('can be given for two checks on one line, each with its own reason', () => {
    const line = `x(); // electronegativity-justified PRELOAD_JS_CHECK: sandboxed preload electronegativity-justified ${OPEN}: allowlisted hosts`;
    expect(justification(line, 'PRELOAD_JS_CHECK')).toBe('sandboxed preload');
    expect(justification(line, OPEN)).toBe('allowlisted hosts');
  });
});

describe('the verdict', () => {
  const finding = (over: Partial<Finding>): Finding => ({ check: OPEN, severity: 'MEDIUM', confidence: 'TENTATIVE', file: 'electron/main.ts', line: 2, description: '', ...over });
  const source = `a();\nshell.openExternal(u); // electronegativity-justified ${OPEN}: allowlisted hosts only\nshell.openExternal(v);\n`;
  const read = (file: string) => (file === 'electron/main.ts' ? source : null);

  it('fails on any finding above INFORMATIONAL, TENTATIVE ones too, unless its own line justifies it', () => {
    const findings = [finding({}), finding({ line: 3 }), finding({ line: 3, confidence: 'CERTAIN', severity: 'HIGH' }), finding({ line: 3, severity: 'INFORMATIONAL' })];
    const verdict = gate({ findings, unparsed: [] }, read);
    expect(verdict.justified).toEqual([findings[0]]);
    expect(verdict.failing).toEqual([findings[1], findings[2]]);
    expect(verdict.ok).toBe(false);
  });

  it('does not let a justification cover the line below it, or a finding with no line', () => {
    const below = { ...finding({ line: 3 }) };
    const global = finding({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', file: 'N/A', line: 0 });
    expect(gate({ findings: [below, global], unparsed: [] }, read).failing).toEqual([below, global]);
  });

  it('fails when a file could not be scanned, even with no finding', () => {
    expect(gate({ findings: [], unparsed: [{ file: 'electron/x.ts', message: 'parse error' }] }, read).ok).toBe(false);
    expect(gate({ findings: [finding({})], unparsed: [] }, read).ok).toBe(true);
  });
});

describe('the gate over the real tool', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** Runs the gate's command on a copy of the fixture app, its main.ts changed by `edit`, with `extra` files. */
  async function gateOn(edit: (main: string) => string, extra: Record<string, string> = {}): Promise<{ code: number; out: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'eng-fixture-'));
    dirs.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const main = join(dir, 'electron/main.ts');
    writeFileSync(main, edit(readFileSync(main, 'utf8')));
    for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/electronegativity-gate.ts'), dir], { cwd: REPO });
    return run.then(({ stdout }) => ({ code: 0, out: stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }));
  }
  const marker = / \/\/ electronegativity-justified .*$/m;

  it('passes the fixture app, whose TENTATIVE openExternal is justified on its line, and fails every way around that', async () => {
    const [justified, bare, above, engDisabled, unparsable] = await Promise.all([
      gateOn((s) => s),
      gateOn((s) => s.replace(marker, '')),
      gateOn((s) => s.replace(/^(.*)( \/\/ electronegativity-justified .*)$/m, '$2\n$1')),
      gateOn((s) => s.replace(marker, ` // eng-disable ${OPEN}`)),
      gateOn((s) => s, { 'electron/broken.ts': 'export const = ;\n' }),
    ]);
    expect(justified).toMatchObject({ code: 0 });
    expect(justified.out).toMatch(new RegExp(`justified +MEDIUM +TENTATIVE +${OPEN} electron/main.ts:8`));
    for (const failed of [bare, engDisabled]) {
      expect(failed.code).toBe(1);
      expect(failed.out).toMatch(new RegExp(`FAIL +MEDIUM +TENTATIVE +${OPEN} electron/main.ts:8`));
    }
    expect(above.code).toBe(1);
    expect(above.out).toMatch(new RegExp(`FAIL +MEDIUM +TENTATIVE +${OPEN} electron/main.ts:9`));
    // A file the tool cannot parse was not checked: that fails too.
    expect(unparsable.code).toBe(1);
    expect(unparsable.out).toContain('FAIL       not scanned: electron/broken.ts');
  }, 120_000);
});

describe('the justifications in the app', () => {
  it('rest on index.html carrying the same policy as csp.ts (less frame-ancestors, which a meta tag cannot set)', () => {
    const html = readFileSync(join(REPO, 'renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
