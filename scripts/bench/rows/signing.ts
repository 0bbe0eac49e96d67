// Signatures per second of the SDK-HMAC-SHA256 signer on a typical partner-API POST.
import { signRequest } from '../../../electron/core/infra/signing';
import type { BenchRow } from '../bench-row';

export default async function signingBench(): Promise<BenchRow[]> {
  const input = {
    method: 'POST',
    url: 'https://bss.myhuaweicloud.com/v2/accounts/partner-accounts/adjust-amount',
    headers: { 'Content-Type': 'application/json' },
    body: '{"customer_id":"0123456789abcdef0123456789abcdef","amount":"100.00"}',
    ak: 'HPUABENCHAK000000001',
    sk: 'bench-secret-key',
    date: new Date(),
  };
  for (let i = 0; i < 2000; i++) signRequest(input); // warm-up
  const n = 20_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) signRequest(input);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return [{ key: 'signatures_per_s', label: 'Request signatures per second', value: Math.round(n / seconds), unit: 'sig/s', target: '>= 5000', bound: null }];
}
