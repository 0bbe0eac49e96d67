// Alerts of a shared profile in the team database (schema version 3), per partner account:
// the same rules, log and views as the solo operations file for the same checks; the team's
// rules are one set; a state change found by one workstation's check is logged once, and the
// other workstation's check after its own sync finds it already logged; the log is append-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertLog, SqliteAlertStore } from '../../electron/core/alerts/alert-log';
import { AlertsService } from '../../electron/core/alerts/alerts-service';
import { EventBus } from '../../electron/core/event-bus';
import type { AlertStore } from '../../electron/core/infra/alert-store/alert-records';
import { openJournalDb, type JournalDb } from '../../electron/core/infra/journal/database';
import type { ProfileSession } from '../../electron/core/infra/session';
import type { FiredAlertView } from '../../shared/contract/channels/alerts';
import { ctx, customer, openTemp } from '../unit/store/fixtures';
import { TeamAlertStore } from '../../electron/core/infra/team/team-alert-store';
import { rawClient, useTeamSuite } from './support';

const suite = useTeamSuite();
const ACCOUNT = 'domain-partner-alerts';
const session = { profile: { id: 'p1', name: 'Demo', site: 'cn', role: 'T1', domainId: ACCOUNT } } as unknown as ProfileSession;
let now = new Date('2026-11-20T02:00:00Z');
let solo: JournalDb;
let snapshot: ReturnType<typeof openTemp>;

beforeAll(() => {
  solo = openJournalDb(':memory:');
  snapshot = openTemp();
});
afterAll(() => {
  solo.close();
  snapshot.cleanup();
});

function balances(rows: Record<string, string>): void {
  const ids = Object.keys(rows);
  snapshot.store.customers.customers(ids.map((id) => customer(id, { customer: `Customer ${id}` })), 't2-a', ctx);
  snapshot.store.customers.balances(ids.map((id) => ({ customer_id: id, amount: rows[id]!, debt_amount: '0' })), ctx);
}

const service = (store: () => AlertStore) =>
  new AlertsService({
    session: () => session, store, snapshot: () => snapshot.store.db, events: new EventBus(), language: () => 'en', now: () => now,
    createDraftPlan: async () => ({ id: 'plan-x' }),
  });

const strip = (views: readonly FiredAlertView[]) => views.map((v) => ({ ...v, seq: undefined, ruleId: undefined, actions: v.actions.map((a) => ({ ...a, operator: undefined })) }));

describe('alerts in the team database', () => {
  it('give the same rules, log and views as the solo file for the same checks', async () => {
    const histories: unknown[] = [];
    for (const store of [() => new SqliteAlertStore(new AlertLog(solo, 'p1', () => now)), () => new TeamAlertStore(suite.alice.pool, ACCOUNT, () => now)] as const) {
      now = new Date('2026-11-20T02:00:00Z');
      balances({ a: '999.99', b: '1000.00', c: '5000' });
      const s = service(store);
      const rules = await s.saveRules([{ kind: 'customer-below', amount: '1000', enabled: true }, { kind: 'customer-in-debt', enabled: false }]);
      const first = await s.check();
      balances({ a: '999.99', b: '10.00', c: '5000' });
      now = new Date(now.getTime() + 3_600_000);
      const second = await s.check();
      const same = await s.check();
      const made = await s.fundThese(second.changed[0]!.seq, 'alice');
      balances({ a: '2000', b: '2000', c: '5000' });
      const cleared = await s.check();
      histories.push({
        rules: rules.map((r) => ({ ...r, id: undefined })),
        counts: [first.changed.length, second.changed.length, same.changed.length, cleared.changed.length],
        made, list: strip(await s.list()), firing: await s.firing(),
      });
    }
    expect(histories[1]).toEqual(histories[0]);
    expect(histories[0]).toMatchObject({ counts: [1, 1, 0, 1] });
  });

  it("keeps one set of rules for the team and logs a state change once: the other workstation's check finds it", async () => {
    const account = `${ACCOUNT}-2`;
    const onA = service(() => suite.alice.alerts(account));
    const onB = service(() => suite.bob.alerts(account));
    await onA.saveRules([{ kind: 'customer-below', amount: '500', enabled: true }]);
    expect((await onB.rules()).map((r) => r.amount)).toEqual(['500']);
    balances({ a: '100', b: '2000', c: '5000' });
    expect((await onA.check()).changed).toHaveLength(1);
    // Bob's workstation synced the same data: nothing new to log or announce.
    expect((await onB.check()).changed).toEqual([]);
    const log = await onB.list();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ state: 'firing', current: true });
    const [event] = (await suite.bob.pool.query<{ operator: string }>('SELECT operator FROM alert_event WHERE account = $1', [account])).rows;
    expect(event!.operator).toBe(suite.t.alice);
    // Another account's rules and log are its own.
    expect(await service(() => suite.bob.alerts(`${ACCOUNT}-other`)).rules()).toEqual([]);
  });

  it('refuses every change and removal of the alert log, to operators and the owner alike', async () => {
    const operator = await rawClient(suite.t, suite.t.bob);
    const admin = await rawClient(suite.t, suite.t.admin);
    try {
      await expect(operator.query("UPDATE alert_event SET state = 'cleared'")).rejects.toMatchObject({ code: '42501' });
      await expect(operator.query('DELETE FROM alert_action')).rejects.toMatchObject({ code: '42501' });
      await admin.query(`SET ROLE "${suite.t.database}_owner"`);
      await expect(admin.query('DELETE FROM alert_event')).rejects.toMatchObject({ code: 'PDA01' });
    } finally {
      await operator.end();
      await admin.end();
    }
  });
});
