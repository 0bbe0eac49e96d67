// The team journal against a real server: the same behaviour as the SQLite journal
// (test/unit/journal/journal.test.ts), plus what only a shared database can be asked: two
// workstations (two roles, two pools) at the same moment.
import { describe, expect, it } from 'vitest';
import { journalStates, type JournalState } from '../../shared/contract/channels/activity';
import { openJournalDb } from '../../electron/core/infra/journal/database';
import { Journal, JournalClaimConflictError, JournalTransitionError } from '../../electron/core/infra/journal/journal';
import { importSoloOperations } from '../../electron/core/infra/team/solo-import';
import type { TeamJournal } from '../../electron/core/infra/team/team-journal';
import { rawClient, useTeamSuite } from './support';

const suite = useTeamSuite();
let n = 0;
/** A fresh counterparty per test, so tests never see each other's twins. */
const base = () => ({
  operator: 'ignored-by-the-server', profileId: 'p1', profileName: 'Team', operation: 'fundCustomer' as const,
  counterpartyId: `c${++n}`, counterpartyName: '客户一', amount: '10.00', currency: 'CNY',
});

/** Paths into each state, from `pending`. */
const PATH: Record<JournalState, JournalState[]> = {
  pending: [],
  sent: ['sent'],
  done: ['sent', 'done'],
  failed: ['failed'],
  unknown: ['sent', 'unknown'],
  'reconciled-done': ['reconciled-done'],
  'reconciled-not-applied': ['reconciled-not-applied'],
};

