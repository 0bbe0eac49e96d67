// A solo operations file moved into the team database, once: the team journal then shows
// exactly what the SQLite journal showed (same ids, operators, times, states, claims), and
// its unresolved entries block their twins for every workstation.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openJournalDb } from '../../electron/core/infra/journal/database';
import { Journal } from '../../electron/core/infra/journal/journal';
import { clientConfig } from '../../electron/core/infra/team/connection';
import { importSoloOperations } from '../../electron/core/infra/team/solo-import';
import { PlanRepository } from '../../electron/core/plans/plan-repository';
import { ensureInvoicesSchema } from '../../electron/core/infra/journal/invoices-schema';
import { InvoiceRepository } from '../../electron/core/invoices/invoice-repository';
import type { InvoiceAmounts } from '../../shared/contract/channels/invoices';
import { useTeamSuite } from './support';

const suite = useTeamSuite();
const clients: pg.Client[] = [];
afterAll(() => Promise.all(clients.map((c) => c.end())));
const connect = async (user: string) => {
  const c = new pg.Client(clientConfig(suite.t.config(user)));
  await c.connect();
  clients.push(c);
  return c;
};

/** A solo file with history: done, unknown, a retry chain, a plan item, a roster change, a used confirmation. */
function soloFile() {
  const db = openJournalDb(':memory:');
  let clock = Date.parse('2026-03-02T08:00:00.000Z');
  const j = new Journal(db, () => new Date((clock += 1_500)));
  const base = { operator: 'Zhang Wei', profileId: 'p1', profileName: '华云', operation: 'fundCustomer' as const, counterpartyId: 'c1', counterpartyName: '客户一', amount: '100.00', currency: 'CNY' };
  const done = j.begin(base);
  j.append(done.id, { state: 'sent', operator: 'Zhang Wei' });
  j.append(done.id, { state: 'done', operator: 'Zhang Wei', requestId: 'req-1', transId: 'AD-1' });
  const lost = j.begin({ ...base, counterpartyId: 'c2', amount: '20.50' });
  j.append(lost.id, { state: 'sent', operator: 'Zhang Wei' });
  j.append(lost.id, { state: 'unknown', operator: 'Zhang Wei', message: 'timeout' });
  const missed = j.begin({ ...base, operator: 'Li Na', counterpartyId: 'c3', planId: 'plan-1', planItemId: '0' });
  j.append(missed.id, { state: 'reconciled-not-applied', operator: 'Li Na', evidence: { window: { from: 'a', to: 'b' }, candidates: 0, claimedByOthers: 0, neverSent: true } });
  const resend = j.begin({ ...base, operator: 'Li Na', counterpartyId: 'c3', planId: 'plan-1', planItemId: '0', retryOf: missed.id });
  j.append(resend.id, { state: 'failed', operator: 'Li Na', code: 'CBC.99005003', message: 'insufficient' });
  j.useConfirmation('hash-1', 'Zhang Wei', 'money.execute');
  db.prepare("INSERT INTO approval_policy_event (at, operator, account, change, subject, before_json, after_json) VALUES ('2026-03-01T00:00:00.000Z', 'Li Na', 'acct', 'policy-set', 'single-operation-limit', NULL, '{\"singleOperationLimit\":\"5000.00\"}')").run();
  db.prepare(`INSERT INTO plans (id, name, kind, status, author, created_at, updated_at, requires_approval, content_hash, total)
              VALUES ('plan-1', '三月', 'fundCustomer', 'finished', 'Li Na', '2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', 1, 'h', '100.00')`).run();
  db.prepare(`INSERT INTO plan_items (plan_id, idx, counterparty_id, amount, memo, outcome, attempts, journal_entry_id, updated_at)
              VALUES ('plan-1', 0, 'c3', '100.00', '', 'failed', 2, ?, '2026-03-02T00:00:00.000Z')`).run(resend.id);
  // An invoice of ours, issued and numbered: its number stays taken team-wide.
  const invoices = new InvoiceRepository(ensureInvoicesSchema(db), () => new Date('2026-03-02T09:00:00.000Z'));
  const amounts = { currency: 'CNY', amount: '12.30', cashAmount: '12.30', voucherAmount: '0.00', customerName: '客户一', billsAsOf: null, lines: [] } as unknown as InvoiceAmounts;
  const invoice = invoices.create({ kind: 'customer', basis: 'customerPeriod', invoiceType: 'ordinary-electronic', period: { fromMonth: '2026-02', toMonth: '2026-02' }, customerId: 'c1', details: { titleType: 'individual', title: '客户一', email: 'c1@example.com' }, amounts }, 'Zhang Wei', 'p1');
  invoices.setStatus(invoice.id, 'issued', 'Zhang Wei', {});
  return { db, j, lost, invoices };
}

describe('moving a solo operations file into the team database', () => {
  it('is refused to an operator: only an administrator may keep records under their original operators', async () => {
    const { db } = soloFile();
    await expect(importSoloOperations(await connect(suite.t.alice), db, 'acct')).rejects.toMatchObject({ code: 'TEAM_IMPORT_NEEDS_OWNER', details: { role: suite.t.alice } });
  });

  it('keeps every entry as the solo journal shows it, and its unresolved entries block twins team-wide', async () => {
    const { db, j, lost, invoices } = soloFile();
    const report = await importSoloOperations(await connect(suite.t.admin), db, 'acct');
    expect(report).toEqual({ entries: 4, events: 10, confirmations: 1, rosterEvents: 1, plans: 1, invoices: 1 });
    expect(await suite.bob.invoices.list('customer')).toEqual(invoices.list('customer'));
    expect(await suite.bob.journal.list()).toEqual(j.list());
    expect(await suite.alice.journal.isClaimed('AD-1')).toBe(true);
    expect(await suite.alice.journal.useConfirmation('hash-1', 'x', 'money.execute')).toBe(false);
    await expect(suite.alice.journal.begin({ operator: 'x', profileId: 'p1', profileName: 'Team', operation: 'fundCustomer', counterpartyId: 'c2', amount: '20.50', currency: 'CNY' }, { refuseUnresolvedTwin: true }))
      .rejects.toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE', details: { id: lost.id } });
    const plan = await suite.bob.pool.query('SELECT author, status, requires_approval FROM plans WHERE id = $1', ['plan-1']);
    expect(plan.rows).toEqual([{ author: 'Li Na', status: 'finished', requires_approval: true }]);
    // The plans area reads the same plans, rows and items from the team store as from the file.
    const solo = new PlanRepository(db);
    expect(await suite.bob.plans.list()).toEqual(solo.list());
    expect(await suite.bob.plans.items('plan-1')).toEqual(solo.items('plan-1'));
  });

  it('happens once: a second file is refused, nothing is doubled', async () => {
    const { db } = soloFile();
    await expect(importSoloOperations(await connect(suite.t.admin), db, 'acct')).rejects.toMatchObject({ code: 'TEAM_IMPORT_ALREADY_DONE', details: { entries: 4 } });
    expect((await suite.bob.journal.list()).total).toBe(4);
  });
});
