// The typed partner API: `createPartnerApi(client)` gives one function per operation,
// grouped by area, plus a pager for the list operations.
import type { z } from 'zod';
import type { HttpClient } from '../http/client';
import type { ServerClock } from '../http/server-clock';
import type { OperationDef } from './define';
import { invoke, type CallOptions, type Result } from './invoke';
import * as operations from './operations';
import { listAll, paginate, type ItemOf, type PageInput, type PageOptions, type Paged } from './pager';

type Fn<D> = D extends OperationDef<infer I, infer O> ? (input: z.input<I>, options?: CallOptions) => Promise<Result<O>> : never;
type Area<M> = { readonly [K in keyof M as M[K] extends OperationDef ? K : never]: Fn<M[K]> };
type Areas = { readonly [A in keyof typeof operations]: Area<(typeof operations)[A]> };

export interface PartnerApi extends Areas {
  /** Every record of a list operation, page by page (its offset/limit are managed). */
  paginate<D extends Paged>(def: D, input: PageInput<D>, options?: PageOptions): AsyncGenerator<ItemOf<D>, void, undefined>;
  listAll<D extends Paged>(def: D, input: PageInput<D>, options?: PageOptions): Promise<ItemOf<D>[]>;
  /** The server's clock offset as this API's client measured it. */
  readonly serverClock?: ServerClock;
}

function bindArea(client: HttpClient, area: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(area)) {
    if (typeof def === 'object' && def !== null && 'path' in def) {
      out[name] = (input: unknown, options?: CallOptions) => invoke(client, def as OperationDef, input, options);
    }
  }
  return out;
}

export function createPartnerApi(client: HttpClient): PartnerApi {
  const areas = Object.fromEntries(Object.entries(operations).map(([name, area]) => [name, bindArea(client, area)])) as unknown as Areas;
  return {
    ...areas,
    paginate: (def, input, options) => paginate(client, def, input, options),
    listAll: (def, input, options) => listAll(client, def, input, options),
    serverClock: client.serverClock,
  };
}

export { operations };
export { invoke, validateInput, type CallOptions, type Result } from './invoke';
export { paginate, listAll, type ItemOf, type PageInput, type PageOptions, type Paged } from './pager';
export type { OperationDef, PageSpec } from './define';
export { localizeApiIssues } from './schemas/localize';
