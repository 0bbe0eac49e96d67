// Plans written before they moved to the operations file are copied there from the snapshot
// file once, on the operations file's first open; the snapshot's old tables stay as they were.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { copyLegacyPlans } from '../../../electron/core/infra/journal/legacy-plans';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { tempDir } from '../store/fixtures';
import { legacySnapshotWithPlans, serviceOver } from './fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function profile(): { snapshot: string; operations: JournalDb } {
  const d = tempDir();
  const operations = openJournalDb(join(d.dir, 'journal.db'));
  cleanups.push(() => operations.close(), d.cleanup);
  return { snapshot: join(d.dir, 'partner-desk.db'), operations };
}

const count = (db: JournalDb, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('copying plans from an older snapshot file', () => {
  it('copies every plan with its rows, approval and execution items, and leaves the old tables as they were', async () => {
    const { snapshot, operations } = profile();
    const old = await legacySnapshotWithPlans(snapshot);

    expect(copyLegacyPlans(operations, snapshot)).toBe(2);

    const store = LocalStore.open(snapshot);
    cleanups.push(() => store.close());
    const plans = serviceOver(store, null, operations);
    expect((await plans.list()).map((p) => p.id).sort()).toEqual([old.approved.id, old.finished.id].sort());
    expect(await plans.get(old.approved.id)).toEqual(old.approved);
    expect(await plans.get(old.finished.id)).toEqual(old.finished);
    expect((await plans.get(old.finished.id)).items[0]).toMatchObject({ outcome: 'done', journalEntryId: 'entry-1' });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM plans').get()).toEqual({ n: 2 });
  });

  it('copies once: a plan deleted after the copy does not come back', async () => {
    const { snapshot, operations } = profile();
    const old = await legacySnapshotWithPlans(snapshot);
    copyLegacyPlans(operations, snapshot);
    operations.prepare('DELETE FROM plan_rows WHERE plan_id = ?').run(old.approved.id);
    operations.prepare('DELETE FROM plans WHERE id = ?').run(old.approved.id);

    expect(copyLegacyPlans(operations, snapshot)).toBeNull();
    expect(count(operations, 'plans')).toBe(1);
  });

  it('has nothing to copy from a snapshot file made after the move, or from none', () => {
    const fresh = profile();
    LocalStore.open(fresh.snapshot).close();
    expect(copyLegacyPlans(fresh.operations, fresh.snapshot)).toBe(0);

    const none = profile();
    expect(copyLegacyPlans(none.operations, none.snapshot)).toBe(0);
    expect(existsSync(none.snapshot)).toBe(false);
    expect(copyLegacyPlans(none.operations, none.snapshot)).toBeNull();
  });

  it('records nothing when the snapshot file cannot be read, so the next open tries again', async () => {
    const { snapshot, operations } = profile();
    writeFileSync(snapshot, 'not a database at all, just text that is long enough');
    expect(() => copyLegacyPlans(operations, snapshot)).toThrow();
    expect(count(operations, 'plans_copied_from_snapshot')).toBe(0);

    await legacySnapshotWithPlans(join(snapshot + '-restored'));
    expect(copyLegacyPlans(operations, snapshot + '-restored')).toBe(2);
  });
});
