// Plans, their rows and items in the team database: the same PlanStore the solo operations
// file gives, over PostgreSQL. What differs is who says what. The author is the login role
// that inserted the plan (a trigger; the column is not in the operators' INSERT grant), an
// approval is an append-only row in plan_approval recorded as the connected role
// (TeamApprovals: the server's four-eyes refusals become the typed errors), and a plan
// becomes `running` only with an approval of its current content from another role (PDF04).
// A plan's approval is its latest plan_approval row, shown only while it approves the
// plan's current content: an edit voids it as clearing it does in SQLite.
import type pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import type { ItemOutcome } from '../../../../shared/contract/channels/plans';
import {
  itemPatchColumns, PLAN_INSERT_COLUMNS, planPatchColumns, planValues, ROW_COLUMNS, rowValues, toItem, toPlan, toRow, type Row,
} from '../plan-store/plan-columns';
import type { ItemPatch, NewItem, PlanPatch, PlanStore, StoredApproval, StoredItem, StoredPlan, StoredRow } from '../plan-store/plan-records';
import { inTransaction, pgError, TEAM_SQLSTATE } from './connection';
import { TeamApprovals } from './team-approvals';

/** The plan with its latest approval (seq order), one query. */
const PLAN_SELECT = `SELECT p.*, a.approver AS a_approver, a.approved_at AS a_at, a.content_hash AS a_hash, a.via AS a_via,
    a.key_fingerprint AS a_key, a.signature AS a_signature
  FROM plans p LEFT JOIN LATERAL (SELECT * FROM plan_approval x WHERE x.plan_id = p.id ORDER BY x.seq DESC LIMIT 1) a ON true`;

function planOf(r: Row): StoredPlan {
  const current = r.a_hash != null && r.a_hash === r.content_hash;
  const approval: StoredApproval | null = current
    ? {
        approver: String(r.a_approver), approvedAt: String(r.a_at), contentHash: String(r.a_hash), via: r.a_via as StoredApproval['via'],
        keyFingerprint: String(r.a_key), signature: String(r.a_signature),
      }
    : null;
  return toPlan(r, approval);
}

/** The author is the server's to say: every insert column but `author`. */
const INSERT_COLUMNS = PLAN_INSERT_COLUMNS.filter((c) => c !== 'author');
const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');
const bool = (b: boolean) => b;

/** The server's refusals of a plan write (PDF04), as the typed errors the plans area raises:
 *  a new plan cannot start as running; an update to running needs a current approval by
 *  another role. */
function planWriteError(error: unknown, write: { insertedAs: string } | 'update'): unknown {
  if (pgError(error).code !== TEAM_SQLSTATE.runWithoutApproval) return error;
  return write === 'update' ? new AppError('PLAN_NOT_APPROVED', {}) : new AppError('PLAN_WRONG_STATE', { status: write.insertedAs });
}

export class TeamPlanStore implements PlanStore {
  private readonly approvals: TeamApprovals;

  constructor(private readonly pool: pg.Pool) {
    this.approvals = new TeamApprovals(pool);
  }

  async list(): Promise<StoredPlan[]> {
    // Byte order, as SQLite sorts text: the same list on both.
    return (await this.pool.query<Row>(`${PLAN_SELECT} ORDER BY p.created_at COLLATE "C" DESC, p.id COLLATE "C"`)).rows.map(planOf);
  }

  async get(id: string): Promise<StoredPlan | undefined> {
    const r = (await this.pool.query<Row>(`${PLAN_SELECT} WHERE p.id = $1`, [id])).rows[0];
    return r ? planOf(r) : undefined;
  }

  async require(id: string): Promise<StoredPlan> {
    const plan = await this.get(id);
    if (!plan) throw new AppError('PLAN_NOT_FOUND', { id });
    return plan;
  }

  async rows(id: string): Promise<StoredRow[]> {
    return (await this.pool.query<Row>('SELECT * FROM plan_rows WHERE plan_id = $1 ORDER BY idx', [id])).rows.map(toRow);
  }

