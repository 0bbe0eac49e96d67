// Four eyes enforced by the team database: the author of a plan is the login role that
// created it, and the server refuses an approval from that role, whatever the client sends
// and whichever role it SETs; the approval must name a roster key enrolled for the approving
// role. The Ed25519 signature is the app's to verify before it records (here as it will be).
import { describe, expect, it } from 'vitest';
import { generateOperatorKey, signApproval, signatureValid } from '../../electron/core/plans/four-eyes/keys';
import type { TeamDatabase } from '../../electron/core/infra/team/team-database';
import { rawClient, useTeamSuite } from './support';

const suite = useTeamSuite();
const ACCOUNT = '0a7c0f2b51d84a6e9c3f1d2e5b6a7c80';
let n = 0;

async function planBy(db: TeamDatabase, claimedAuthor: string): Promise<{ id: string; author: string }> {
  const id = `plan-${++n}`;
  const now = new Date().toISOString();
  // The client cannot name the author: the column is not in its INSERT grant, so it is left out.
  const r = await db.pool.query<{ author: string }>(
    `INSERT INTO plans (id, name, kind, status, created_at, updated_at, content_hash, total)
     VALUES ($1, $2, 'fundCustomer', 'ready', $3, $3, 'h1', '30.00') RETURNING author`,
    [id, `March top-ups (${claimedAuthor})`, now],
  );
  return { id, author: r.rows[0]!.author };
}

async function enrolled(db: TeamDatabase, role: string) {
  const key = generateOperatorKey(role);
  await db.approvals.enrol(ACCOUNT, { operator: role, fingerprint: key.fingerprint, publicKey: key.publicKey, enrolledAt: new Date().toISOString(), enrolledBy: role }, new Date().toISOString());
  return key;
}

