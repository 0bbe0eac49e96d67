import { describe, expect, it } from 'vitest';
import { openJournalDb } from '../../../electron/core/infra/journal/database';
import { Journal, JournalClaimConflictError, JournalTransitionError } from '../../../electron/core/infra/journal/journal';

const base = {
  operator: 'alice', profileId: 'p1', profileName: 'Sandbox', operation: 'fundCustomer' as const,
  counterpartyId: 'c1', counterpartyName: '客户一', amount: '10.00', currency: 'CNY',
};

describe('the money journal', () => {
  it('records an intent as a pending entry with who, what, how much and when', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const e = j.begin(base);
    expect(e).toMatchObject({ state: 'pending', operator: 'alice', profileId: 'p1', operation: 'fundCustomer', amount: '10.00', seq: 1 });
    expect(e.events).toHaveLength(1);
  });

  it('appends transitions as new rows and keeps the whole history', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const e = j.begin(base);
    j.append(e.id, { state: 'sent', operator: 'alice' });
    const done = j.append(e.id, { state: 'done', operator: 'alice', requestId: 'req-1', transId: 'AD1' });
    expect(done.events.map((x) => x.state)).toEqual(['pending', 'sent', 'done']);
    expect(done).toMatchObject({ state: 'done', requestId: 'req-1', transId: 'AD1' });
    expect(done.sentAt).not.toBeNull();
  });

  it('refuses transitions out of a final state', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const e = j.begin(base);
    j.append(e.id, { state: 'sent', operator: 'a' });
    j.append(e.id, { state: 'failed', operator: 'a', code: 'CBC.99005003', message: 'insufficient' });
    expect(() => j.append(e.id, { state: 'done', operator: 'a' })).toThrow(JournalTransitionError);
  });

  it('takes "not applied, never sent" only while the entry is still pending: once it was sent, only evidence decides', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const neverSent = { state: 'reconciled-not-applied' as const, operator: 'b', evidence: { window: { from: 'x', to: 'y' }, candidates: 0, claimedByOthers: 0, neverSent: true } };
    const still = j.begin(base);
    expect(j.append(still.id, neverSent).state).toBe('reconciled-not-applied');
    const e = j.begin({ ...base, counterpartyId: 'c2' });
    j.append(e.id, { state: 'sent', operator: 'a' });
    expect(() => j.append(e.id, neverSent)).toThrow(JournalTransitionError);
    expect(() => j.appendEach([{ entryId: e.id, event: neverSent }])).toThrow(JournalTransitionError);
    const { neverSent: _, ...fromRecords } = neverSent.evidence;
    expect(j.append(e.id, { ...neverSent, evidence: fromRecords }).state).toBe('reconciled-not-applied');
  });

  it('cannot be edited or deleted, even with raw SQL', () => {
    const db = openJournalDb(':memory:');
    const j = new Journal(db);
    const e = j.begin(base);
    expect(() => db.prepare("UPDATE journal_entry SET amount = '99.00' WHERE id = ?").run(e.id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal_event').run()).toThrow(/append-only/);
  });

  it('lets one transaction id explain only one entry', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const a = j.begin(base);
    const b = j.begin({ ...base, counterpartyId: 'c2' });
    for (const e of [a, b]) j.append(e.id, { state: 'sent', operator: 'x' });
    j.append(a.id, { state: 'done', operator: 'x', transId: 'AD1' });
    expect(j.isClaimed('AD1')).toBe(true);
    expect(j.isClaimed('AD1', a.id)).toBe(false);
    // A typed refusal, so reconciliation can tell "claimed meanwhile" from a disk failure.
    expect(() => j.append(b.id, { state: 'done', operator: 'x', transId: 'AD1' })).toThrow(JournalClaimConflictError);
    expect(j.require(b.id).state).toBe('sent');
  });

  it('lists unresolved entries first, then the newest, and filters by state, operation, date and counterparty', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const a = j.begin(base);
    j.append(a.id, { state: 'sent', operator: 'x' });
    j.append(a.id, { state: 'unknown', operator: 'x', message: 'timeout' });
    const b = j.begin({ ...base, counterpartyId: 'c2', counterpartyName: 'Beta Ltd' });
    j.append(b.id, { state: 'sent', operator: 'x' });
    j.append(b.id, { state: 'done', operator: 'x', transId: 'T2' });
    const c = j.begin({ ...base, operation: 'reclaimCustomer', counterpartyId: 'c3' });
    j.append(c.id, { state: 'failed', operator: 'x', code: 'E', message: 'm' });

    const all = j.list();
    expect(all.entries.map((e) => e.id)).toEqual([a.id, c.id, b.id]);
    expect(all).toMatchObject({ total: 3, unresolved: 1 });
    expect(j.list({ states: ['done'] }).entries.map((e) => e.id)).toEqual([b.id]);
    expect(j.list({ operations: ['reclaimCustomer'] }).entries.map((e) => e.id)).toEqual([c.id]);
    expect(j.list({ counterparty: 'beta' }).entries.map((e) => e.id)).toEqual([b.id]);
    expect(j.list({ from: '2999-01-01' }).total).toBe(0);
    expect(j.list({ to: new Date().toISOString().slice(0, 10) }).total).toBe(3);
  });

  it('allows a single re-send link per entry', () => {
    const j = new Journal(openJournalDb(':memory:'));
    const a = j.begin(base);
    j.append(a.id, { state: 'reconciled-not-applied', operator: 'x' });
    const b = j.begin({ ...base, retryOf: a.id });
    expect(j.require(a.id).retriedBy).toBe(b.id);
    expect(() => j.begin({ ...base, retryOf: a.id })).toThrow();
  });
});
