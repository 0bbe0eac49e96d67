// What a handler sees: the authenticated caller, the parsed request and the sandbox world.
import type { Command } from '../ledger/commands';
import type { Ledger } from '../ledger/ledger';
import type { Store } from '../ledger/store';
import type { Customer, Partner } from '../ledger/types';
import type { LaggedOperation } from '../record-lag';
import type { BillBook } from '../seed/bills';
import type { BodyReader, QueryReader } from '../validation';

export interface World {
  store: Store;
  ledger: Ledger;
  bills: BillBook;
  /** Verification codes sent per mobile (SendVerificationMessageCode). */
  codes: Map<string, { code: string; expires: number; failures: number; sent: number[] }>;
}

export interface Ctx {
  world: World;
  caller: Partner;
  now: number;
  query: QueryReader;
  body: BodyReader;
  params: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Applies a state change through the ledger (journaled, all-or-nothing). */
  apply(cmd: Command): unknown;
  /** How long a new customer's association takes (CreateSubCustomer → ListSubCustomers). */
  associationDelayMs: number;
  /** Whether a record `operation` produced at `time` shows in list APIs yet (record lag, by the sandbox clock). */
  listed(operation: LaggedOperation, time: number): boolean;
}

export interface Result {
  status: number;
  body?: unknown;
}

export type Handler = (ctx: Ctx) => Result;

/** A customer calling a customer self-service API with its own credentials. */
export interface SelfCtx {
  world: World;
  customer: Customer;
  now: number;
  query: QueryReader;
}

export interface Operation {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  /** Path template; `{name}` segments become params. */
  path: string;
  handler: Handler;
  /** Requests per second per partner (spec §1.3). */
  rateLimit?: number;
  /** Customer self-service APIs: what a customer's own credentials get. */
  selfService?: (ctx: SelfCtx) => Result;
}

export const ok = (body: unknown): Result => ({ status: 200, body });

/** Drops undefined fields so optional values are absent, not null. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