describe('the team journal', () => {
  it('records an intent as a pending entry; the operator is the login role, whatever the client says', async () => {
    const e = await suite.alice.journal.begin(base());
    expect(e).toMatchObject({ state: 'pending', operator: suite.t.alice, amount: '10.00', counterpartyName: '客户一', intentKey: `fundCustomer|c${n}||10.00` });
    expect(e.events.map((x) => [x.state, x.operator])).toEqual([['pending', suite.t.alice]]);
    const sent = await suite.bob.journal.append(e.id, { state: 'sent', operator: 'alice' });
    expect(sent.events.map((x) => x.operator)).toEqual([suite.t.alice, suite.t.bob]);
  });

  it('returns the same view as the SQLite journal for the same history', async () => {
    const sqlite = new Journal(openJournalDb(':memory:'));
    const input = { ...base(), operator: suite.t.alice, details: { quotaId: 'Q1', couponId: null } as never, batchId: 'B1', planId: 'P1', planItemId: '3' };
    const walk = async <J extends Journal | TeamJournal>(j: J) => {
      const e = await j.begin(input);
      await j.append(e.id, { state: 'sent', operator: suite.t.alice });
      await j.append(e.id, { state: 'unknown', operator: suite.t.alice, requestId: 'req-1', message: 'timeout' });
      return j.append(e.id, {
        state: 'reconciled-done', operator: suite.t.alice, transId: `AD-${n}`,
        evidence: { window: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T00:10:00.000Z' }, candidates: 1, claimedByOthers: 0 },
      });
    };
    const strip = (v: Awaited<ReturnType<typeof walk>>) => {
      const { id: _i, seq: _s, createdAt: _c, stateAt: _a, sentAt: _t, events, ...rest } = v;
      return { ...rest, events: events.map(({ seq: _q, at: _w, ...ev }) => ev) };
    };
    expect(strip(await walk(suite.alice.journal))).toEqual(strip(await walk(sqlite)));
  });

  it('allows exactly the transitions the SQLite journal allows, checked by the server', async () => {
    const sqlite = new Journal(openJournalDb(':memory:'));
    const into = async (j: Journal | TeamJournal, state: JournalState) => {
      const e = await j.begin(base());
      for (const s of PATH[state]) await j.append(e.id, { state: s, operator: 'x' });
      return e.id;
    };
    const verdict = async (j: Journal | TeamJournal, from: JournalState, to: JournalState) => {
      const id = await into(j, from);
      try {
        await j.append(id, { state: to, operator: 'x', transId: to.endsWith('done') ? `T-${++n}` : null });
        return 'allowed';
      } catch (error) {
        expect(error).toBeInstanceOf(JournalTransitionError);
        expect(error).toMatchObject({ entryId: id, from, to });
        return 'refused';
      }
    };
    const team: string[] = [];
    const solo: string[] = [];
    for (const from of journalStates) {
      for (const to of journalStates) {
        team.push(`${from}→${to}: ${await verdict(suite.alice.journal, from, to)}`);
        solo.push(`${from}→${to}: ${await verdict(sqlite, from, to)}`);
      }
    }
    expect(team).toEqual(solo);
    expect(team.filter((x) => x.endsWith('allowed'))).toHaveLength(14);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the journal to every operator (grants) and to the owner (triggers)', async () => {
    const e = await suite.alice.journal.begin(base());
    const op = await rawClient(suite.t, suite.t.alice);
    const admin = await rawClient(suite.t, suite.t.admin);
    try {
      for (const table of ['journal_entry', 'journal_event', 'confirmation_use', 'plan_approval', 'approval_policy_event']) {
        for (const sql of [`UPDATE ${table} SET recorded_at = now()`, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
          await expect(op.query(sql), `${suite.t.alice}: ${sql}`).rejects.toMatchObject({ code: '42501' });
        }
      }
      await expect(op.query("UPDATE journal_entry SET amount = '99.00' WHERE id = $1", [e.id])).rejects.toThrow(/permission denied/);
      await admin.query(`SET ROLE "${suite.t.database}_owner"`);
      await expect(admin.query("UPDATE journal_entry SET amount = '99.00' WHERE id = $1", [e.id])).rejects.toMatchObject({ code: 'PDA01', message: 'journal_entry is append-only' });
      await expect(admin.query('DELETE FROM journal_event WHERE entry_id = $1', [e.id])).rejects.toMatchObject({ code: 'PDA01' });
      await expect(admin.query('TRUNCATE journal_event CASCADE')).rejects.toMatchObject({ code: 'PDA01' });
      // Naming the operator or the server's clock in an INSERT is not the client's to do.
      await expect(op.query("INSERT INTO journal_event (entry_id, state, at, operator) VALUES ($1, 'sent', now(), 'bob')", [e.id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await Promise.all([op.end(), admin.end()]);
    }
    expect((await suite.bob.journal.require(e.id)).amount).toBe('10.00');
  });

  it('lets exactly one of two workstations begin the same intent at the same moment; the other is told about the twin', async () => {
    for (let round = 0; round < 5; round += 1) {
      const intent = base();
      const results = await Promise.allSettled([
        suite.alice.journal.begin(intent, { refuseUnresolvedTwin: true }),
        suite.bob.journal.begin(intent, { refuseUnresolvedTwin: true }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const winner = (won[0] as PromiseFulfilledResult<{ id: string }>).value;
      expect(lost[0]!.reason).toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE', details: { id: winner.id, amount: '10.00' } });
      expect((await suite.alice.journal.list({ counterparty: intent.counterpartyId })).total).toBe(1);
    }
  });

  it('refuses the twin within one batch and across batches, and allows the intent again once resolved', async () => {
    const intent = base();
    const [first, again] = await suite.alice.journal.beginMany([intent, intent], { refuseUnresolvedTwin: true });
    expect(first).toMatchObject({ state: 'pending' });
    expect(again).toMatchObject({ refused: { code: 'MONEY_UNRESOLVED_DUPLICATE' } });
    const id = (first as { id: string }).id;
    await expect(suite.bob.journal.begin(intent, { refuseUnresolvedTwin: true })).rejects.toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE' });
    expect((await suite.bob.journal.unresolvedTwinByKey(`fundCustomer|${intent.counterpartyId}||10.00`))?.id).toBe(id);
    await suite.alice.journal.append(id, { state: 'failed', operator: 'x', code: 'CBC.99005003', message: 'insufficient' });
    await expect(suite.bob.journal.begin(intent, { refuseUnresolvedTwin: true })).resolves.toMatchObject({ operator: suite.t.bob });
  });

  it('uses a confirmation once team-wide, however many workstations try at once', async () => {
    const hash = `token-${++n}`;
    const tries = await Promise.all([suite.alice, suite.bob, suite.alice, suite.bob].map((w) => w.journal.useConfirmation(hash, 'x', 'money.execute')));
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect(await suite.alice.journal.useConfirmation(hash, 'x', 'money.execute')).toBe(false);
  });

  it('lets one trans id explain one entry team-wide: a second claim is refused, also when both claim at once', async () => {
    const a = await suite.alice.journal.begin(base());
    const b = await suite.bob.journal.begin(base());
    await suite.alice.journal.append(a.id, { state: 'sent', operator: 'x' });
    await suite.bob.journal.append(b.id, { state: 'sent', operator: 'x' });
    const claims = await Promise.allSettled([
      suite.alice.journal.append(a.id, { state: 'done', operator: 'x', transId: `AD-${n}` }),
      suite.bob.journal.append(b.id, { state: 'done', operator: 'x', transId: `AD-${n}` }),
    ]);
    expect(claims.map((c) => c.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = claims.find((c): c is PromiseRejectedResult => c.status === 'rejected')!;
    expect(refused.reason).toBeInstanceOf(JournalClaimConflictError);
    expect(refused.reason).toMatchObject({ transId: `AD-${n}` });
    const winner = claims[0]!.status === 'fulfilled' ? a : b;
    expect(await suite.bob.journal.isClaimed(`AD-${n}`)).toBe(true);
    expect(await suite.bob.journal.isClaimed(`AD-${n}`, winner.id)).toBe(false);
  });

  it('sends a plan item first only once team-wide, and re-sends an entry only once', async () => {
    const item = { ...base(), planId: `plan-${n}`, planItemId: '7' };
    const firsts = await Promise.allSettled([suite.alice.journal.begin(item), suite.bob.journal.begin({ ...item, counterpartyId: 'other' })]);
    expect(firsts.map((f) => f.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(firsts.find((f) => f.status === 'rejected')).toMatchObject({ reason: { code: 'PLAN_ITEM_ALREADY_SENT', details: { planId: item.planId, item: '7' } } });
    const [entry] = await suite.alice.journal.byPlanItem(item.planId, '7');
    await suite.alice.journal.append(entry!.id, { state: 'reconciled-not-applied', operator: 'x' });
    const resend = await suite.bob.journal.begin({ ...item, retryOf: entry!.id });
    expect(resend.retryOf).toBe(entry!.id);
    expect((await suite.alice.journal.require(entry!.id)).retriedBy).toBe(resend.id);
    await expect(suite.alice.journal.begin({ ...item, retryOf: entry!.id })).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
    expect((await suite.alice.journal.byPlanItem(item.planId, '7')).map((e) => e.id)).toEqual([entry!.id, resend.id]);
  });

  it('lists unresolved entries first, then the newest, with the SQLite journal’s filters', async () => {
    const tag = `list${++n}`;
    const a = await suite.alice.journal.begin({ ...base(), counterpartyId: `${tag}-a` });
    await suite.alice.journal.append(a.id, { state: 'sent', operator: 'x' });
    await suite.alice.journal.append(a.id, { state: 'unknown', operator: 'x', message: 'timeout' });
    const b = await suite.bob.journal.begin({ ...base(), counterpartyId: `${tag}-b`, counterpartyName: 'Beta Ltd' });
    await suite.bob.journal.append(b.id, { state: 'sent', operator: 'x' });
    await suite.bob.journal.append(b.id, { state: 'done', operator: 'x', transId: `T-${tag}` });
    const c = await suite.alice.journal.begin({ ...base(), operation: 'reclaimCustomer', counterpartyId: `${tag}-c` });
    await suite.alice.journal.append(c.id, { state: 'failed', operator: 'x', code: 'E', message: 'm' });
    const mine = await suite.bob.journal.list({ counterparty: tag.toUpperCase() });
    expect(mine.entries.map((e) => e.id)).toEqual([a.id, c.id, b.id]);
    expect(mine.total).toBe(3);
    expect((await suite.bob.journal.list({ counterparty: tag, states: ['done'] })).entries.map((e) => e.id)).toEqual([b.id]);
    expect((await suite.bob.journal.list({ counterparty: tag, operations: ['reclaimCustomer'] })).entries.map((e) => e.id)).toEqual([c.id]);
    expect((await suite.bob.journal.list({ counterparty: 'beta ltd' })).entries.map((e) => e.id)).toEqual([b.id]);
    expect((await suite.bob.journal.list({ counterparty: tag, from: '2999-01-01' })).total).toBe(0);
    expect((await suite.bob.journal.list({ counterparty: tag, to: new Date().toISOString().slice(0, 10) })).total).toBe(3);
    expect((await suite.bob.journal.list({ counterparty: tag }, 1, 1)).entries.map((e) => e.id)).toEqual([c.id]);
    const unresolved = (await suite.alice.journal.unresolved()).map((e) => e.id);
    expect(unresolved).toContain(a.id);
    expect(unresolved).not.toContain(b.id);
  });

  it('keeps an entry’s events in the order the server accepted them, under concurrent appends', async () => {
    const e = await suite.alice.journal.begin(base());
    await suite.alice.journal.append(e.id, { state: 'sent', operator: 'x' });
    await suite.alice.journal.append(e.id, { state: 'unknown', operator: 'x' });
    // Two reconcilers at once: unknown → unknown is allowed any number of times, each after the last.
    await Promise.all([suite.alice, suite.bob, suite.alice, suite.bob].map((w) => w.journal.append(e.id, { state: 'unknown', operator: 'x', message: 'undecided' })));
    const events = (await suite.bob.journal.require(e.id)).events;
    expect(events.map((x) => x.state)).toEqual(['pending', 'sent', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect([...events.map((x) => x.seq)].sort((p, q) => p - q)).toEqual(events.map((x) => x.seq));
    // Exactly one of two concurrent conclusions wins; the other is refused as a transition.
    const outcomes = await Promise.allSettled([
      suite.alice.journal.append(e.id, { state: 'reconciled-done', operator: 'x', transId: `R-${n}` }),
      suite.bob.journal.append(e.id, { state: 'reconciled-done', operator: 'x', transId: `R2-${n}` }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { from: 'reconciled-done', to: 'reconciled-done' } });
  });

  it('refuses to move a solo operations file in once the team has written entries', async () => {
    await suite.alice.journal.begin(base());
    const admin = await rawClient(suite.t, suite.t.admin);
    try {
      await expect(importSoloOperations(admin, openJournalDb(':memory:'), 'acct')).rejects.toMatchObject({ code: 'TEAM_IMPORT_NOT_EMPTY' });
    } finally {
      await admin.end();
    }
  });
});
