import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, channel, type CallContext, type Handlers } from '../../../shared/contract';
import { createRouter } from '../../../electron/core/router';

const ctx: CallContext = { transport: 'test', operator: 'tester' };
const demo = {
  greet: {
    hello: channel<{ text: string }>()(z.strictObject({ name: z.string().min(1).max(10) })),
    fail: channel<never>()(z.undefined().optional(), ['NOT_FOUND']),
    crash: channel<never>()(z.undefined().optional()),
  },
};

function makeRouter(language: 'en' | 'zh-CN' = 'en', onInternalError?: (ref: string) => void) {
  const calls: string[] = [];
  const handlers: Handlers<typeof demo> = {
    greet: {
      hello: ({ name }) => {
        calls.push(name);
        return { text: `hello ${name}` };
      },
      fail: () => {
        throw new AppError('NOT_FOUND', { what: 'Customer 42' });
      },
      crash: () => {
        throw new Error('secret-ish internals');
      },
    },
  };
  return { router: createRouter(demo, handlers, { language: () => language, onInternalError }), calls };
}

describe('router', () => {
  it('validates the input and returns the handler result', async () => {
    const { router, calls } = makeRouter();
    expect(await router.invoke('greet.hello', { name: 'Li' }, ctx)).toEqual({ ok: true, value: { text: 'hello Li' } });
    expect(calls).toEqual(['Li']);
  });

  it('refuses an unknown channel without calling anything', async () => {
    const { router, calls } = makeRouter();
    const result = await router.invoke('greet.nope', {}, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL', details: { channel: 'greet.nope' } } });
    expect(calls).toEqual([]);
  });

  it('refuses input that fails its schema, in both languages, without calling the handler', async () => {
    const { router, calls } = makeRouter('zh-CN');
    const result = await router.invoke('greet.hello', { name: '', extra: 1 }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.messages.en).toMatch(/not valid/);
    expect(result.error.messages['zh-CN']).toMatch(/请求内容无效/);
    expect(result.error.message).toBe(result.error.messages['zh-CN']);
    expect(calls).toEqual([]);
  });

  it('maps an AppError to its typed error with details', async () => {
    const { router } = makeRouter();
    const result = await router.invoke('greet.fail', undefined, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Customer 42 was not found.' } });
  });

  it('hides unexpected failures behind INTERNAL with a reference, reported to the host', async () => {
    const refs: string[] = [];
    const { router } = makeRouter('en', (ref) => refs.push(ref));
    const result = await router.invoke('greet.crash', undefined, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toMatch(/secret-ish/);
    expect(refs).toEqual([result.error.details.ref]);
  });

  it('refuses to start when a channel has no handler', () => {
    expect(() => createRouter(demo, { greet: {} } as never, { language: () => 'en' })).toThrow(/greet.hello/);
  });
});
