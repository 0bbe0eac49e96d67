// Offline snapshots of every list the app syncs. Money is decimal TEXT (never REAL); the
// INTEGER *_key columns hold the same amount in ten-thousandths of a unit, only to sort and
// range-filter in SQL (never shown, never summed). Every row keeps fetched_at; rows of
// "current state" lists also keep seen_run (the sync run that last listed them) and
// deleted_at (set when a complete sync no longer listed them: marked, not dropped).
import type { Migration } from './migration';

export const m001Snapshots: Migration = {
  version: 1,
  name: 'snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) STRICT;

      CREATE TABLE customers (
        customer_id TEXT PRIMARY KEY,
        account_name TEXT NOT NULL,
        customer_name TEXT, association_type TEXT, associated_on TEXT, label TEXT,
        telephone TEXT, country_code TEXT, email TEXT, verified_status TEXT,
        customer_type INTEGER, is_frozen INTEGER, customer_level TEXT,
        xaccount_id TEXT, xaccount_type TEXT, account_manager TEXT,
        indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT, deleted_at TEXT
      ) STRICT;
      CREATE INDEX customers_partner ON customers (indirect_partner_id);
      CREATE INDEX customers_name ON customers (account_name);

      CREATE TABLE customer_balances (
        customer_id TEXT PRIMARY KEY,
        amount TEXT NOT NULL, debt_amount TEXT, currency TEXT, measure_id INTEGER,
        amount_key INTEGER NOT NULL, debt_key INTEGER,
        fetched_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX customer_balances_amount ON customer_balances (amount_key);

      CREATE TABLE resellers (
        indirect_partner_id TEXT PRIMARY KEY,
        account_name TEXT, name TEXT, mobile_phone TEXT, email TEXT, associated_on TEXT,
        account_manager_id TEXT, account_manager_name TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT, deleted_at TEXT
      ) STRICT;

      -- Partner balances (owner_id '') and T2 balances (owner_id = the T2's id).
      CREATE TABLE account_balances (
        owner_id TEXT NOT NULL, account_type INTEGER NOT NULL, account_id TEXT NOT NULL,
        amount TEXT NOT NULL, designated_amount TEXT, credit_amount TEXT,
        currency TEXT, measure_id INTEGER, memo TEXT, amount_key INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (owner_id, account_type, account_id)
      ) STRICT;

      CREATE TABLE adjust_records (
        record_key TEXT PRIMARY KEY,
        trans_id TEXT, customer_id TEXT, customer_name TEXT, operation_type TEXT,
        amount TEXT, amount_key INTEGER, currency TEXT, apply_scene TEXT,
        operation_time TEXT, measure_id INTEGER, memo TEXT, indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX adjust_records_customer ON adjust_records (customer_id, operation_time);
      CREATE INDEX adjust_records_time ON adjust_records (operation_time);

      CREATE TABLE account_changes (
        scope TEXT NOT NULL, balance_type TEXT NOT NULL, account_change_id TEXT NOT NULL,
        trade_detail_type TEXT, trade_time TEXT, trade_id TEXT,
        change_amount TEXT, change_key INTEGER, balance_after_change TEXT, balance_after_key INTEGER,
        type TEXT, customer_id TEXT, account_name TEXT, currency TEXT, indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (scope, balance_type, account_change_id)
      ) STRICT;
      CREATE INDEX account_changes_time ON account_changes (trade_time);

      CREATE TABLE quotas (
        quota_id TEXT PRIMARY KEY,
        quota_type INTEGER, quota_value TEXT, quota_value_key INTEGER, balance TEXT, balance_key INTEGER,
        quota_status INTEGER, measure_id INTEGER, currency TEXT,
        create_time TEXT, last_update_time TEXT, effective_time TEXT, expire_time TEXT, limits TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT, deleted_at TEXT
      ) STRICT;

      CREATE TABLE child_quotas (
        quota_id TEXT PRIMARY KEY,
        parent_quota_id TEXT, indirect_partner_id TEXT, indirect_partner_account_name TEXT, indirect_partner_name TEXT,
        quota_type INTEGER, quota_value TEXT, quota_value_key INTEGER, balance TEXT, balance_key INTEGER,
        quota_status INTEGER, measure_id INTEGER, currency TEXT,
        create_time TEXT, last_update_time TEXT, effective_time TEXT, expire_time TEXT, limits TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT, deleted_at TEXT
      ) STRICT;

      CREATE TABLE issued_coupons (
        coupon_id TEXT PRIMARY KEY,
        customer_id TEXT, coupon_type INTEGER, status INTEGER,
        face_value TEXT, face_value_key INTEGER, balance TEXT, balance_key INTEGER, measure_id INTEGER,
        effective_time TEXT, expire_time TEXT, create_time TEXT, active_time TEXT, last_used_time TEXT,
        order_id TEXT, lock_order_id TEXT, promotion_plan_id TEXT, promotion_plan_name TEXT, is_frozen TEXT,
        indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT, deleted_at TEXT
      ) STRICT;
      CREATE INDEX issued_coupons_customer ON issued_coupons (customer_id);

      CREATE TABLE coupon_records (
        id TEXT PRIMARY KEY,
        operation_type TEXT, quota_id TEXT, quota_type INTEGER, coupon_id TEXT, customer_id TEXT,
        operation_amount TEXT, operation_amount_key INTEGER, operation_time TEXT, result TEXT, remark TEXT,
        indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX coupon_records_time ON coupon_records (operation_time);

      -- Monthly sums per customer / service / resource type / bill type / charge mode.
      CREATE TABLE bill_sums (
        line_key TEXT PRIMARY KEY,
        cycle TEXT NOT NULL, customer_id TEXT NOT NULL,
        cloud_service_type TEXT, cloud_service_type_name TEXT, resource_type_code TEXT, resource_type_name TEXT,
        bill_type TEXT, charge_mode TEXT,
        amount TEXT NOT NULL, amount_key INTEGER NOT NULL, debt_amount TEXT, adjustment_amount TEXT, discount_amount TEXT,
        currency TEXT, measure_id INTEGER, account_details TEXT, indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT
      ) STRICT;
      CREATE INDEX bill_sums_cycle ON bill_sums (cycle, customer_id);
      CREATE INDEX bill_sums_customer ON bill_sums (customer_id, cycle);

      CREATE TABLE bill_details (
        id TEXT PRIMARY KEY,
        bill_cycle TEXT NOT NULL, customer_id TEXT NOT NULL,
        service_type_code TEXT, service_type_name TEXT, resource_type_code TEXT, resource_type_name TEXT,
        resource_id TEXT, resource_name TEXT, region_name TEXT, charging_mode TEXT, bill_detail_type TEXT,
        trade_time TEXT, official_amount TEXT, official_amount_key INTEGER, discount_amount TEXT, payment_amount TEXT,
        payment_amount_key INTEGER, cash_amount TEXT, credit_amount TEXT, coupon_amount TEXT, debt_amount TEXT,
        indirect_partner_id TEXT,
        fetched_at TEXT NOT NULL, seen_run TEXT
      ) STRICT;
      CREATE INDEX bill_details_cycle ON bill_details (bill_cycle, customer_id);

      -- One row per synced list: the as-of time screens show, and the checkpoint a resume uses.
      CREATE TABLE sync_lists (
        list TEXT PRIMARY KEY,
        as_of TEXT, state TEXT NOT NULL DEFAULT 'idle', done INTEGER NOT NULL DEFAULT 0, total INTEGER,
        checkpoint TEXT, failures TEXT, note TEXT,
        last_started_at TEXT, last_finished_at TEXT,
        -- Records lists: the end of the window fetched completely; the next sync starts here.
        window_end TEXT
      ) STRICT;
    `);
  },
};
