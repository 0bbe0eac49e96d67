// The voucher screens' read side: the T1's quota grant/reclaim log (ListCouponQuotasRecords,
// not kept before), the quotas' restrictions as structured JSON (the `limits` text stays for
// search and export; the screens put the JSON into words), and the indexes a customer's
// vouchers and the "actually reclaimed" amount of a coupon are looked up by.
import type { Migration } from './migration';

export const m005VoucherReadSide: Migration = {
  version: 5,
  name: 'voucher-read-side',
  up(db) {
    db.exec(`
      ALTER TABLE quotas ADD COLUMN limit_infos TEXT;
      ALTER TABLE child_quotas ADD COLUMN limit_infos TEXT;
      CREATE INDEX child_quotas_partner ON child_quotas (indirect_partner_id);
      CREATE INDEX coupon_records_coupon ON coupon_records (coupon_id, operation_type);

      CREATE TABLE quota_records (
        id TEXT PRIMARY KEY,
        operator TEXT, operation_type TEXT, quota_id TEXT, parent_quota_id TEXT,
        amount TEXT, amount_key INTEGER, operation_time TEXT, result TEXT,
        indirect_partner_id TEXT, indirect_partner_account_name TEXT, indirect_partner_name TEXT, remark TEXT,
        fetched_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quota_records_time ON quota_records (operation_time);
      CREATE INDEX quota_records_quota ON quota_records (quota_id);
    `);
  },
};
