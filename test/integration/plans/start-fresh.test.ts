// A damaged snapshot cache costs only what can be re-fetched: after "start fresh" every plan
// (drafts, approvals, executed ones with their journal links) and the whole journal remain.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../electron/core/infra/store/open-database';
import { profileRig } from '../../support/profile-rig';
import { FakeWire } from '../../unit/journal/fake-wire';
import { b64, seedStore } from '../../unit/plans/fixtures';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pd-start-fresh-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const sheet = (name: string) => ({ fileName: `${name}.csv`, kind: 'fund-customers' as const, name, contentBase64: b64('customer_id,amount\nc1,1\nc2,2\n') });

describe('start fresh after a damaged snapshot cache', () => {
  it('keeps every plan and the journal visible', async () => {
    const rig = profileRig(root, new FakeWire());
    rig.switchTo('a');
    seedStore(rig.store.store().db, { allocatable: '100.00', customers: [{ id: 'c1', login: 'alpha' }, { id: 'c2', login: 'beta' }] });
    const plans = () => rig.plans.service();
    await rig.plans.approvers().enrol((await rig.plans.approvers().exportEnrolment('bob')).content, 'alice');
    const draft = await plans().importSheet(sheet('draft'), 'alice');
    const approved = await plans().importSheet(sheet('approved'), 'alice');
    await plans().approve({ id: approved.id, contentHash: (await plans().save({ id: approved.id })).contentHash }, 'bob');
    const executed = await plans().importSheet(sheet('executed'), 'alice');
    await plans().approve({ id: executed.id, contentHash: (await plans().save({ id: executed.id })).contentHash }, 'bob');
    await plans().execute(executed.id, 'alice');
    await plans().settled(executed.id);
    const before = { list: await plans().list(), executed: await plans().get(executed.id), journal: await rig.money.require().executor.journal.list() };
    expect(before.executed.status).toBe('finished');
    expect(before.journal.entries).toHaveLength(2);

    // The snapshot cache is damaged; the profile is opened again and finds it so.
    await rig.store.close();
    writeFileSync(join(root, 'a', DB_FILE_NAME), 'not a database at all, just text that is long enough');
    rig.switchTo('a');
    expect(() => rig.store.store()).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT' }));
    expect(await plans().list()).toEqual(before.list);

    const fresh = await rig.store.startFresh();
    expect(fresh.movedTo).toBeTruthy();
    expect(fresh.health.state).toBe('ok');
    expect(await plans().list()).toEqual(before.list);
    expect((await plans().list()).map((p) => p.id).sort()).toEqual([draft.id, approved.id, executed.id].sort());
    expect((await plans().get(approved.id)).approval).toMatchObject({ approver: 'bob', contentHash: before.list.find((p) => p.id === approved.id)!.contentHash });
    expect((await plans().get(executed.id)).items).toEqual(before.executed.items);
    const journal = rig.money.require().executor.journal;
    expect((await journal.list())).toEqual(before.journal);
    for (const item of before.executed.items) expect((await journal.byPlanItem(executed.id, String(item.index)))[0]?.state).toBe('done');
    await rig.dispose();
  });
});
