// Test doubles for the profiles area: a partner API that checks the SK like the gateway
// would, and a sandbox launcher that starts nothing.
import { AppError } from '../../../shared/contract/errors';
import type { SandboxLauncher } from '../../../electron/core/profiles/sandbox-profile';
import type { PartnerApi, PartnerApiFactory } from '../../../electron/core/infra/session';

export const GOOD_SK = 'good-secret-key-0123456789';
export const UNREACHABLE = 'https://unreachable.invalid';

/** Answers ListPartnerBalances when the SK is GOOD_SK (or the sandbox's), 401 otherwise. */
export const fakeApiFactory: PartnerApiFactory = ({ endpoint, credentials }) => ({
  close: () => undefined,
  api: fakeApi({
    async listPartnerBalances() {
    if (endpoint.startsWith(UNREACHABLE)) {
      throw new AppError('API_NETWORK', { status: '—', huaweiCode: '—', reason: 'getaddrinfo ENOTFOUND unreachable.invalid' });
    }
    const sk = await credentials.getSecret();
    if (sk !== GOOD_SK && sk !== 'sandbox-demo-sk') {
      throw new AppError('API_AUTH_FAILED', { status: 401, huaweiCode: 'APIGW.0301', requestId: 'req-1' });
    }
      return { account_balances: [{ account_id: 'a1', account_type: 1, amount: 1234.5, currency: 'CNY', measure_id: 1 }] };
    },
  }),
});

/** A partner API with only the funding operations given; the rest are absent on purpose. */
export function fakeApi(funding: Record<string, (...args: never[]) => Promise<unknown>>): PartnerApi {
  return { funding } as unknown as PartnerApi;
}

export function fakeSandbox(): SandboxLauncher & { starts: number; running: number } {
  const launcher = Object.assign(
    async () => {
      launcher.starts += 1;
      launcher.running += 1;
      return {
        url: 'http://127.0.0.1:65000/',
        accounts: [{ role: 'T1', name: 'Demo T1', domainId: '0a7c0f2b51d84a6e9c3f1d2e5b6a7c80', ak: 'SBXT1DEMODISTRIB0001', sk: 'sandbox-demo-sk' }],
        close: async () => {
          launcher.running -= 1;
        },
      };
    },
    { starts: 0, running: 0 },
  );
  return launcher;
}
