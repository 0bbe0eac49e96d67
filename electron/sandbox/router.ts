// Maps (method, path) to an operation of the spec's summary table.
import { billOperations } from './handlers/bills';
import type { Operation } from './handlers/context';
import { couponOperations } from './handlers/coupons';
import { customerOperations } from './handlers/customers';
import { fundingOperations } from './handlers/funding';
import { intlOperations } from './handlers/intl';
import { realnameOperations } from './handlers/realname';
import { resellerOperations } from './handlers/resellers';

export const OPERATIONS: readonly Operation[] = [
  ...customerOperations, ...resellerOperations, ...fundingOperations, ...couponOperations, ...billOperations, ...intlOperations, ...realnameOperations,
];

interface Compiled { op: Operation; re: RegExp; names: string[] }

const compiled: Compiled[] = OPERATIONS.map((op) => {
  const names: string[] = [];
  const re = new RegExp(`^${op.path.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
  return { op, re, names };
});

export type RouteMatch = { op: Operation; params: Record<string, string> } | { op: undefined; methodMismatch: boolean };

export function route(method: string, path: string): RouteMatch {
  let methodMismatch = false;
  for (const c of compiled) {
    const m = c.re.exec(path);
    if (!m) continue;
    if (c.op.method !== method) {
      methodMismatch = true;
      continue;
    }
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] ?? '')));
    return { op: c.op, params };
  }
  return { op: undefined, methodMismatch };
}

export const OPERATION_NAMES: readonly string[] = OPERATIONS.map((o) => o.name);
