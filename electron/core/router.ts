// channel name -> validate input -> the channel's gates -> handler -> typed result or typed error.
// Both transports (Electron IPC and the web host) call `invoke`; neither trusts its input.
// Gates are declared on the channel in shared/contract and applied here, in GATES order;
// the handler then runs in a gate scope the write executor checks (writes/gate-scope.ts).
import { randomUUID } from 'node:crypto';
import {
  AppError,
  toIpcError,
  type CallContext,
  type ContractShape,
  type Envelope,
  type Gate,
  type Handlers,
  type Language,
} from '../../shared/contract';
import { localizeIssues, summarize } from './validation-messages';
import { runInGateScope } from './infra/writes/gate-scope';

/** One gate's check: throws an AppError to refuse the call. Gets the validated input. */
export type GateCheck = (call: { readonly channel: string; readonly input: unknown; readonly ctx: CallContext }) => void | Promise<void>;

export interface RouterOptions {
  readonly language: () => Language;
  /** Called with unexpected failures; never with inputs (they may hold secrets). */
  readonly onInternalError?: (ref: string, channel: string, error: unknown) => void;
  /** The check behind every gate a channel declares; a declared gate without one stops start-up. */
  readonly gates?: Partial<Record<Gate, GateCheck>>;
}

export interface Router {
  readonly channels: readonly string[];
  /** The gates applied to each channel, as declared in the contract. */
  gatesOf(channel: string): readonly Gate[];
  invoke(channel: string, input: unknown, ctx: CallContext): Promise<Envelope>;
}

type AnyHandler = (input: unknown, ctx: CallContext) => unknown;
type Entry = {
  readonly schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } };
  readonly handler: AnyHandler;
  readonly gates: readonly Gate[];
};

export function createRouter<K extends ContractShape>(
  contract: K,
  handlers: Handlers<K>,
  options: RouterOptions,
): Router {
  const table = new Map<string, Entry>();
  for (const [area, channels] of Object.entries(contract)) {
    const areaHandlers = (handlers as Record<string, Record<string, AnyHandler> | undefined>)[area];
    for (const [name, def] of Object.entries(channels)) {
      const handler = areaHandlers?.[name];
      if (typeof handler !== 'function') throw new Error(`No handler registered for ${area}.${name}`);
      const gates = def.gates ?? [];
      for (const g of gates) if (!options.gates?.[g]) throw new Error(`No check registered for gate "${g}" of ${area}.${name}`);
      table.set(`${area}.${name}`, { schema: def.input, handler, gates });
    }
  }

  const fail = (code: Parameters<typeof toIpcError>[0], details: Record<string, unknown>): Envelope => ({
    ok: false,
    error: toIpcError(code, details, options.language()),
  });

  return {
    channels: [...table.keys()],
    gatesOf: (channel) => table.get(channel)?.gates ?? [],
    async invoke(channel, input, ctx) {
      const entry = typeof channel === 'string' ? table.get(channel) : undefined;
      if (!entry) return fail('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 100) });
      const parsed = entry.schema.safeParse(input);
      if (!parsed.success) {
        const issues = localizeIssues(parsed.error as never);
        return fail('INVALID_INPUT', {
          channel,
          issues,
          summaryEn: summarize(issues, 'en'),
          summaryZh: summarize(issues, 'zh'),
        });
      }
      try {
        for (const g of entry.gates) await options.gates![g]!({ channel, input: parsed.data, ctx });
        const value = await runInGateScope(channel, entry.gates, () => entry.handler(parsed.data, ctx));
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, { ...error.details });
        const ref = randomUUID().slice(0, 8);
        options.onInternalError?.(ref, channel, error);
        return fail('INTERNAL', { ref });
      }
    },
  };
}