describe('four eyes in the team database', () => {
  it('records the plan’s author as the creating role, never a name the client chooses', async () => {
    const plan = await planBy(suite.alice, 'bob');
    expect(plan.author).toBe(suite.t.alice);
    const raw = await rawClient(suite.t, suite.t.alice);
    try {
      await expect(raw.query("INSERT INTO plans (id, name, kind, status, author, created_at, updated_at, content_hash) VALUES ('x', 'x', 'k', 'draft', $1, 'a', 'a', 'h')", [suite.t.bob]))
        .rejects.toMatchObject({ code: '42501' });
      await expect(raw.query('UPDATE plans SET author = $1 WHERE id = $2', [suite.t.bob, plan.id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await raw.end();
    }
  });

  it('accepts an approval from another role with that role’s enrolled key, and records which key signed', async () => {
    const plan = await planBy(suite.alice, suite.t.alice);
    const key = await enrolled(suite.bob, suite.t.bob);
    const statement = { account: ACCOUNT, planId: plan.id, contentHash: 'h1', approver: suite.t.bob };
    const signature = signApproval(key, statement);
    expect(signatureValid(key.publicKey, statement, signature)).toBe(true);
    const stored = await suite.bob.approvals.record(plan.id, { approvedAt: new Date().toISOString(), contentHash: 'h1', keyFingerprint: key.fingerprint, signature, via: 'team' });
    expect(stored).toMatchObject({ planId: plan.id, approver: suite.t.bob, keyFingerprint: key.fingerprint, signature });
    expect(await suite.alice.approvals.latest(plan.id)).toEqual(stored);
  });

  it('refuses an approval from the author’s own role, also after SET ROLE to the operator group', async () => {
    const plan = await planBy(suite.alice, suite.t.alice);
    const key = await enrolled(suite.alice, suite.t.alice);
    const approval = { approvedAt: new Date().toISOString(), contentHash: 'h1', keyFingerprint: key.fingerprint, signature: signApproval(key, { account: ACCOUNT, planId: plan.id, contentHash: 'h1', approver: suite.t.alice }), via: 'team' as const };
    await expect(suite.alice.approvals.record(plan.id, approval)).rejects.toMatchObject({ code: 'PLAN_APPROVER_IS_AUTHOR', details: { operator: suite.t.alice } });
    const raw = await rawClient(suite.t, suite.t.alice);
    try {
      await raw.query(`SET ROLE "${suite.t.database}_operator"`);
      await expect(
        raw.query('INSERT INTO plan_approval (plan_id, approved_at, content_hash, key_fingerprint, signature, via) VALUES ($1, $2, $3, $4, $5, $6)', [
          plan.id, approval.approvedAt, approval.contentHash, approval.keyFingerprint, approval.signature, 'team',
        ]),
      ).rejects.toMatchObject({ code: 'PDF01' });
    } finally {
      await raw.end();
    }
    expect(await suite.bob.approvals.latest(plan.id)).toBeNull();
  });

  it('refuses a key that is not in the roster, removed from it, or enrolled for another role', async () => {
    const plan = await planBy(suite.alice, suite.t.alice);
    const stranger = generateOperatorKey(suite.t.bob);
    const record = (fingerprint: string) => suite.bob.approvals.record(plan.id, { approvedAt: new Date().toISOString(), contentHash: 'h1', keyFingerprint: fingerprint, signature: 'c2ln', via: 'team' });
    await expect(record(stranger.fingerprint)).rejects.toMatchObject({ code: 'PLAN_APPROVAL_KEY_NOT_ENROLLED', details: { fingerprint: stranger.fingerprint.slice(0, 16) } });
    // Bob presenting the author's key: enrolled, but for alice's role.
    const alicesKey = await enrolled(suite.alice, suite.t.alice);
    await expect(record(alicesKey.fingerprint)).rejects.toMatchObject({ code: 'PLAN_APPROVAL_SIGNATURE_INVALID' });
    const bobsKey = await enrolled(suite.bob, suite.t.bob);
    await suite.bob.approvals.remove(ACCOUNT, bobsKey.fingerprint, new Date().toISOString());
    await expect(record(bobsKey.fingerprint)).rejects.toMatchObject({ code: 'PLAN_APPROVAL_KEY_NOT_ENROLLED' });
  });

  it('keeps approvals and the roster append-only, and an approved plan cannot be deleted', async () => {
    const plan = await planBy(suite.alice, suite.t.alice);
    const key = await enrolled(suite.bob, suite.t.bob);
    await suite.bob.approvals.record(plan.id, { approvedAt: new Date().toISOString(), contentHash: 'h1', keyFingerprint: key.fingerprint, signature: 'c2ln', via: 'team' });
    await expect(suite.alice.pool.query('DELETE FROM plans WHERE id = $1', [plan.id])).rejects.toMatchObject({ code: '23503' });
    await expect(suite.alice.pool.query("UPDATE plan_approval SET approver = 'x'")).rejects.toMatchObject({ code: '42501' });
    await expect(suite.bob.pool.query('DELETE FROM approval_policy_event')).rejects.toMatchObject({ code: '42501' });
    const roster = await suite.alice.pool.query<{ operator: string }>('SELECT operator FROM approval_policy_event WHERE subject = $1', [key.fingerprint]);
    expect(roster.rows).toEqual([{ operator: suite.t.bob }]);
  });
});

describe('a plan run in the team database', () => {
  const start = (db: typeof suite.alice, id: string) => db.pool.query("UPDATE plans SET status = 'running' WHERE id = $1", [id]);

  it('starts only with an approval of its current content from another role', async () => {
    const plan = await planBy(suite.alice, suite.t.alice);
    await expect(start(suite.alice, plan.id)).rejects.toMatchObject({ code: 'PDF04' });
    const key = await enrolled(suite.bob, suite.t.bob);
    await suite.bob.approvals.record(plan.id, { approvedAt: new Date().toISOString(), contentHash: 'h1', keyFingerprint: key.fingerprint, signature: 'c2ln', via: 'team' });
    // Rows edited after the approval: the content hash moves on, the approval no longer covers it.
    await suite.alice.pool.query("UPDATE plans SET content_hash = 'h2' WHERE id = $1", [plan.id]);
    await expect(start(suite.bob, plan.id)).rejects.toMatchObject({ code: 'PDF04' });
    await suite.alice.pool.query("UPDATE plans SET content_hash = 'h1' WHERE id = $1", [plan.id]);
    await start(suite.alice, plan.id);
    const r = await suite.bob.pool.query<{ status: string }>('SELECT status FROM plans WHERE id = $1', [plan.id]);
    expect(r.rows[0]!.status).toBe('running');
  });

  it('cannot be created by an operator as already running', async () => {
    const now = new Date().toISOString();
    await expect(
      suite.alice.pool.query("INSERT INTO plans (id, name, kind, status, created_at, updated_at, content_hash) VALUES ('skip', 'x', 'k', 'running', $1, $1, 'h')", [now]),
    ).rejects.toMatchObject({ code: 'PDF04' });
  });

  it('lets only an administrator import records under their original operators (moving a solo file in)', async () => {
    const admin = await rawClient(suite.t, suite.t.admin);
    const op = await rawClient(suite.t, suite.t.alice);
    try {
      const insert = "INSERT INTO approval_policy_event (at, operator, account, change, subject) VALUES ('2025-01-01T00:00:00.000Z', 'Zhang Wei', 'acct', 'policy-set', 'single-operation-limit') RETURNING operator";
      expect((await admin.query<{ operator: string }>(insert)).rows[0]!.operator).toBe('Zhang Wei');
      await expect(op.query(insert)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await Promise.all([admin.end(), op.end()]);
    }
  });
});
