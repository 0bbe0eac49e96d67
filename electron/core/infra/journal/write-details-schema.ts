// Version 5 (vouchers, issue #12): what a write carries besides counterparty and amount, the
// batch call an entry went out in, and the key that makes two intents the same write. Added
// columns are set once with the intent; the append-only triggers of version 1 still refuse
// any UPDATE or DELETE of an entry.
import type { Migration } from '../store/migrations';

const SQL = `
ALTER TABLE journal_entry ADD COLUMN details TEXT;
ALTER TABLE journal_entry ADD COLUMN batch_id TEXT;
ALTER TABLE journal_entry ADD COLUMN intent_key TEXT;
CREATE INDEX IF NOT EXISTS journal_entry_batch ON journal_entry(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS journal_entry_intent ON journal_entry(intent_key);
`;

export const writeDetailsMigration: Migration = {
  version: 5,
  name: 'vouchers: write details, batch call, intent key',
  up: (db) => db.exec(SQL),
};
