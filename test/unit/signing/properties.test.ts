// Property tests: inside the §2 profile sign-then-verify always passes, and any single change
// to method, path, query, a signed header, body, date or key makes verification fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentEncode, signRequest, verifyRequest, type WireRequest } from '../../../electron/core/infra/signing';

const AK = 'HPUAPROPERTYAK000001';
const SK = 'property-secret-key';
const T0 = Date.UTC(2024, 0, 15, 8, 30, 0);

const pathChar = fc.constantFrom(...'abcXYZ019-._~()*!$&+,;=:@'.split(''), '%2F', '%20', '%E4%B8%AD');
const segment = fc.array(pathChar, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')).filter((s) => s !== '.' && s !== '..');
const path = fc.tuple(fc.array(segment, { minLength: 0, maxLength: 4 }), fc.boolean()).map(([segs, slash]) => `/${segs.join('/')}${slash && segs.length ? '/' : ''}`);
// Any valid Unicode text for query keys and values, sent encoded with E (§2.2).
const text = fc.string({ unit: 'binary', maxLength: 8 });
const query = fc.array(fc.tuple(fc.string({ unit: fc.constantFrom(...'abcAB_-.'.split('')), minLength: 1, maxLength: 4 }), text), { maxLength: 5 })
  .map((pairs) => pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&'));
const headerName = fc.string({ unit: fc.constantFrom(...'abcdefXYZ019-'.split('')), minLength: 1, maxLength: 10 })
  .filter((n) => !['host', 'x-sdk-date', 'authorization', 'x-sdk-content-sha256'].includes(n.toLowerCase()));
const headerValue = fc.string({ unit: fc.constantFrom(...'abc XYZ 0-9=;/+'.split('')), maxLength: 12 }).map((s) => s.trim());
const headers = fc.uniqueArray(fc.tuple(headerName, headerValue), { selector: ([n]) => n.toLowerCase(), maxLength: 4 }).map((e) => Object.fromEntries(e));

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  host: fc.constantFrom('bss.myhuaweicloud.com', 'bss-intl.myhuaweicloud.com', '127.0.0.1:8443'),
  path,
  query,
  headers,
  body: fc.uint8Array({ maxLength: 64 }),
  skewSeconds: fc.integer({ min: -900, max: 900 }),
});
type Req = typeof request extends fc.Arbitrary<infer R> ? R : never;

function signAndSend(r: Req, sk = SK): WireRequest {
  const url = `https://${r.host}${r.path}${r.query ? `?${r.query}` : ''}`;
  const signed = signRequest({ method: r.method, url, headers: r.headers, body: r.body, ak: AK, sk, date: new Date(T0) });
  return { method: r.method, target: `${r.path || '/'}${r.query ? `?${r.query}` : ''}`, headers: Object.entries(signed.headers), body: signed.body };
}
const verify = (w: WireRequest, skewSeconds = 0) =>
  verifyRequest(w, { lookupSecret: (ak) => (ak === AK ? SK : undefined), now: new Date(T0 + skewSeconds * 1000) });

const setHeader = (w: WireRequest, name: string, f: (v: string) => string): WireRequest => ({
  ...w,
  headers: w.headers.map(([n, v]) => (n.toLowerCase() === name ? [n, f(v)] : [n, v])),
});

describe('sign-then-verify inside the profile', () => {
  it('always verifies within ±15 minutes', () => {
    fc.assert(fc.property(request, (r) => {
      expect(verify(signAndSend(r), r.skewSeconds)).toMatchObject({ ok: true, ak: AK });
    }), { numRuns: 500 });
  });
});

describe('any single change makes verification fail', () => {
  const fails = (w: WireRequest, skew = 0) => expect(verify(w, skew).ok).toBe(false);

  it('the method', () => {
    fc.assert(fc.property(request, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'), (r, m) => {
      fc.pre(m !== r.method);
      fails({ ...signAndSend(r), method: m });
    }));
  });

  it('the path (one character inserted)', () => {
    fc.assert(fc.property(request, fc.nat(), fc.constantFrom('a', '0', '-', '%'), (r, at, ch) => {
      const w = signAndSend(r);
      const q = w.target.indexOf('?');
      const pathEnd = q < 0 ? w.target.length : q;
      const pos = 1 + (at % pathEnd);
      fails({ ...w, target: w.target.slice(0, pos) + ch + w.target.slice(pos) });
    }));
  });

  it('the query (a value changed or a pair added)', () => {
    fc.assert(fc.property(request, text, (r, extra) => {
      const w = signAndSend(r);
      const sep = w.target.includes('?') ? '&' : '?';
      fails({ ...w, target: `${w.target}${sep}zz=${percentEncode(extra)}` });
      if (r.query) fails({ ...w, target: `${w.target}x` });
    }));
  });

  it('a signed header', () => {
    fc.assert(fc.property(request, fc.nat(), (r, pick) => {
      const w = signAndSend(r);
      const names = [...Object.keys(r.headers), 'Host'];
      const name = (names[pick % names.length] ?? 'Host').toLowerCase();
      fails(setHeader(w, name, (v) => `${v}x`));
    }));
  });

  it('the body (one byte flipped or one byte added)', () => {
    fc.assert(fc.property(request, fc.nat(), fc.integer({ min: 1, max: 255 }), (r, at, xor) => {
      const w = signAndSend(r);
      fails({ ...w, body: Uint8Array.of(...w.body, 0) });
      if (w.body.length) {
        const flipped = Uint8Array.from(w.body);
        flipped[at % flipped.length]! ^= xor;
        fails({ ...w, body: flipped });
      }
    }));
  });

  it('the date, 16 minutes either way (the header moved, or the clock)', () => {
    fc.assert(fc.property(request, fc.constantFrom(-16, 16), (r, minutes) => {
      const w = signAndSend(r);
      const moved = new Date(T0 + minutes * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      fails(setHeader(w, 'x-sdk-date', () => moved));
      fails(setHeader(w, 'x-sdk-date', () => moved), minutes * 60);
      fails(w, minutes * 60);
    }));
  });

  it('the key', () => {
    fc.assert(fc.property(request, fc.string({ minLength: 1, maxLength: 20 }), (r, otherSk) => {
      fc.pre(otherSk !== SK);
      fails(signAndSend(r, otherSk));
    }));
  });
});
