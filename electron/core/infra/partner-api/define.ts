// One partner-API operation as data: route, site, money flag, and the zod schemas whose
// output is exactly the wire request and the typed result.
import type { z } from 'zod';
import type { Site } from '../http/endpoint';

export interface PageSpec {
  /** Array field holding the page's records. */
  readonly items: string;
  /** `count` or `total_count` (§2.1); null when the operation has none (ListSubCustomerNewTag, §11.2). */
  readonly count: 'count' | 'total_count' | null;
  readonly maxLimit: number;
  /** Intl ListInvoices pages by page number, not record offset (§7.7). */
  readonly offsetIs?: 'record' | 'page';
}

export interface OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Wire path; `{domain_id}` is filled from the credentials. */
  readonly path: string;
  /** Where the validated input goes. */
  readonly in: 'query' | 'body';
  readonly sites: readonly Site[];
  /** §9 "money-moving": never retried, ambiguous results are `unknown`. */
  readonly moneyMoving: boolean;
  /** §1.3; default 10/s. */
  readonly ratePerSecond?: number;
  readonly input: I;
  readonly output: O;
  /** Input fields sent as headers instead, e.g. { x_language: 'X-Language' }. */
  readonly headerFields?: Readonly<Record<string, string>>;
  readonly page?: PageSpec;
}

export const BOTH: readonly Site[] = ['cn', 'intl'];
export const CN: readonly Site[] = ['cn'];
export const INTL: readonly Site[] = ['intl'];

/** Keeps the literal type of a definition (schemas, page spec) for typed functions and pagers. */
export function op<const D extends OperationDef>(def: D): D {
  return def;
}