  async rowCount(id: string): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM plan_rows WHERE plan_id = $1', [id])).rows[0]!.n);
  }

  async items(id: string): Promise<StoredItem[]> {
    return (await this.pool.query<Row>('SELECT * FROM plan_items WHERE plan_id = $1 ORDER BY idx', [id])).rows.map(toItem);
  }

  async itemsWithOutcome(id: string, outcomes: readonly ItemOutcome[]): Promise<StoredItem[]> {
    const r = await this.pool.query<Row>('SELECT * FROM plan_items WHERE plan_id = $1 AND outcome = ANY($2::text[]) ORDER BY idx', [id, outcomes]);
    return r.rows.map(toItem);
  }

  async insert(plan: StoredPlan, rows: readonly StoredRow[]): Promise<void> {
    const values = planValues(plan, bool).filter((_, i) => PLAN_INSERT_COLUMNS[i] !== 'author');
    try {
      await inTransaction(this.pool, async (client) => {
        await client.query(`INSERT INTO plans (${INSERT_COLUMNS.join(', ')}) VALUES (${placeholders(INSERT_COLUMNS.length)})`, values);
        await writeRows(client, plan.id, rows);
      });
    } catch (error) {
      throw planWriteError(error, { insertedAs: plan.status });
    }
  }

  async replaceRows(id: string, rows: readonly StoredRow[], patch: PlanPatch): Promise<void> {
    try {
      await inTransaction(this.pool, async (client) => {
        await client.query('DELETE FROM plan_rows WHERE plan_id = $1', [id]);
        await writeRows(client, id, rows);
        await updatePlan(client, id, patch);
      });
    } catch (error) {
      throw planWriteError(error, 'update');
    }
  }

  async update(id: string, patch: PlanPatch): Promise<void> {
    try {
      await updatePlan(this.pool, id, patch);
    } catch (error) {
      throw planWriteError(error, 'update');
    }
  }

  /** Recorded as the connected role; null records nothing (approvals are never withdrawn: a
   *  stale one no longer matches the content hash and is not shown). */
  async setApproval(id: string, approval: StoredApproval | null): Promise<void> {
    if (!approval) return;
    if (!approval.keyFingerprint || !approval.signature) throw new AppError('PLAN_APPROVAL_UNSIGNED', {});
    await this.approvals.record(id, {
      approvedAt: approval.approvedAt, contentHash: approval.contentHash, keyFingerprint: approval.keyFingerprint, signature: approval.signature, via: approval.via,
    });
  }

  async delete(id: string): Promise<void> {
    try {
      await inTransaction(this.pool, async (client) => {
        await client.query('DELETE FROM plan_items WHERE plan_id = $1', [id]);
        await client.query('DELETE FROM plan_rows WHERE plan_id = $1', [id]);
        await client.query('DELETE FROM plans WHERE id = $1', [id]);
      });
    } catch (error) {
      // An approved plan is referenced by its approval, which is kept for good.
      if (pgError(error).code === '23503') throw new AppError('PLAN_WRONG_STATE', { status: 'approved' });
      throw error;
    }
  }

  async createItems(id: string, items: readonly NewItem[], now: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const i of items) {
        await client.query(
          `INSERT INTO plan_items (plan_id, idx, counterparty_id, counterparty_name, indirect_partner_id, amount, memo, details_json, outcome, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)`,
          [id, i.index, i.counterpartyId, i.counterpartyName, i.indirectPartnerId, i.amount, i.memo, i.details ? JSON.stringify(i.details) : null, now],
        );
      }
    });
  }

  async updateItem(id: string, index: number, patch: ItemPatch, now: string): Promise<void> {
    await updateItem(this.pool, id, index, patch, now);
  }

  async updateItems(id: string, patches: ReadonlyArray<{ readonly index: number; readonly patch: ItemPatch }>, now: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const p of patches) await updateItem(client, id, p.index, p.patch, now);
    });
  }
}

type Queryable = Pick<pg.ClientBase, 'query'>;

async function writeRows(client: Queryable, id: string, rows: readonly StoredRow[]): Promise<void> {
  const sql = `INSERT INTO plan_rows (${ROW_COLUMNS.join(', ')}) VALUES (${placeholders(ROW_COLUMNS.length)})`;
  for (const [i, r] of rows.entries()) await client.query(sql, rowValues(id, i, r));
}

async function updatePlan(client: Queryable, id: string, patch: PlanPatch): Promise<void> {
  const sets = planPatchColumns(patch, bool);
  if (sets.length === 0) return;
  await client.query(`UPDATE plans SET ${sets.map(([c], i) => `${c} = $${i + 1}`).join(', ')} WHERE id = $${sets.length + 1}`, [...sets.map(([, v]) => v), id]);
}

async function updateItem(client: Queryable, id: string, index: number, patch: ItemPatch, now: string): Promise<void> {
  const sets: [string, unknown][] = [['updated_at', now], ...itemPatchColumns(patch)];
  await client.query(
    `UPDATE plan_items SET ${sets.map(([c], i) => `${c} = $${i + 1}`).join(', ')} WHERE plan_id = $${sets.length + 1} AND idx = $${sets.length + 2}`,
    [...sets.map(([, v]) => v), id, index],
  );
}
