// One profile's local database and the writers over it. Queries live in ./queries.
import type { Database } from 'better-sqlite3';
import { openDatabase, type OpenOptions } from './open-database';
import { SyncStateStore, markMissing, type MarkableTable } from './sync-state';
import { BillWriter } from './write-bills';
import { CustomerWriter } from './write-customers';
import { RecordWriter } from './write-records';
import { VoucherWriter } from './write-vouchers';

export class LocalStore {
  readonly customers: CustomerWriter;
  readonly records: RecordWriter;
  readonly vouchers: VoucherWriter;
  readonly bills: BillWriter;
  readonly lists: SyncStateStore;

  constructor(readonly db: Database, readonly file: string) {
    this.customers = new CustomerWriter(db);
    this.records = new RecordWriter(db);
    this.vouchers = new VoucherWriter(db);
    this.bills = new BillWriter(db);
    this.lists = new SyncStateStore(db);
  }

  static open(file: string, options?: OpenOptions): LocalStore {
    return new LocalStore(openDatabase(file, options), file);
  }

  markMissing(table: MarkableTable, runId: string, at: string): number {
    return markMissing(this.db, table, runId, at);
  }

  close(): void {
    if (this.db.open) {
      // Fold the WAL back into the main file so a copied .db is complete on its own.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A busy checkpoint is harmless: the WAL is replayed on the next open.
      }
      this.db.close();
    }
  }
}
