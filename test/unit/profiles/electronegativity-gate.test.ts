import { describe, expect, it } from 'vitest';
import { gate, parseCsv } from '../../../scripts/electronegativity-gate';

const CSV = `issue, severity, confidence, filename, location, sample, description, url
PRELOAD_JS_CHECK,"MEDIUM","FIRM","electron/main.ts","3:6","preload: join(here, 'preload.cjs'),","Review the use of preload scripts",https://x
NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","electron/other.ts","2:1","nodeIntegration: true","Disable nodeIntegration",https://x
AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK,"INFORMATIONAL","CERTAIN","N/A","0:0",N/A,"upgrade",https://x
`;

describe('electronegativity gate', () => {
  const sources: Record<string, string> = {
    'electron/main.ts': "a\n// electronegativity-ok PRELOAD_JS_CHECK: sandboxed, exposes one bridge object\npreload: join(here, 'preload.cjs'),\n",
    'electron/other.ts': 'a\nnodeIntegration: true\n',
  };
  const read = (f: string) => sources[f] ?? null;

  it('parses the CSV report, including quoted commas', () => {
    const findings = parseCsv(CSV);
    expect(findings.map((f) => [f.check, f.severity, f.file, f.line])).toEqual([
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'electron/main.ts', 3],
      ['NODE_INTEGRATION_JS_CHECK', 'HIGH', 'electron/other.ts', 2],
      ['AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'INFORMATIONAL', 'N/A', 0],
    ]);
  });

  it('fails on an unjustified finding above informational and accepts a justified one', () => {
    const { failing, justified } = gate(parseCsv(CSV), read);
    expect(failing.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(justified.map((f) => f.check)).toEqual(['PRELOAD_JS_CHECK']);
  });

  it('does not accept a justification without a reason, or one naming another check', () => {
    const bare = { 'electron/main.ts': "// electronegativity-ok PRELOAD_JS_CHECK:\n\npreload: 1,\n" };
    const other = { 'electron/main.ts': "// electronegativity-ok CSP_GLOBAL_CHECK: some reason here\n\npreload: 1,\n" };
    const preload = parseCsv(CSV).slice(0, 1);
    expect(gate(preload, (f) => bare[f as keyof typeof bare] ?? null).failing).toHaveLength(1);
    expect(gate(preload, (f) => other[f as keyof typeof other] ?? null).failing).toHaveLength(1);
  });
});
