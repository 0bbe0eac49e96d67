// Every documented error code of every operation the sandbox serves is reachable through a
// request that should cause it. The table (error-code-table.ts) holds the operation-specific
// rows; the caller-level codes are checked for every operation below; the last test proves the
// pairs tested cover the codes the spec lists per operation (transcribed here, minus legacy v1 codes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER, DEMO_EXITED_T1, type RunningSandbox } from '../../../electron/sandbox/index';
import { OPERATIONS } from '../../../electron/sandbox/router';
import { TABLE, type Request, type Row } from './error-code-table';
import { call, DEMO_SP, queryString, start, type Reply, type Signer } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 60 });
});
afterAll(() => sb.close());

function operation(name: string) {
  const op = OPERATIONS.find((o) => o.name === name);
  if (!op) throw new Error(`no operation ${name}`);
  return op;
}

const pathOf = (name: string, who: Signer): string => operation(name).path.replace('{domain_id}', who.domainId);

function send(name: string, who: Signer, req: Request = {}): Promise<Reply> {
  const op = operation(name);
  return call(sb, who, op.method, pathOf(name, who), op.method === 'GET' ? { query: req.query ?? {} } : { body: req.body ?? {} });
}

describe('operation-specific error codes', () => {
  it.each(TABLE.map((row) => [`${row.op} ${row.code}: ${row.because}`, row] as [string, Row]))('%s', async (_name, row) => {
    const req = await row.request(sb);
    const r = await send(row.op, row.as ?? DEMO_SP, req);
    expect(r.status).toBe(row.status);
    if (row.item) {
      expect(r.json.error_details).toEqual(expect.arrayContaining([expect.objectContaining({ error_code: row.code, error_msg: expect.any(String) })]));
    } else {
      expect(r.json).toMatchObject({ error_code: row.code, error_msg: expect.any(String) });
    }
  });
});

const ALL = OPERATIONS.map((o) => o.name);
const SELF_SERVICE = OPERATIONS.filter((o) => o.selfService).map((o) => o.name);

