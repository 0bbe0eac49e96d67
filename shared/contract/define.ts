// The shape every IPC channel is declared with. Both sides derive their types from
// the same declarations: the renderer's proxy (Api) and the main side's handlers
// (Handlers), so a renamed field breaks the build on both sides.
import type { z } from 'zod';
import type { ErrorCode, IpcError } from './errors';

/**
 * Policies the router applies before a channel's handler, in this order. Declared on the
 * channel, never inside a handler, so no write can forget one:
 * - single-instance: this process holds the data folder's lock (one process per folder);
 * - online: the partner API is reachable;
 * - confirmed: the input carries an unused confirmation of a preview of exactly this write;
 * - approved: the write has the approval the profile's four-eyes policy asks for.
 */
// In this order: `approved` before `confirmed`, so a refused approval does not use up the confirmation.
export const GATES = ['single-instance', 'online', 'approved', 'confirmed'] as const;
export type Gate = (typeof GATES)[number];

export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Error codes this channel may return besides the ones every channel can return. */
  readonly errors: readonly ErrorCode[];
  /** Gates the router applies before the handler (see GATES). */
  readonly gates: readonly Gate[];
  /** Phantom field carrying the result type; never present at run time. */
  readonly __result?: O;
}

/** `channel<Result>()(inputSchema, ['ERROR_CODE'], ['online'])` declares one channel. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I, errors: readonly ErrorCode[] = [], gates: readonly Gate[] = []): Channel<I, O> => ({
    input,
    errors,
    gates: [...gates].sort((a, b) => GATES.indexOf(a) - GATES.indexOf(b)),
  });
}

export type Area = Record<string, Channel>;
export type ContractShape = Record<string, Area>;

export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type ResultOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

/** "area.channel" names, e.g. "settings.setLanguage". */
export type ChannelName<K extends ContractShape> = {
  [A in keyof K & string]: `${A}.${keyof K[A] & string}`;
}[keyof K & string];

/** What the renderer calls: `api.settings.setLanguage({ language: 'zh-CN' })`. */
export type Api<K extends ContractShape> = {
  [A in keyof K]: {
    [C in keyof K[A]]: undefined extends InputOf<K[A][C]>
      ? (input?: InputOf<K[A][C]>) => Promise<ResultOf<K[A][C]>>
      : (input: InputOf<K[A][C]>) => Promise<ResultOf<K[A][C]>>;
  };
};

/** Who is calling; filled in by the transport after its own checks. */
export interface CallContext {
  readonly transport: 'electron' | 'web' | 'cli' | 'test';
  /** OS user name of the operator, recorded in the journal. */
  readonly operator: string;
}

export type Handler<C> = (
  input: ParsedInputOf<C>,
  ctx: CallContext,
) => Promise<ResultOf<C>> | ResultOf<C>;

/** One handler per channel of one area; areas are merged into the full map. */
export type AreaHandlers<K extends ContractShape, A extends keyof K> = {
  [C in keyof K[A]]: Handler<K[A][C]>;
};
export type Handlers<K extends ContractShape> = { [A in keyof K]: AreaHandlers<K, A> };

/** What travels back over either transport for every invocation. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The one function both transports implement underneath the typed proxy. */
export type Invoke = (channel: string, input: unknown) => Promise<Envelope>;
