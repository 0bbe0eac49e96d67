// What keeps the customers table fast at 100,000 rows: a case-insensitive name index (the
// default sort), a balance sort key copied onto the customer row (sorting and range-filtering
// through a join would sort every row), and a narrow index over search_text that a 1–2
// character search scans instead of the whole table.
import type { Migration } from './migration';

export const m004CustomerReviewIndexes: Migration = {
  version: 4,
  name: 'customer-review-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX customers_name_nocase ON customers (account_name COLLATE NOCASE);
      CREATE INDEX customers_customer_name ON customers (customer_name);
      CREATE INDEX customers_associated_on ON customers (associated_on);
      CREATE INDEX customers_search ON customers (search_text);
      CREATE INDEX customers_deleted ON customers (deleted_at) WHERE deleted_at IS NOT NULL;

      ALTER TABLE customers ADD COLUMN balance_key INTEGER;
      UPDATE customers SET balance_key = (SELECT amount_key FROM customer_balances b WHERE b.customer_id = customers.customer_id);
      CREATE INDEX customers_balance ON customers (balance_key);
      CREATE TRIGGER customer_balance_key_insert AFTER INSERT ON customer_balances BEGIN
        UPDATE customers SET balance_key = new.amount_key WHERE customer_id = new.customer_id;
      END;
      CREATE TRIGGER customer_balance_key_update AFTER UPDATE OF amount_key ON customer_balances BEGIN
        UPDATE customers SET balance_key = new.amount_key WHERE customer_id = new.customer_id;
      END;
      CREATE TRIGGER customer_balance_key_delete AFTER DELETE ON customer_balances BEGIN
        UPDATE customers SET balance_key = NULL WHERE customer_id = old.customer_id;
      END;
      CREATE TRIGGER customer_balance_key_new_customer AFTER INSERT ON customers BEGIN
        UPDATE customers SET balance_key = (SELECT amount_key FROM customer_balances WHERE customer_id = new.customer_id)
        WHERE rowid = new.rowid;
      END;
    `);
  },
};