describe('caller-level error codes, for every operation', () => {
  it.each(ALL.filter((n) => !SELF_SERVICE.includes(n)))('%s: a customer\'s own credentials get 403 CBC.0151', async (name) => {
    const r = await send(name, DEMO_CUSTOMER);
    expect(r.status).toBe(403);
    expect(r.json.error_code).toBe('CBC.0151');
  });

  it.each(ALL)('%s: an IAM token gets 401 CBC.0154 (the sandbox issues none)', async (name) => {
    const op = operation(name);
    const res = await fetch(`${sb.url}${pathOf(name, DEMO_SP)}`, {
      method: op.method, headers: { 'X-Auth-Token': 'MIIexpired', ...(op.method === 'GET' ? {} : { 'Content-Type': 'application/json' }) },
      ...(op.method === 'GET' ? {} : { body: '{}' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error_code: string }).error_code).toBe('CBC.0154');
  });

  it.each(ALL)('%s: a former partner gets CBC.5001 (not a partner)', async (name) => {
    const r = await send(name, DEMO_EXITED_T1);
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe('CBC.5001');
  });

  it.each(ALL)('%s: an internal failure answers 500 CBC.0999 and changes nothing', async (name) => {
    sb.control.addFault({ operation: name, kind: 'error-before-commit', times: 1 });
    const before = sb.control.ledger();
    const r = await send(name, DEMO_SP);
    expect(r.status).toBe(500);
    expect(r.json.error_code).toBe('CBC.0999');
    expect(sb.control.ledger()).toEqual(before);
  });

  it('answers flow control in the business form (429 CBC.0250) when the fault asks for it, else APIG.0308', async () => {
    sb.control.addFault({ operation: 'ListPartnerBalances', kind: 'throttle', times: 1, code: 'CBC.0250' });
    const business = await send('ListPartnerBalances', DEMO_SP);
    expect([business.status, business.json.error_code]).toEqual([429, 'CBC.0250']);
    sb.control.addFault({ operation: 'ListPartnerBalances', kind: 'throttle', times: 1 });
    const gateway = await send('ListPartnerBalances', DEMO_SP);
    expect([gateway.status, gateway.json.error_code]).toEqual([429, 'APIG.0308']);
  });

  it('answers 404 for a path that is not published (legacy host behaviour)', async () => {
    const r = await call(sb, DEMO_SP, 'GET', `/v1.0/${DEMO_SP.domainId}/partner/account-mgr/adjust-amount${queryString({})}`);
    expect(r.status).toBe(404);
  });
});

/**
 * Error codes the spec lists per operation (§3–§6 error tables and lists), plus the codes §1.2
 * and §2.5 give for any operation ('*'). Excluded: legacy v1 codes (CBC.5002, CBC.5003, CBC.5004,
 * CBC.5021, token code CBC.0105) — they belong to retired v1 paths the sandbox does not serve.
 */
const SPEC_CODES: Record<string, string[]> = {
  CheckUserIdentity: ['CBC.0100', 'CBC.0151', 'CBC.0999'],
  SendVerificationMessageCode: ['CBC.99004015', 'CBC.0154', 'CBC.0151', 'CBC.0999'],
  CreateSubCustomer: [
    'CBC.0100', 'CBC.0101', 'CBC.50010059', 'CBC.50010065', 'CBC.50010085', 'CBC.50010086', 'CBC.99000038', 'CBC.99000029', 'CBC.99000030',
    'CBC.99000031', 'CBC.5017', 'CBC.99000036', 'CBC.99000039', 'CBC.99000004', 'CBC.99000037', 'CBC.99000051', 'CBC.99004008',
    'CBC.99004009', 'CBC.99004010', 'CBC.99005035', 'CBC.0154', 'CBC.0151', 'CBC.99000050', 'CBC.0999',
  ],
  ListSubCustomers: ['CBC.0100', 'CBC.99000037', 'CBC.0151', 'CBC.0999'],
  UpdateIndirectPartnerAccount: ['CBC.99000037', 'CBC.99005003', 'CBC.0154', 'CBC.0150', 'CBC.0151', 'CBC.0999'],
  ReclaimIndirectPartnerAccount: ['CBC.0100', 'CBC.99000037', 'CBC.99005003', 'CBC.0151', 'CBC.0999'],
  UpdateCouponQuotas: ['CBC.0100', 'CBC.99000012', 'CBC.99000037', 'CBC.0151', 'CBC.0999'],
  ReclaimCouponQuotas: ['CBC.0100', 'CBC.99000012', 'CBC.0151', 'CBC.0999'],
  ListCustomersBalancesDetail: ['CBC.0100', 'CBC.99000037', 'CBC.0151', 'CBC.0999'],
  UpdateCustomerAccountAmount: ['CBC.0100', 'CBC.99000000', 'CBC.99000035', 'CBC.99000037', 'CBC.99005003', 'CBC.0151', 'CBC.0999'],
  ReclaimToPartnerAccount: ['CBC.0100', 'CBC.99000047', 'CBC.99005003', 'CBC.99000035', 'CBC.99000037', 'CBC.0151', 'CBC.0999'],
  ListPartnerAccountChangeRecords: ['CBC.0100', 'CBC.99000037', 'CBC.0151', 'CBC.0999'],
  CreatePartnerCoupons: [
    'CBC.0100', 'CBC.99000000', 'CBC.99000012', 'CBC.99000013', 'CBC.99000014', 'CBC.99000017', 'CBC.99000018', 'CBC.99000019',
    'CBC.99000020', 'CBC.99000021', 'CBC.99000022', 'CBC.99000023', 'CBC.99000024', 'CBC.99000025', 'CBC.99000035', 'CBC.99000037',
    'CBC.50000010', 'CBC.50000020', 'CBC.50000034', 'CBC.50000054', 'CBC.50000055', 'CBC.0151', 'CBC.0999',
  ],
  ReclaimPartnerCoupons: ['CBC.0100', 'CBC.99000045', 'CBC.99000048', 'CBC.0151', 'CBC.0999'],
  '*': [
    'CBC.0150', 'CBC.0151', 'CBC.0154', 'CBC.0155', 'CBC.0156', 'CBC.0250', 'CBC.0999', 'CBC.5001', 'CBC.99000000', 'CBC.99000012',
    'CBC.99000035', 'CBC.99000037', 'CBC.99000047', 'CBC.99005003', 'CBC.99005035',
  ],
};

/** Every (operation, code) pair a test above reaches — the table plus the caller-level loops. */
const REACHED: ReadonlySet<string> = new Set([
  ...TABLE.map((row) => `${row.op} ${row.code}`),
  ...ALL.filter((n) => !SELF_SERVICE.includes(n)).map((n) => `${n} CBC.0151`),
  ...ALL.flatMap((n) => [`${n} CBC.0154`, `${n} CBC.5001`, `${n} CBC.0999`]),
  'ListPartnerBalances CBC.0250',
]);

describe('coverage', () => {
  it('reaches every code the spec lists for each served operation (and every general code somewhere)', () => {
    const missing: string[] = [];
    for (const [op, codes] of Object.entries(SPEC_CODES)) {
      expect(op === '*' || ALL.includes(op), `${op} is served`).toBe(true);
      for (const code of codes) {
        const hit = op === '*' ? [...REACHED].some((k) => k.endsWith(` ${code}`)) : REACHED.has(`${op} ${code}`);
        if (!hit) missing.push(`${op} ${code}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
