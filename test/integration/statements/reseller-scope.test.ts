// A T1's statements for one T2 and its customers: only that T2's customers, each counted once
// although the T1 syncs their bills in its own scope and in the T2's; the T2's own grants from
// the T1 in the period and its balance; the workbook says so on its summary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { addMonths, beijingMonthOf } from '../../../electron/core/statements/period';
import { exportStatements } from '../../../electron/core/statements/statement-export';
import { computeSet } from '../../../electron/core/statements/statements-service';
import { syncRig, type SyncRig } from '../sync/harness';

let rig: SyncRig;
let dir: string;
let months: string[];

beforeAll(async () => {
  rig = await syncRig('T1', { customers: 200, seed: 31 });
  const current = beijingMonthOf(new Date().toISOString());
  months = Array.from({ length: 14 }, (_, i) => addMonths(current, -13 + i));
  rig.service.start({ months, recordsFrom: new Date(Date.now() - 5 * 365 * 86400_000).toISOString().slice(0, 10) });
  await rig.service.whenIdle();
  dir = mkdtempSync(join(tmpdir(), 'pd-t2-'));
}, 180_000);

afterAll(async () => {
  await rig.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a T2 with its customers (T1)', () => {
  it('lists only its customers, agreeing with the ledger, and its own movements with the T1', async () => {
    const world = rig.sandbox.control.sandbox.world;
    const t2 = [...world.store.partners.values()].find((p) => p.role === 'T2' && (world.store.customersByOwner.get(p.id)?.length ?? 0) > 10)!;
    // This month the T1 funds the T2 twice and takes part back.
    const t1 = rig.sandbox.accounts.find((a) => a.role === 'T1')!;
    const client = createHttpClient({ endpoint: rig.sandbox.url, credentials: { ak: t1.ak, domainId: t1.domainId, getSecret: async () => t1.sk }, maxReadRetries: 0 });
    try {
      const api = createPartnerApi(client);
      await api.resellers.updateIndirectPartnerAccount({ indirect_partner_id: t2.id, amount: '500.00' });
      await api.resellers.updateIndirectPartnerAccount({ indirect_partner_id: t2.id, amount: '20.50' });
      await api.resellers.reclaimIndirectPartnerAccount({ indirect_partner_id: t2.id, amount: '100.25' });
    } finally {
      client.close();
    }
    // The records window ends at the sync's start, in whole seconds (the API's time format).
    await new Promise((r) => setTimeout(r, 1100));
    rig.service.start({ lists: ['resellers', 'adjustRecords'] });
    await rig.service.whenIdle();
    const current = months.at(-1)!;
    const set = computeSet(rig.store.db, { period: { fromMonth: months[1]!, toMonth: current }, indirectPartnerId: t2.id }, true);
    expect(set.reseller).toMatchObject({ indirectPartnerId: t2.id, granted: '520.50', reclaimed: '100.25', syncedBalance: t2.cash.toFixed(2) });
    const own = new Set((world.store.customersByOwner.get(t2.id) ?? []).filter((c) => c.associationType === '2').map((c) => c.id));
    expect(set.statements.length).toBeGreaterThan(0);
    for (const s of set.statements) {
      expect(own.has(s.row.customerId)).toBe(true);
      expect(s.row.reason).toBe('none');
      expect(s.row.closing).toBe((world.store.customerById.get(s.row.customerId)!.balance ?? new Decimal(0)).toFixed(2));
    }
    const last = months[12]!;
    const monthSet = computeSet(rig.store.db, { period: { fromMonth: last, toMonth: last }, indirectPartnerId: t2.id }, false);
    for (const s of monthSet.statements) {
      const cash = world.bills.lines(world.store.customerById.get(s.row.customerId)!, last).reduce((a, l) => a + l.cashCents, 0);
      expect(s.row.cashConsumed).toBe(new Decimal(cash).div(100).toFixed(2));
    }
    const out = await exportStatements(set, dir, 'xlsx', 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    const summary = wb.worksheets[0]!;
    const texts: string[] = [];
    summary.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain(t2.id);
  });
});
