// --state FILE keeps the data across restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, customerOf, DEMO_SP, start } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('state file', () => {
  it('replays applied operations after a restart, with the same ids and balances', async () => {
    const statePath = join(dir, 'state.json');
    const first = await start({ statePath });
    const customer = customerOf(first, DEMO_SP.domainId, { resale: true });
    const grant = await call(first, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: '12.34' } });
    const ledger = first.control.ledger();
    await first.close();

    const second = await start({ statePath, seed: 999 });
    expect(second.control.ledger()).toEqual(ledger);
    const rec = await call(second, DEMO_SP, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { trans_id: grant.json.transfer_id } });
    expect(rec.json.total_count).toBe(1);
    await second.close();
  });
});
