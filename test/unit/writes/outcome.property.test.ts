// Only a recognised refusal is `failed`: for every write descriptor, any answer after sending
// that is not in its closed refusal list — a bare 4xx, CBC.0999, an unlisted code, a timeout —
// is `unknown`, so "Send again" waits for reconciliation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/core/infra/http/outcome';
import { DESCRIPTORS } from '../../../electron/core/infra/writes/registry';
import { writeResultOfError } from '../../../electron/core/infra/writes/outcome';

const descriptors = Object.values(DESCRIPTORS);
const sentError = (status: number | undefined, huaweiCode: string | undefined, outcome: 'failed' | 'unknown' = 'failed') =>
  new ApiError(outcome === 'failed' ? 'API_HUAWEI_ERROR' : 'API_OUTCOME_UNKNOWN', { operation: 'X', outcome, possiblySent: true, status, huaweiCode });

describe('what one send of a write came to', () => {
  it.each(descriptors.map((d) => [d.name, d] as const))('%s: every code of its refusal list is failed', (_name, d) => {
    for (const code of d.refusals) expect(writeResultOfError(sentError(400, code), d).outcome).toBe('failed');
  });

  it('CBC.0999 ("other error") is never a refusal of any write', () => {
    for (const d of descriptors) {
      expect(d.refusals.has('CBC.0999')).toBe(false);
      expect(writeResultOfError(sentError(400, 'CBC.0999'), d).outcome).toBe('unknown');
    }
  });

  it('any HTTP status with no Huawei code, after sending, is unknown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...descriptors), fc.integer({ min: 400, max: 599 }), (d, status) => {
        expect(writeResultOfError(sentError(status, undefined), d).outcome).toBe('unknown');
      }),
    );
  });

  it('any code outside the descriptor’s list, after sending, is unknown', () => {
    const code = fc.stringMatching(/^(CBC|APIG)\.[0-9]{4,8}$/);
    fc.assert(
      fc.property(fc.constantFrom(...descriptors), code, fc.integer({ min: 400, max: 599 }), (d, c, status) => {
        fc.pre(!d.refusals.has(c));
        expect(writeResultOfError(sentError(status, c), d).outcome).toBe('unknown');
      }),
    );
  });

  it('a failure before the request left (connect refused, local check) is failed: nothing reached Huawei', () => {
    for (const d of descriptors) {
      const local = new ApiError('API_NETWORK', { operation: 'X', outcome: 'failed', possiblySent: false });
      expect(writeResultOfError(local, d).outcome).toBe('failed');
    }
  });

  it('a client error of unknown origin after sending is unknown', () => {
    for (const d of descriptors) expect(writeResultOfError(new Error('socket hang up'), d).outcome).toBe('unknown');
  });
});
