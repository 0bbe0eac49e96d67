// Loopback control API under /_sandbox/ (unsigned, loopback only): faults, record lag, ledger, log, clock, reset.
import type { IncomingMessage } from 'node:http';
import { DEMO_ACCOUNTS, DEMO_INTL, DEMO_T2S } from './accounts';
import { FAULT_BODIES, FAULT_KINDS, type FaultSpec } from './faults';
import { DEMO_FIXTURE_ACCOUNTS } from './fixture-accounts';
import { LAGGED_OPERATIONS, type RecordLagSpec } from './record-lag';
import { OPERATION_NAMES } from './router';
import type { Sandbox } from './sandbox';

export interface ControlAnswer {
  status: number;
  body?: unknown;
}

export function isLoopback(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

/**
 * The Host header must name the loopback too: a web page that rebinds its own name to 127.0.0.1
 * (DNS rebinding) reaches us from a loopback socket but with its own Host.
 */
export function isLoopbackHost(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

/** Customers for tests to act on, e.g. ?owner=<partner id>&association_type=2&funded=true&limit=5. */
function customers(sb: Sandbox, q: URLSearchParams) {
  const owner = q.get('owner');
  const type = q.get('association_type');
  const funded = q.get('funded');
  const limit = Math.min(Number(q.get('limit') ?? 20) || 20, 1000);
  const out = [];
  for (const c of owner ? sb.world.store.customersByOwner.get(owner) ?? [] : sb.world.store.customers) {
    if (type && c.associationType !== type) continue;
    if (funded === 'true' && c.balance === undefined) continue;
    if (funded === 'false' && c.balance !== undefined) continue;
    out.push({ id: c.id, accountName: c.accountName, ownerId: c.ownerId, associationType: c.associationType, balance: c.balance?.toFixed(2) ?? null, isFrozen: c.isFrozen });
    if (out.length >= limit) break;
  }
  return out;
}

/** `/_sandbox/record-lag`: list, set `{operation, seconds}`, clear, and remove one (`/_sandbox/record-lag/OP`). */
function recordLag(sb: Sandbox, route: string, body: unknown): ControlAnswer | undefined {
  const listed = (): ControlAnswer => ({ status: 200, body: { lags: sb.recordLag.list(), operations: LAGGED_OPERATIONS } });
  if (route === 'GET /_sandbox/record-lag') return listed();
  if (route === 'POST /_sandbox/record-lag') {
    try {
      sb.recordLag.set((body ?? {}) as RecordLagSpec);
    } catch (e) {
      return { status: 400, body: { error: (e as Error).message } };
    }
    return listed();
  }
  if (route === 'DELETE /_sandbox/record-lag') {
    sb.recordLag.clear();
    return { status: 204 };
  }
  const one = /^DELETE \/_sandbox\/record-lag\/([^/]+)$/.exec(route);
  if (one) return sb.recordLag.remove(decodeURIComponent(one[1] as string)) ? { status: 204 } : { status: 404, body: { error: 'no record lag for that operation' } };
  return undefined;
}

export function handleControl(sb: Sandbox, method: string, url: URL, body: unknown): ControlAnswer {
  const path = url.pathname.replace(/\/+$/, '');
  const route = `${method} ${path}`;
  if (route === 'GET /_sandbox') {
    return {
      status: 200,
      body: {
        accounts: DEMO_ACCOUNTS, intlAccount: DEMO_INTL, fixtureAccounts: DEMO_FIXTURE_ACCOUNTS, resellers: DEMO_T2S, operations: OPERATION_NAMES, faultKinds: FAULT_KINDS,
        faultBodies: FAULT_BODIES, recordLagOperations: LAGGED_OPERATIONS, recordLags: sb.recordLag.list(), spec: sb.spec,
      },
    };
  }
  if (route === 'GET /_sandbox/ledger') return { status: 200, body: sb.ledger() };
  if (route === 'GET /_sandbox/log') return { status: 200, body: { entries: sb.log(Number(url.searchParams.get('since') ?? 0) || 0) } };
  if (route === 'GET /_sandbox/customers') return { status: 200, body: { customers: customers(sb, url.searchParams) } };
  if (route === 'GET /_sandbox/faults') return { status: 200, body: { faults: sb.faults.list() } };
  if (route === 'POST /_sandbox/faults') {
    try {
      return { status: 201, body: sb.faults.add(body as FaultSpec) };
    } catch (e) {
      return { status: 400, body: { error: (e as Error).message } };
    }
  }
  if (route === 'DELETE /_sandbox/faults') {
    sb.faults.clear();
    return { status: 204 };
  }
  const one = /^DELETE \/_sandbox\/faults\/(\d+)$/.exec(route);
  if (one) return sb.faults.remove(Number(one[1])) ? { status: 204 } : { status: 404, body: { error: 'no such fault' } };
  const lag = recordLag(sb, route, body);
  if (lag) return lag;
  if (route === 'GET /_sandbox/clock') return { status: 200, body: { offsetSeconds: sb.clockOffsetMs / 1000, now: new Date(sb.now()).toISOString() } };
  if (route === 'POST /_sandbox/clock') {
    const offset = (body as { offsetSeconds?: unknown } | null)?.offsetSeconds;
    if (typeof offset !== 'number' || !Number.isFinite(offset)) return { status: 400, body: { error: 'offsetSeconds (number) required' } };
    sb.setClockOffset(offset * 1000);
    return { status: 200, body: { offsetSeconds: offset, now: new Date(sb.now()).toISOString() } };
  }
  if (route === 'GET /_sandbox/association-delay') return { status: 200, body: { seconds: sb.associationDelayMs / 1000 } };
  if (route === 'POST /_sandbox/association-delay') {
    const seconds = (body as { seconds?: unknown } | null)?.seconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return { status: 400, body: { error: 'seconds (number ≥ 0) required' } };
    sb.associationDelayMs = seconds * 1000;
    return { status: 200, body: { seconds } };
  }
  if (route === 'POST /_sandbox/reset') {
    sb.reset();
    return { status: 204 };
  }
  return { status: 404, body: { error: `unknown control endpoint ${route}` } };
}
