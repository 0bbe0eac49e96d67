// The session's one handle on its operations file (journal.db), shared by the money runtime
// and the plans area; the snapshot cache (partner-desk.db) only lends plans reference data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../../electron/core/infra/journal/database';
import { Journal } from '../../../electron/core/infra/journal/journal';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { DB_FILE_NAME } from '../../../electron/core/infra/store/open-database';
import { profileRig } from '../../support/profile-rig';
import { switchableSessions } from '../../support/switchable-sessions';
import { b64, legacySnapshotWithPlans } from '../plans/fixtures';
import { FakeWire } from './fake-wire';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pd-operations-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entry = { operator: 'alice', profileId: 'a', profileName: 'a', operation: 'fundCustomer' as const, counterpartyId: 'c1', amount: '1.00', currency: 'CNY' };
const sheet = { fileName: 'm.csv', kind: 'fund-customers' as const, contentBase64: b64('customer_id,amount\nc1,1\n') };

describe('the operations file handle', () => {
  it('gives the money journal and the plans one connection to journal.db, closed on a profile switch and on dispose', async () => {
    const rig = profileRig(root, new FakeWire());
    rig.switchTo('a');
    const db = rig.operations.db();
    expect(db.name).toBe(join(root, 'a', JOURNAL_FILE));
    const written = await rig.money.require().executor.journal.begin(entry);
    expect(new Journal(db).require(written.id).amount).toBe('1.00');
    await rig.plans.service().importSheet(sheet, 'alice');
    expect(db.prepare('SELECT COUNT(*) AS n FROM plans').get()).toEqual({ n: 1 });

    rig.switchTo('b');
    expect(db.open).toBe(false);
    const next = rig.operations.db();
    expect(next.name).toBe(join(root, 'b', JOURNAL_FILE));
    expect(await rig.plans.service().list()).toEqual([]);
    expect(await rig.money.require().executor.journal.get(written.id)).toBeNull();

    await rig.dispose();
    expect(next.open).toBe(false);
  });

  it('keeps the new session open whichever listener hears the switch first', () => {
    const s = switchableSessions(root);
    let operations: OperationsStore | null = null;
    let openedEarly: ReturnType<OperationsStore['db']> | undefined;
    // Registered before the handle, as a user that opens the new session's file at once.
    s.manager.onChange((active) => {
      if (active) openedEarly = operations?.db();
    });
    operations = new OperationsStore(s.manager);
    s.switchTo('a');
    const first = operations.db();
    s.switchTo('b');
    expect(first.open).toBe(false);
    expect(openedEarly?.open).toBe(true);
    expect(operations.db()).toBe(openedEarly);
    operations.dispose();
  });

  it('lets plans be drafted without a partner API, when money cannot move', async () => {
    const rig = profileRig(root, null);
    rig.switchTo('a');
    expect(rig.money.active).toBeNull();
    const draft = await rig.plans.service().importSheet(sheet, 'alice');
    expect((await rig.plans.service().list()).map((p) => p.id)).toEqual([draft.id]);
    await rig.dispose();
  });

  it('brings in, on its first open, the plans an older snapshot file of the profile holds', async () => {
    const old = await legacySnapshotWithPlans(join(root, 'a', DB_FILE_NAME));
    const rig = profileRig(root, null);
    rig.switchTo('a');
    expect((await rig.plans.service().list()).map((p) => p.id).sort()).toEqual([old.approved.id, old.finished.id].sort());
    expect((await rig.plans.service().get(old.approved.id)).approval).toMatchObject({ approver: 'bob' });
    await rig.dispose();
  });
});
