import { describe, expect, it } from 'vitest';
import { verifyRequest, type WireRequest } from '../../../electron/core/infra/signing';
import { sdkDateToDate, vectors, type SigningVector } from './vectors';

const utf8 = new TextEncoder();
const wireOf = (v: SigningVector): WireRequest => ({
  method: v.method,
  target: v.wire.requestTarget,
  headers: v.wire.headers,
  body: utf8.encode(v.wire.body),
});
const optsAt = (v: SigningVector, skewSeconds = 0) => ({
  lookupSecret: (ak: string) => (ak === v.ak ? v.sk : undefined),
  now: new Date(sdkDateToDate(v.sdkDate).getTime() + skewSeconds * 1000),
  allowUnsignedPayload: true,
});

describe('verifyRequest on the captured wire requests (§8), clock at sdkDate', () => {
  for (const v of vectors) {
    it(`${v.name} ${v.serverSideVerifiable ? 'verifies' : 'is rejected'}`, () => {
      expect(verifyRequest(wireOf(v), optsAt(v)).ok).toBe(v.serverSideVerifiable);
    });
  }
});

// Negative cases derived from a positive vector by changing one element each (§8).
const withHeader = (w: WireRequest, name: string, value: string | null): WireRequest => ({
  ...w,
  headers: w.headers.flatMap(([n, val]) => (n.toLowerCase() !== name ? [[n, val] as const] : value === null ? [] : [[n, value] as const])),
});
const authOf = (w: WireRequest): string => w.headers.find(([n]) => n.toLowerCase() === 'authorization')?.[1] ?? '';

describe('verifyRequest rejects one-element changes', () => {
  const byName = (n: string) => vectors.find((v) => v.name === n)!;
  const query = byName('get-query-repeated');
  const post = byName('post-json-chinese');
  const global = byName('global-credentials-domain-id');

  const cases: [string, SigningVector, (w: WireRequest) => WireRequest, string, number?][] = [
    ['one query value changed', query, (w) => ({ ...w, target: w.target.replace('srv-b', 'srv-x') }), 'signature-mismatch'],
    ['a query value added', query, (w) => ({ ...w, target: `${w.target}&extra=1` }), 'signature-mismatch'],
    ['the body changed', post, (w) => ({ ...w, body: utf8.encode(new TextDecoder().decode(w.body).replace('SOFT', 'HARD')) }), 'signature-mismatch'],
    ['a signed header changed', global, (w) => withHeader(w, 'x-domain-id', 'fedcba9876543210fedcba9876543211'), 'signature-mismatch'],
    ['the method changed', post, (w) => ({ ...w, method: 'PUT' }), 'signature-mismatch'],
    ['the path changed', post, (w) => ({ ...w, target: w.target.replace('action', 'actions') }), 'signature-mismatch'],
    ['the date 16 minutes behind the server', post, (w) => w, 'clock-skew', 16 * 60],
    ['the date 16 minutes ahead of the server', post, (w) => w, 'clock-skew', -16 * 60],
    ['SignedHeaders re-ordered', global, (w) => withHeader(w, 'authorization', authOf(w).replace('content-type;host;x-domain-id;x-sdk-date', 'host;content-type;x-domain-id;x-sdk-date')), 'bad-signed-headers'],
    ['SignedHeaders without host', global, (w) => withHeader(w, 'authorization', authOf(w).replace('content-type;host;', 'content-type;')), 'bad-signed-headers'],
    ['SignedHeaders with an upper-case name', global, (w) => withHeader(w, 'authorization', authOf(w).replace('content-type', 'Content-Type')), 'bad-signed-headers'],
    ['no Authorization', post, (w) => withHeader(w, 'authorization', null), 'missing-authorization'],
    ['an Authorization with two spaces', post, (w) => withHeader(w, 'authorization', authOf(w).replace('SHA256 ', 'SHA256  ')), 'malformed-authorization'],
    ['an upper-case hex signature', post, (w) => withHeader(w, 'authorization', authOf(w).replace(/Signature=(\w+)/, (_m, s: string) => `Signature=${s.toUpperCase()}`)), 'malformed-authorization'],
    ['two Authorization headers', post, (w) => ({ ...w, headers: [...w.headers, ['Authorization', authOf(w)]] }), 'malformed-authorization'],
    ['an unknown AK', post, (w) => withHeader(w, 'authorization', authOf(w).replace('HPUAEXAMPLEAK00000001', 'HPUAOTHER')), 'unknown-ak'],
    ['a signed header missing', global, (w) => withHeader(w, 'x-domain-id', null), 'missing-signed-header'],
    ['a signed header twice', global, (w) => ({ ...w, headers: [...w.headers, ['X-Domain-Id', 'fedcba9876543210fedcba9876543210']] }), 'duplicate-signed-header'],
    ['an X-Sdk-Date in extended format', post, (w) => withHeader(w, 'x-sdk-date', '2024-01-15T08:30:00Z'), 'bad-date'],
    ['an impossible X-Sdk-Date', post, (w) => withHeader(w, 'x-sdk-date', '20240231T083000Z'), 'bad-date'],
    ['a malformed query escape', query, (w) => ({ ...w, target: `${w.target}&x=%G1` }), 'malformed-target'],
  ];
  it.each(cases)('%s', (_what, v, change, reason, skew = 0) => {
    const result = verifyRequest(change(wireOf(v)), optsAt(v, skew));
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('rejects a wrong SK', () => {
    const result = verifyRequest(wireOf(post), { ...optsAt(post), lookupSecret: () => 'not-the-key' });
    expect(result).toMatchObject({ ok: false, reason: 'signature-mismatch' });
  });

  it('accepts the date exactly 15 minutes off', () => {
    expect(verifyRequest(wireOf(post), optsAt(post, 900)).ok).toBe(true);
    expect(verifyRequest(wireOf(post), optsAt(post, -900)).ok).toBe(true);
  });

  it('refuses UNSIGNED-PAYLOAD unless the route allows it', () => {
    const v = byName('non-json-unsigned-payload');
    expect(verifyRequest(wireOf(v), { ...optsAt(v), allowUnsignedPayload: false })).toMatchObject({ ok: false, reason: 'unsigned-payload-not-allowed' });
  });

  it('can require a scope header to be signed', () => {
    expect(verifyRequest(wireOf(post), { ...optsAt(post), requiredSignedHeaders: ['x-domain-id'] })).toMatchObject({ ok: false, reason: 'bad-signed-headers' });
    expect(verifyRequest(wireOf(global), { ...optsAt(global), requiredSignedHeaders: ['x-domain-id'] }).ok).toBe(true);
  });
});
