import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../electron/core/infra/logging/logger';
import { openRotatingFile } from '../../../electron/core/infra/logging/rotating-file';

const SK = 'LOGCANARYsk0123456789abcdef';
const AUTH = 'SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK00000001, SignedHeaders=host;x-sdk-date, Signature=c6a304751a2a549bfbb7117142235436fb34dc1d8e2a1cfd3ce9e451a300ba18';

describe('logging', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-log-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes structured JSON lines with secrets and the Authorization header redacted', () => {
    const lines: string[] = [];
    const { log, file, close } = createFileLogger({ dir, tee: (l) => lines.push(l) });
    log.info({ sk: SK, nested: { deeper: { secretKey: SK } }, headers: { Authorization: AUTH, host: 'bss' } }, 'signed');
    log.info({ req: { headers: { authorization: AUTH } } }, `message mentioning ${AUTH}`);
    log.error({ err: new Error(`failed with header ${AUTH}`) }, 'boom');
    close();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(SK);
    expect(text).not.toContain('c6a304751a2a549b');
    expect(text).toContain('[redacted]');
    expect(lines).toHaveLength(3);
    const first = JSON.parse(text.split('\n')[0]!);
    expect(first).toMatchObject({ msg: 'signed', headers: { host: 'bss' } });
  });

  it('rotates by size and keeps a bounded number of old files', () => {
    const f = openRotatingFile({ file: join(dir, 'app.log'), maxBytes: 100, keep: 2 });
    for (let i = 0; i < 20; i++) f.write(`${'x'.repeat(40)} ${i}\n`);
    f.close();
    expect(readdirSync(dir).sort()).toEqual(['app.log', 'app.log.1', 'app.log.2']);
    expect(readFileSync(join(dir, 'app.log'), 'utf8')).toContain(' 19\n');
  });
});
