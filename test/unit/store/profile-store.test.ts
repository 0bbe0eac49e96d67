// The session's one store handle, shared by the review, sync and plans areas (plans read
// reference data from it; their own tables are in the operations file).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../electron/core/core-context';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createPlansArea } from '../../../electron/core/plans/plans-area';
import { createReviewArea } from '../../../electron/core/review/review-handlers';
import { DB_FILE_NAME } from '../../../electron/core/infra/store/open-database';
import { ProfileStore } from '../../../electron/core/infra/store/profile-store';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { switchableSessions } from '../../support/switchable-sessions';

let root: string;

const sessions = () => switchableSessions(root);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pd-profile-store-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the session store handle', () => {
  it('gives review and plans one connection, opened on first use and closed on a profile switch', async () => {
    const s = sessions();
    const handle = new ProfileStore(s.manager);
    const log = { debug: () => undefined } as unknown as CoreContext['log'];
    const core = { events: new EventBus(), sessions: s.manager, log } as unknown as CoreContext;
    const review = createReviewArea(core, handle);
    const operations = new OperationsStore(s.manager);
    const plans = createPlansArea(core, { store: handle, operations, vault: createMemoryVault() });
    s.switchTo('a');
    const store = handle.store();
    expect(review.active.store()).toBe(store);
    expect(await plans.service().list()).toEqual([]);
    // The snapshot cache holds only what can be re-fetched: the plan tables are in journal.db.
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'plans'").get()).toBeUndefined();
    expect(operations.db().prepare("SELECT name FROM sqlite_master WHERE name = 'plans'").get()).toBeTruthy();

    s.switchTo('b');
    await new Promise((r) => setImmediate(r));
    expect(store.db.open).toBe(false);
    const next = handle.store();
    expect(next).not.toBe(store);
    expect(next.file).toBe(join(root, 'b', DB_FILE_NAME));
    expect(review.active.store()).toBe(next);

    plans.dispose();
    await review.dispose();
    await handle.dispose();
    operations.dispose();
    expect(next.db.open).toBe(false);
  });

  it('waits for the hooks (a running sync) before it closes the connection', async () => {
    const s = sessions();
    const handle = new ProfileStore(s.manager);
    s.switchTo('a');
    const store = handle.store();
    let release!: () => void;
    const seen: boolean[] = [];
    handle.beforeClose(async (closing) => {
      seen.push(closing === store);
      await new Promise<void>((r) => (release = r));
    });
    s.switchTo(null);
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([true]);
    expect(store.db.open).toBe(true);
    release();
    await new Promise((r) => setImmediate(r));
    expect(store.db.open).toBe(false);
    await handle.dispose();
  });

  it('remembers a damaged file until "start fresh" moves it aside and opens a new one', async () => {
    const s = sessions();
    const handle = new ProfileStore(s.manager);
    s.switchTo('a');
    handle.store().close();
    writeFileSync(join(root, 'a', DB_FILE_NAME), 'not a database at all, just text that is long enough');
    s.switchTo('a');
    await new Promise((r) => setImmediate(r));
    expect(() => handle.store()).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT' }));
    expect(handle.health().state).toBe('corrupt');
    const fresh = await handle.startFresh();
    expect(fresh.movedTo).toBeTruthy();
    expect(fresh.health.state).toBe('ok');
    expect(handle.store().db.open).toBe(true);
    await handle.dispose();
  });
});
