// The renderer's typed client is built without loading the contract: any `api.<area>.<name>`
// becomes one invocation of "<area>.<name>", and a typed error comes back as ApiError.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/define';
import type { PartnerDeskBridge } from '../../../shared/contract/transport';

(globalThis as { window?: unknown }).window ??= { partnerDesk: { invoke: async () => ({ ok: true, value: null }), onEvent: () => () => {} } };
const { ApiError, createApi } = await import('../../../renderer/bridge');

function recordingBridge(answer: (channel: string, input: unknown) => Envelope): { bridge: PartnerDeskBridge; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const bridge = {
    invoke: async (channel: string, input: unknown) => {
      calls.push([channel, input]);
      return answer(channel, input);
    },
    onEvent: () => () => {},
  } as unknown as PartnerDeskBridge;
  return { bridge, calls };
}

describe('renderer api client', () => {
  it('sends api.<area>.<name>(input) as one invocation of "<area>.<name>" and returns its value', async () => {
    const { bridge, calls } = recordingBridge(() => ({ ok: true, value: { language: 'zh-CN' } }));
    const api = createApi(bridge);
    await expect(api.settings.setLanguage({ language: 'zh-CN' })).resolves.toEqual({ language: 'zh-CN' });
    expect(calls).toEqual([['settings.setLanguage', { language: 'zh-CN' }]]);
  });

  it('throws ApiError carrying the typed error of a refused call', async () => {
    const error = { code: 'INVALID_INPUT', message: 'The request was not valid', details: {} };
    const api = createApi(recordingBridge(() => ({ ok: false, error }) as Envelope).bridge);
    const thrown = await api.settings.get().catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as InstanceType<typeof ApiError>).error.code).toBe('INVALID_INPUT');
  });

  it('is not a thenable, so awaiting the client or an area does not call a channel named "then"', async () => {
    const { bridge, calls } = recordingBridge(() => ({ ok: true, value: null }));
    const api = createApi(bridge);
    expect(await api).toBe(api);
    expect(await api.settings).toBe(api.settings);
    expect(calls).toEqual([]);
  });
});
