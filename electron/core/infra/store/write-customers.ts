// Customers, their balances, T2 resellers and account balances.
import type { Database, Statement } from 'better-sqlite3';
import { moneyKey, moneyText } from './money-text';
import type { WireAccountBalance, WireCustomer, WireCustomerBalance, WireIndirectPartner } from './wire';
import { int, text, type WriteContext } from './write-context';

export function customerSearchText(c: WireCustomer): string {
  return [c.customer_id, c.account_name, c.customer, c.telephone, c.email, c.xaccount_id, c.label]
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(' ')
    .toLowerCase();
}

export class CustomerWriter {
  private readonly upsertCustomer: Statement;
  private readonly upsertBalance: Statement;
  private readonly upsertReseller: Statement;
  private readonly upsertAccountBalance: Statement;

  constructor(private readonly db: Database) {
    this.upsertCustomer = db.prepare(`
      INSERT INTO customers (customer_id, account_name, customer_name, association_type, associated_on, label,
        telephone, country_code, email, verified_status, customer_type, is_frozen, customer_level, xaccount_id,
        xaccount_type, account_manager, indirect_partner_id, fetched_at, seen_run, deleted_at, search_text)
      VALUES (@customer_id, @account_name, @customer_name, @association_type, @associated_on, @label,
        @telephone, @country_code, @email, @verified_status, @customer_type, @is_frozen, @customer_level, @xaccount_id,
        @xaccount_type, @account_manager, @indirect_partner_id, @fetched_at, @seen_run, NULL, @search_text)
      ON CONFLICT (customer_id) DO UPDATE SET
        account_name = excluded.account_name, customer_name = excluded.customer_name,
        association_type = excluded.association_type, associated_on = excluded.associated_on, label = excluded.label,
        telephone = excluded.telephone, country_code = excluded.country_code, email = excluded.email,
        verified_status = excluded.verified_status, customer_type = excluded.customer_type,
        is_frozen = excluded.is_frozen, customer_level = excluded.customer_level, xaccount_id = excluded.xaccount_id,
        xaccount_type = excluded.xaccount_type, account_manager = excluded.account_manager,
        indirect_partner_id = excluded.indirect_partner_id, fetched_at = excluded.fetched_at,
        seen_run = excluded.seen_run, deleted_at = NULL,
        search_text = excluded.search_text`);
    this.upsertBalance = db.prepare(`
      INSERT INTO customer_balances (customer_id, amount, debt_amount, currency, measure_id, amount_key, debt_key, fetched_at)
      VALUES (@customer_id, @amount, @debt_amount, @currency, @measure_id, @amount_key, @debt_key, @fetched_at)
      ON CONFLICT (customer_id) DO UPDATE SET amount = excluded.amount, debt_amount = excluded.debt_amount,
        currency = excluded.currency, measure_id = excluded.measure_id, amount_key = excluded.amount_key,
        debt_key = excluded.debt_key, fetched_at = excluded.fetched_at`);
    this.upsertReseller = db.prepare(`
      INSERT INTO resellers (indirect_partner_id, account_name, name, mobile_phone, email, associated_on,
        account_manager_id, account_manager_name, fetched_at, seen_run, deleted_at)
      VALUES (@indirect_partner_id, @account_name, @name, @mobile_phone, @email, @associated_on,
        @account_manager_id, @account_manager_name, @fetched_at, @seen_run, NULL)
      ON CONFLICT (indirect_partner_id) DO UPDATE SET account_name = excluded.account_name, name = excluded.name,
        mobile_phone = excluded.mobile_phone, email = excluded.email, associated_on = excluded.associated_on,
        account_manager_id = excluded.account_manager_id, account_manager_name = excluded.account_manager_name,
        fetched_at = excluded.fetched_at, seen_run = excluded.seen_run, deleted_at = NULL`);
    this.upsertAccountBalance = db.prepare(`
      INSERT OR REPLACE INTO account_balances (owner_id, account_type, account_id, amount, designated_amount,
        credit_amount, currency, measure_id, memo, amount_key, fetched_at)
      VALUES (@owner_id, @account_type, @account_id, @amount, @designated_amount, @credit_amount, @currency,
        @measure_id, @memo, @amount_key, @fetched_at)`);
  }

  /** One page of ListSubCustomers; `indirectPartnerId` is the T2 the page was listed for (null: own). */
  customers(items: readonly WireCustomer[], indirectPartnerId: string | null, ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const c of items) {
        this.upsertCustomer.run({
          customer_id: c.customer_id,
          account_name: c.account_name ?? '',
          customer_name: text(c.customer),
          association_type: text(c.association_type),
          associated_on: text(c.associated_on),
          label: text(c.label),
          telephone: text(c.telephone),
          country_code: text(c.country_code),
          email: text(c.email),
          verified_status: text(c.verified_status),
          customer_type: int(c.customer_type),
          is_frozen: int(c.is_frozen),
          customer_level: text(c.customer_level),
          xaccount_id: text(c.xaccount_id),
          xaccount_type: text(c.xaccount_type),
          account_manager: text(c.account_managers?.[0]?.account_name),
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
          seen_run: ctx.runId,
          search_text: customerSearchText(c),
        });
      }
    })();
  }

  balances(items: readonly WireCustomerBalance[], ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const b of items) {
        const amount = moneyText(b.amount) ?? '0';
        const debt = moneyText(b.debt_amount);
        this.upsertBalance.run({
          customer_id: b.customer_id,
          amount,
          debt_amount: debt,
          currency: text(b.currency),
          measure_id: int(b.measure_id),
          amount_key: moneyKey(amount),
          debt_key: moneyKey(debt),
          fetched_at: ctx.fetchedAt,
        });
      }
    })();
  }

  resellers(items: readonly WireIndirectPartner[], ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const r of items) {
        this.upsertReseller.run({
          indirect_partner_id: r.indirect_partner_id,
          account_name: text(r.account_name),
          name: text(r.name),
          mobile_phone: text(r.mobile_phone),
          email: text(r.email),
          associated_on: text(r.associated_on),
          account_manager_id: text(r.account_manager_id),
          account_manager_name: text(r.account_manager_name),
          fetched_at: ctx.fetchedAt,
          seen_run: ctx.runId,
        });
      }
    })();
  }

  /** Replaces the balances of one owner ('' = the partner, else a T2 id) with a fresh listing. */
  accountBalances(ownerId: string, items: readonly WireAccountBalance[], ctx: WriteContext): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM account_balances WHERE owner_id = ?').run(ownerId);
      for (const b of items) {
        const amount = moneyText(b.amount) ?? '0';
        this.upsertAccountBalance.run({
          owner_id: ownerId,
          account_type: int(b.account_type) ?? 0,
          account_id: b.account_id,
          amount,
          designated_amount: moneyText(b.designated_amount),
          credit_amount: moneyText(b.credit_amount),
          currency: text(b.currency),
          measure_id: int(b.measure_id),
          memo: text(b.memo),
          amount_key: moneyKey(amount),
          fetched_at: ctx.fetchedAt,
        });
      }
    })();
  }
}
