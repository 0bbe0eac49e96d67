// SQLite persistence of plans, their rows (as typed, with the last validation) and their
// execution items. Synchronous better-sqlite3 calls: an item's state is on disk before the
// next network call is made, which is what resume-after-kill relies on.
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import type { ItemOutcome, PlanKind, PlanParams, PlanRowDetails, PlanStatus } from '../../../shared/contract/channels/plans';
import type { WriteDetails } from '../../../shared/domain/operations';
import { applyFourEyesSchema } from '../infra/journal/four-eyes-schema';
import { PLANS_MIGRATION } from '../infra/journal/plans-schema';
import { applyVoucherPlansSchema } from '../infra/journal/voucher-plans-schema';
import { cachedStatement } from '../infra/store/statement-cache';
import type { Problem } from './validate';
import type { ItemPatch, NewItem, PlanPatch, StoredApproval, StoredItem, StoredPlan, StoredRow } from '../infra/plan-store/plan-records';

export type { ItemPatch, NewItem, PlanPatch, StoredApproval, StoredItem, StoredPlan, StoredRow } from '../infra/plan-store/plan-records';

type Row = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
const json = <T>(v: unknown): T | null => (v === null || v === undefined || v === '' ? null : (JSON.parse(String(v)) as T));

function toPlan(r: Row): StoredPlan {
  return {
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as PlanKind,
    status: r.status as PlanStatus,
    author: String(r.author),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    requiresApproval: r.requires_approval === 1,
    contentHash: String(r.content_hash),
    total: String(r.total),
    errorRows: Number(r.error_rows),
    params: json<PlanParams>(r.params_json) ?? {},
    problems: JSON.parse(String(r.problems_json)) as Problem[],
    allocatable: r.allocatable == null ? null : { amount: String(r.allocatable), fetchedAt: String(r.allocatable_fetched_at ?? '') },
    approval:
      r.approval_approver == null
        ? null
        : {
            approver: String(r.approval_approver),
            approvedAt: String(r.approval_at),
            contentHash: String(r.approval_hash),
            via: r.approval_via as 'local' | 'file',
            keyFingerprint: s(r.approval_key),
            signature: s(r.approval_signature),
          },
    startedAt: s(r.started_at),
    finishedAt: s(r.finished_at),
  };
}

function toRow(r: Row): StoredRow {
  return {
    target: String(r.target),
    amount: String(r.amount),
    memo: String(r.memo),
    sourceLine: r.source_line == null ? null : Number(r.source_line),
    validTime: s(r.valid_time) ?? '',
    expireTime: s(r.expire_time) ?? '',
    resolution:
      r.counterparty_id == null
        ? null
        : {
            counterpartyId: String(r.counterparty_id),
            counterpartyName: s(r.counterparty_name),
            indirectPartnerId: s(r.indirect_partner_id),
            balance: s(r.balance),
            balanceFetchedAt: s(r.balance_fetched_at),
            details: json<PlanRowDetails>(r.details_json),
          },
    canonicalAmount: s(r.canonical_amount),
    problems: JSON.parse(String(r.problems_json)) as Problem[],
  };
}

function toItem(r: Row): StoredItem {
  return {
    index: Number(r.idx),
    counterpartyId: String(r.counterparty_id),
    counterpartyName: s(r.counterparty_name),
    indirectPartnerId: s(r.indirect_partner_id),
    amount: String(r.amount),
    memo: String(r.memo),
    details: json<WriteDetails>(r.details_json),
    outcome: r.outcome as ItemOutcome,
    attempts: Number(r.attempts),
    journalEntryId: s(r.journal_entry_id),
    transId: s(r.trans_id),
    errorCode: s(r.error_code),
    errorMessage: s(r.error_message),
    finishedAt: s(r.finished_at),
  };
}

const JSON_COLUMNS: ReadonlySet<keyof PlanPatch> = new Set(['problems', 'params']);

const PLAN_COLUMNS: Record<keyof PlanPatch, string> = {
  name: 'name',
  status: 'status',
  updatedAt: 'updated_at',
  requiresApproval: 'requires_approval',
  contentHash: 'content_hash',
  total: 'total',
  errorRows: 'error_rows',
  problems: 'problems_json',
  params: 'params_json',
  allocatable: 'allocatable',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
};

const ITEM_COLUMNS: Record<keyof ItemPatch, string> = {
  outcome: 'outcome',
  attempts: 'attempts',
  journalEntryId: 'journal_entry_id',
  transId: 'trans_id',
  errorCode: 'error_code',
  errorMessage: 'error_message',
  finishedAt: 'finished_at',
};

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
      this.sql(
          `INSERT INTO plans (id, name, kind, status, author, created_at, updated_at, requires_approval, content_hash, total,
             error_rows, problems_json, allocatable, allocatable_fetched_at, params_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(plan.id, plan.name, plan.kind, plan.status, plan.author, plan.createdAt, plan.updatedAt, plan.requiresApproval ? 1 : 0,
          plan.contentHash, plan.total, plan.errorRows, JSON.stringify(plan.problems), plan.allocatable?.amount ?? null,
          plan.allocatable?.fetchedAt ?? null, JSON.stringify(plan.params ?? {}));
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
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(patch) as [keyof PlanPatch, unknown][]) {
      if (value === undefined) continue;
      if (key === 'allocatable') {
        const a = value as StoredPlan['allocatable'];
        sets.push('allocatable = ?', 'allocatable_fetched_at = ?');
        values.push(a?.amount ?? null, a?.fetchedAt ?? null);
        continue;
      }
      sets.push(`${PLAN_COLUMNS[key]} = ?`);
      values.push(JSON_COLUMNS.has(key) ? JSON.stringify(value) : typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    if (sets.length === 0) return;
    this.sql(`UPDATE plans SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
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
    const sets = ['updated_at = ?'];
    const values: unknown[] = [now];
    for (const [key, value] of Object.entries(patch) as [keyof ItemPatch, unknown][]) {
      if (value === undefined) continue;
      sets.push(`${ITEM_COLUMNS[key]} = ?`);
      values.push(value);
    }
    this.sql(`UPDATE plan_items SET ${sets.join(', ')} WHERE plan_id = ? AND idx = ?`).run(...values, id, index);
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
    const insert = this.sql(
      `INSERT INTO plan_rows (plan_id, idx, target, amount, memo, source_line, counterparty_id, counterparty_name, indirect_partner_id,
         balance, balance_fetched_at, canonical_amount, problems_json, valid_time, expire_time, details_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    rows.forEach((r, i) =>
      insert.run(id, i, r.target, r.amount, r.memo, r.sourceLine, r.resolution?.counterpartyId ?? null, r.resolution?.counterpartyName ?? null,
        r.resolution?.indirectPartnerId ?? null, r.resolution?.balance ?? null, r.resolution?.balanceFetchedAt ?? null, r.canonicalAmount,
        JSON.stringify(r.problems), r.validTime || null, r.expireTime || null, r.resolution?.details ? JSON.stringify(r.resolution.details) : null),
    );
  }
}
