// Full-text search over customers: FTS5 with the trigram tokenizer, which matches any
// substring of three or more characters — Chinese names (no word boundaries), Latin names,
// ids, phones and e-mails alike. Shorter queries (e.g. a two-character Chinese name) cannot
// use a trigram index; they fall back to instr() on search_text, a lower-cased copy of the
// same fields kept in the row.
import type { Migration } from './migration';

export const m002CustomerSearch: Migration = {
  version: 2,
  name: 'customer-search',
  up(db) {
    db.exec(`
      ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      UPDATE customers SET search_text = lower(
        customer_id || ' ' || account_name || ' ' || ifnull(customer_name, '') || ' ' || ifnull(telephone, '') || ' ' ||
        ifnull(email, '') || ' ' || ifnull(xaccount_id, '') || ' ' || ifnull(label, ''));
      CREATE VIRTUAL TABLE customers_fts USING fts5(
        search_text, content = 'customers', content_rowid = 'rowid', tokenize = 'trigram'
      );
      INSERT INTO customers_fts (rowid, search_text) SELECT rowid, search_text FROM customers;
      CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      END;
      CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers
        WHEN old.search_text IS NOT new.search_text BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO customers_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
    `);
  },
};
