import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectors } from './vectors';

const root = join(import.meta.dirname, '../../..');
const runSign = (stdin: string) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/sign.ts')], { input: stdin, encoding: 'utf8', cwd: root });

describe('npm run sign (scripts/sign.ts)', () => {
  it('prints the §3 intermediate values of the post-json-chinese vector', () => {
    const v = vectors.find((x) => x.name === 'post-json-chinese')!;
    const { method, url, headers, body, ak, sk, sdkDate } = v;
    const result = runSign(JSON.stringify({ method, url, headers, body, ak, sk, sdkDate }));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      canonicalRequest: v.canonicalRequest,
      stringToSign: v.stringToSign,
      signedHeaders: v.signedHeaders,
      signature: v.signature,
      authorization: v.authorization,
    });
    expect(result.stdout).not.toContain(sk);
  });

  it('explains a request outside the profile, without echoing the SK', () => {
    const v = vectors.find((x) => x.name === 'header-extra-spaces-PITFALL')!;
    const result = runSign(JSON.stringify({ ...v, wire: undefined }));
    expect(result.status).toBe(2);
    const err = JSON.parse(result.stderr) as Record<string, unknown>;
    expect(err).toMatchObject({ code: 'SIGNING_OUTSIDE_PROFILE', rule: 'header-value' });
    expect(result.stderr).not.toContain(v.sk);
  });

  it('rejects input that is not JSON', () => {
    const result = runSign('nope');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not JSON');
  });
});
