// Test helpers for plans: a profile store with a few customers, T2s and balances, and a plans
// service over it with a journaled executor on a scripted wire.
import type { Database } from 'better-sqlite3';
import { createMoneyExecutor, Journal, openJournalDb, type MoneyExecutor, type MoneyWire } from '../../../electron/core/money';
import type { PlanMoneyPort } from '../../../electron/core/plans/run/money-port';
import { storeReferenceSource } from '../../../electron/core/plans/store-reference';
import { PlansService } from '../../../electron/core/services/plans/plans-service';
import { LocalStore } from '../../../electron/core/store/local-store';

export const FETCHED = '2026-01-05T08:00:00.000Z';

export interface SeedCustomer {
  id: string;
  login: string;
  name?: string;
  association?: '1' | '2';
  t2?: string | null;
  balance?: string | null;
}

export function seedStore(db: Database, seed: { customers: SeedCustomer[]; allocatable?: string; t2s?: { id: string; balance: string }[] }): void {
  const c = db.prepare('INSERT INTO customers (customer_id, account_name, customer_name, association_type, indirect_partner_id, fetched_at) VALUES (?, ?, ?, ?, ?, ?)');
  const b = db.prepare('INSERT INTO customer_balances (customer_id, amount, amount_key, fetched_at) VALUES (?, ?, 0, ?)');
  for (const x of seed.customers) {
    c.run(x.id, x.login, x.name ?? x.login, x.association ?? '2', x.t2 ?? null, FETCHED);
    if (x.balance != null) b.run(x.id, x.balance, FETCHED);
  }
  const a = db.prepare('INSERT INTO account_balances (owner_id, account_type, account_id, amount, designated_amount, amount_key, fetched_at) VALUES (?, ?, ?, ?, ?, 0, ?)');
  if (seed.allocatable) a.run('', 1, 'ACC-P', seed.allocatable, '0', FETCHED);
  const r = db.prepare('INSERT INTO resellers (indirect_partner_id, name, fetched_at) VALUES (?, ?, ?)');
  for (const t of seed.t2s ?? []) {
    r.run(t.id, `T2 ${t.id}`, FETCHED);
    a.run(t.id, 1, `ACC-${t.id}`, t.balance, null, FETCHED);
  }
}

export function executorPort(ex: MoneyExecutor): PlanMoneyPort {
  return {
    execute: (i) => ex.execute(i, { operator: i.operator }),
    reconcile: (id, operator) => ex.reconcile(id, { operator }),
    entriesOf: (planId, itemId) => ex.journal.byPlanItem(planId, itemId),
  };
}

export function journaledExecutor(wire: MoneyWire, file = ':memory:'): MoneyExecutor {
  return createMoneyExecutor({
    journal: new Journal(openJournalDb(file)),
    wire,
    profile: { id: 'p1', name: 'Test', currency: 'CNY' },
    reconcile: { settleMs: 0 },
  });
}

export function serviceOver(store: LocalStore, money: PlanMoneyPort | null = null): PlansService {
  const db = () => store.db;
  return new PlansService({
    db,
    reference: storeReferenceSource(db),
    money: () => money,
    onProgress: () => undefined,
    runner: { concurrency: 8 },
  });
}

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export function customers(n: number, prefix = 'c'): SeedCustomer[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(4, '0')}`, login: `${prefix}-login-${i}`, balance: '100.00' }));
}
