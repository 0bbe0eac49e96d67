// SQLite persistence of plans, their rows (as typed, with the last validation) and their
// execution items. Synchronous better-sqlite3 calls: an item's state is on disk before the
// next network call is made, which is what resume-after-kill relies on.
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import type { ItemOutcome } from '../../../shared/contract/channels/plans';
import { applyFourEyesSchema } from '../infra/journal/four-eyes-schema';
import { PLANS_MIGRATION } from '../infra/journal/plans-schema';
import { applyVoucherPlansSchema } from '../infra/journal/voucher-plans-schema';
import { cachedStatement } from '../infra/store/statement-cache';
import type { ItemPatch, NewItem, PlanPatch, StoredApproval, StoredItem, StoredPlan, StoredRow } from '../infra/plan-store/plan-records';
import {
  itemPatchColumns, PLAN_INSERT_COLUMNS, planPatchColumns, planValues, ROW_COLUMNS, rowValues, s, toItem, toPlan as planOf, toRow, type Row,
} from '../infra/plan-store/plan-columns';

export type { ItemPatch, NewItem, PlanPatch, StoredApproval, StoredItem, StoredPlan, StoredRow } from '../infra/plan-store/plan-records';

/** SQLite keeps the current approval in the plan's own columns. */
function approvalOf(r: Row): StoredApproval | null {
  return (
      r.approval_approver == null
        ? null
        : {
            approver: String(r.approval_approver),
            approvedAt: String(r.approval_at),
            contentHash: String(r.approval_hash),
            via: r.approval_via as 'local' | 'file',
            keyFingerprint: s(r.approval_key),
            signature: s(r.approval_signature),
          });
}

const toPlan = (r: Row): StoredPlan => planOf(r, approvalOf(r));
const sqliteBool = (b: boolean) => (b ? 1 : 0);
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export class PlanRepository {
  constructor(private readonly db: Database.Database) {
    // Idempotent and once per connection: the voucher columns are there before any query.
    applyVoucherPlansSchema(db);
  }

  private sql(text: string) {
    return cachedStatement(this.db, text);
  }

  /** For a standalone database; the operations file applies these as its migrations 2, 4 and 9. */
  static applySchema(db: Database.Database): void {
    db.exec(PLANS_MIGRATION.sql);
    applyFourEyesSchema(db);
    applyVoucherPlansSchema(db);
  }

  list(): StoredPlan[] {
    return (this.sql('SELECT * FROM plans ORDER BY created_at DESC, id').all() as Row[]).map(toPlan);
  }

  get(id: string): StoredPlan | undefined {
    const r = this.sql('SELECT * FROM plans WHERE id = ?').get(id) as Row | undefined;
    return r ? toPlan(r) : undefined;
  }

  /** The plan, or PLAN_NOT_FOUND for the channel to return. */
  require(id: string): StoredPlan {
    const plan = this.get(id);
    if (!plan) throw new AppError('PLAN_NOT_FOUND', { id });
    return plan;
  }

  rows(id: string): StoredRow[] {
    return (this.sql('SELECT * FROM plan_rows WHERE plan_id = ? ORDER BY idx').all(id) as Row[]).map(toRow);
  }

  rowCount(id: string): number {
    return (this.sql('SELECT COUNT(*) AS n FROM plan_rows WHERE plan_id = ?').get(id) as { n: number }).n;
  }

  items(id: string): StoredItem[] {
    return (this.sql('SELECT * FROM plan_items WHERE plan_id = ? ORDER BY idx').all(id) as Row[]).map(toItem);
  }

  insert(plan: StoredPlan, rows: readonly StoredRow[]): void {
    this.db.transaction(() => {
      this.sql(`INSERT INTO plans (${PLAN_INSERT_COLUMNS.join(', ')}) VALUES (${marks(PLAN_INSERT_COLUMNS.length)})`).run(...planValues(plan, sqliteBool));
      this.writeRows(plan.id, rows);
    })();
  }

  /** Replaces the rows and the derived fields in one transaction; clears any approval when
   *  the content hash changed (the approval is for other content). */
  replaceRows(id: string, rows: readonly StoredRow[], patch: PlanPatch): void {
    this.db.transaction(() => {
      this.sql('DELETE FROM plan_rows WHERE plan_id = ?').run(id);
      this.writeRows(id, rows);
      this.update(id, patch);
    })();
  }

  update(id: string, patch: PlanPatch): void {
    const sets = planPatchColumns(patch, sqliteBool);
    if (sets.length === 0) return;
    this.sql(`UPDATE plans SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...sets.map(([, v]) => v), id);
  }

  setApproval(id: string, approval: StoredApproval | null): void {
    this.sql(
        `UPDATE plans SET approval_approver = ?, approval_at = ?, approval_hash = ?, approval_via = ?, approval_key = ?, approval_signature = ?
         WHERE id = ?`,
      )
      .run(approval?.approver ?? null, approval?.approvedAt ?? null, approval?.contentHash ?? null, approval?.via ?? null,
        approval?.keyFingerprint ?? null, approval?.signature ?? null, id);
  }

  delete(id: string): void {
    this.db.transaction(() => {
      this.sql('DELETE FROM plan_items WHERE plan_id = ?').run(id);
      this.sql('DELETE FROM plan_rows WHERE plan_id = ?').run(id);
      this.sql('DELETE FROM plans WHERE id = ?').run(id);
    })();
  }

  /** Freezes the rows into execution items (once, when execution first starts). */
  createItems(id: string, items: readonly NewItem[], now: string): void {
    const insert = this.sql(
      `INSERT INTO plan_items (plan_id, idx, counterparty_id, counterparty_name, indirect_partner_id, amount, memo, details_json, outcome, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
    );
    this.db.transaction(() => {
      for (const i of items) {
        insert.run(id, i.index, i.counterpartyId, i.counterpartyName, i.indirectPartnerId, i.amount, i.memo, i.details ? JSON.stringify(i.details) : null, now);
      }
    })();
  }

  updateItem(id: string, index: number, patch: ItemPatch, now: string): void {
    const sets: [string, unknown][] = [['updated_at', now], ...itemPatchColumns(patch)];
    this.sql(`UPDATE plan_items SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE plan_id = ? AND idx = ?`).run(...sets.map(([, v]) => v), id, index);
  }

  /** Several items' patches in one commit (a batch call's outcomes). */
  updateItems(id: string, patches: ReadonlyArray<{ readonly index: number; readonly patch: ItemPatch }>, now: string): void {
    this.db.transaction(() => {
      for (const p of patches) this.updateItem(id, p.index, p.patch, now);
    })();
  }

  /** Items by outcome, for resuming: what was in flight when the process died. */
  itemsWithOutcome(id: string, outcomes: readonly ItemOutcome[]): StoredItem[] {
    const marks = outcomes.map(() => '?').join(', ');
    return (this.sql(`SELECT * FROM plan_items WHERE plan_id = ? AND outcome IN (${marks}) ORDER BY idx`).all(id, ...outcomes) as Row[]).map(toItem);
  }

  private writeRows(id: string, rows: readonly StoredRow[]): void {
    const insert = this.sql(`INSERT INTO plan_rows (${ROW_COLUMNS.join(', ')}) VALUES (${marks(ROW_COLUMNS.length)})`);
    rows.forEach((r, i) => insert.run(...rowValues(id, i, r)));
  }
}
