import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { percentEncode, signRequest } from '../../../electron/core/infra/signing';
import { isPitfall, sdkDateToDate, vectors } from './vectors';

describe('E, the percent-encoder of §3.1', () => {
  it.each([
    [' ', '%20'], ['*', '%2A'], ["'", '%27'], ['(', '%28'], ['!', '%21'], ['/', '%2F'],
    ['%', '%25'], ['+', '%2B'], ['中', '%E4%B8%AD'], ['~', '~'], ['aZ0-._~', 'aZ0-._~'],
  ])('encodes %j as %j', (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });
});

describe('signRequest reproduces every SDK vector inside the profile', () => {
  for (const v of vectors.filter((x) => !isPitfall(x))) {
    it(v.name, () => {
      const signed = signRequest({ method: v.method, url: v.url, headers: v.headers, body: v.body, ak: v.ak, sk: v.sk, date: sdkDateToDate(v.sdkDate) });
      expect(signed.canonicalRequest).toBe(v.canonicalRequest);
      expect(signed.stringToSign).toBe(v.stringToSign);
      expect(signed.signedHeaders).toBe(v.signedHeaders);
      expect(signed.signature).toBe(v.signature);
      expect(signed.authorization).toBe(v.authorization);
      expect(signed.headers['Authorization']).toBe(v.authorization);
      expect(signed.headers['X-Sdk-Date']).toBe(v.sdkDate);
    });
  }
});

describe('signRequest refuses the PITFALL vectors before sending, naming the §2 rule', () => {
  const expectedRule: Record<string, string> = {
    'path-raw-non-ascii-PITFALL': 'path',
    'header-extra-spaces-PITFALL': 'header-value',
    'sdk-date-preset-nonbasic-PITFALL': 'sdk-date',
  };
  for (const v of vectors.filter(isPitfall)) {
    it(v.name, () => {
      const attempt = () => signRequest({ method: v.method, url: v.url, headers: v.headers, body: v.body, ak: v.ak, sk: v.sk, date: sdkDateToDate(v.sdkDate) });
      expect(attempt).toThrow(AppError);
      try { attempt(); } catch (e) {
        expect((e as AppError).code).toBe('SIGNING_OUTSIDE_PROFILE');
        expect((e as AppError).details['rule']).toBe(expectedRule[v.name]);
      }
    });
  }
});

describe('the supported profile (§2)', () => {
  const base = { method: 'GET', headers: {}, body: '', ak: 'AK', sk: 'SK', date: new Date(Date.UTC(2024, 0, 15, 8, 30)) };
  const ruleOf = (over: Partial<Parameters<typeof signRequest>[0]>): unknown => {
    try { signRequest({ ...base, url: 'https://bss.myhuaweicloud.com/v2/x', ...over }); return null; } catch (e) {
      expect(JSON.stringify((e as AppError).details)).not.toContain('SK');
      return (e as AppError).details['rule'];
    }
  };
  it.each([
    ['a raw space in the path', { url: 'https://h.example/a b' }, 'path'],
    ['a dot segment', { url: 'https://h.example/a/../b' }, 'path'],
    ['a raw plus in the query', { url: 'https://h.example/a?x=1+2' }, 'query'],
    ['a raw space in the query', { url: 'https://h.example/a?x=1 2' }, 'query'],
    ['non-ASCII in the query', { url: 'https://h.example/a?x=中' }, 'query'],
    ['a broken escape', { url: 'https://h.example/a?x=%E4' }, 'query'],
    ['an explicit :443', { url: 'https://h.example:443/a' }, 'host'],
    ['an underscore in a header name', { headers: { X_Trace: '1' } }, 'header-name'],
    ['names differing only in case', { headers: { 'Content-Type': 'a', 'content-type': 'a' } }, 'header-name'],
    ['a non-ASCII header value', { headers: { 'X-Note': 'é' } }, 'header-value'],
    ['a trailing blank in a header value', { headers: { 'X-Note': 'a ' } }, 'header-value'],
    ['a lower-case method', { method: 'get' }, 'method'],
    ['a fragment', { url: 'https://h.example/a#x' }, 'url'],
    ['a preset Host that differs from the URL', { headers: { Host: 'other.example' } }, 'host'],
  ])('refuses %s', (_what, over, rule) => {
    expect(ruleOf(over)).toBe(rule);
  });
  it('accepts a query encoded with E, a custom port and interior header spaces', () => {
    expect(ruleOf({ url: 'https://h.example:8443/a%2Fb/c?k=%20%2B%E4%B8%AD&k=', headers: { 'X-Note': 'a  b' } })).toBeNull();
  });
});
