// customers.previewOffboard / offboard / offboardSummary / exportOffboard. Gates (online;
// single-instance, approved, confirmed for the execute) are declared on the channels and
// applied by the router. The execute re-reads everything live, sends only what the operator
// reviewed (the confirmation binds it), one journal entry per reclaim in one group, each
// sent once through the existing descriptors (reclaimCustomer, reclaimCoupon).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import { OFFBOARDING_MEMO, type OffboardExecuteInput, type OffboardItemResult, type OffboardPreview, type OffboardPreviewInput, type OffboardResult, type OffboardSummary } from '../../../shared/contract/channels/offboarding';
import type { VoucherItemProblem } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { sumAmounts } from '../../../shared/domain/money';
import { huaweiCodeMeaning } from '../infra/http';
import type { ExecContext, MoneyIntent } from '../infra/writes/executor';
import { descriptorOf } from '../infra/writes/registry';
import type { MoneyRuntime } from '../money/runtime';
import { voucherConfirmedFields } from '../vouchers/confirm';
import { problem } from '../vouchers/problems';
import { exportOffboardSummary } from './offboard-export';
import { draftOffboard } from './offboard-preview';

const APPLIED = new Set(['done', 'reconciled-done']);
const UNRESOLVED = new Set(['pending', 'sent', 'unknown']);

/** The group as the journal holds it now; NOT_FOUND unless it is an offboarding. */
export function summaryOf(id: string, entries: readonly JournalEntryView[]): OffboardSummary {
  if (!entries.length || entries.some((e) => e.memo !== OFFBOARDING_MEMO)) throw new AppError('NOT_FOUND', { what: `offboarding ${id}` });
  const first = entries[0]!;
  const items = entries.map((e) => ({
    kind: e.operation === 'reclaimCustomer' ? ('balance' as const) : ('coupon' as const),
    key: e.operation === 'reclaimCustomer' ? e.counterpartyId : (e.details?.couponId ?? ''),
    amount: e.amount, state: e.state, entryId: e.id, transId: e.transId, code: e.code,
    reason: e.state === 'failed' ? huaweiCodeMeaning(e.code ?? undefined) : null,
  }));
  return {
    id, customerId: first.counterpartyId, customerName: entries.find((e) => e.counterpartyName)?.counterpartyName ?? null,
    indirectPartnerId: first.indirectPartnerId, operator: first.operator, createdAt: first.createdAt, currency: first.currency, items,
    reclaimed: sumAmounts(items.filter((i) => APPLIED.has(i.state)).map((i) => i.amount)),
    applied: items.filter((i) => APPLIED.has(i.state)).length,
    failed: items.filter((i) => i.state === 'failed' || i.state === 'reconciled-not-applied').length,
    unresolved: items.filter((i) => UNRESOLVED.has(i.state)).length,
  };
}

export interface OffboardingHandlers {
  previewOffboard(input: OffboardPreviewInput): Promise<OffboardPreview>;
  offboard(input: OffboardExecuteInput, ctx: ExecContext): Promise<OffboardResult>;
  offboardSummary(input: { id: string }): Promise<OffboardSummary>;
  exportOffboard(input: { id: string; format: 'csv' | 'xlsx'; language: 'en' | 'zh-CN' }): ReturnType<typeof exportOffboardSummary>;
}

export function offboardingHandlers(runtime: MoneyRuntime, now: () => Date = () => new Date()): OffboardingHandlers {
  const summary = async (id: string) => summaryOf(id, await runtime.require().executor.journal.byBatch(id));

  async function offboard(input: OffboardExecuteInput, ctx: ExecContext): Promise<OffboardResult> {
    const money = runtime.require();
    const live = await draftOffboard(input, money, now);
    const t2 = input.indirectPartnerId ?? null;
    const name = live.customerName;
    type Planned = { kind: 'balance' | 'coupon'; key: string; intent: MoneyIntent | null; problems: VoucherItemProblem[] };
    const planned: Planned[] = [];
    if (input.balance !== null) {
      // The reviewed amount, not a new reading: what the operator confirmed is what is asked
      // for. If the customer spent meanwhile, Huawei refuses it (CBC.99005003) and says so.
      planned.push({
        kind: 'balance', key: input.customerId, problems: [...live.balance.problems],
        intent: live.balance.problems.length ? null : {
          operation: 'reclaimCustomer', counterpartyId: input.customerId, counterpartyName: name, indirectPartnerId: t2, amount: input.balance, memo: OFFBOARDING_MEMO,
        },
      });
    }
    for (const c of input.coupons) {
      const held = live.coupons.find((x) => x.couponId === c.couponId);
      const problems = held ? [...held.problems] : [problem('VOUCHER_COUPON_UNKNOWN', { id: c.couponId })];
      // A coupon reclaim takes back whatever is left on it: journaled with what it holds now.
      planned.push({
        kind: 'coupon', key: c.couponId, problems,
        intent: problems.length || !held ? null : {
          operation: 'reclaimCoupon', counterpartyId: input.customerId, counterpartyName: name, indirectPartnerId: t2,
          amount: held.balance, memo: OFFBOARDING_MEMO, details: { couponId: c.couponId },
        },
      });
    }
    const intents = planned.flatMap((p) => (p.intent ? [p.intent] : []));
    if (!intents.length) throw new AppError('OFFBOARD_NOTHING', { name: name ?? input.customerId });

    const id = randomUUID();
    const results = await money.executor.executeMany(intents, ctx, { groupId: id });
    money.reads.invalidate();
    let next = 0;
    const items: OffboardItemResult[] = planned.map((p) => {
      if (!p.intent) return { kind: p.kind, key: p.key, status: 'skipped', problems: p.problems };
      const r = results[next++]!;
      if (!r.ok) return { kind: p.kind, key: p.key, status: 'refused', problem: problem(r.error.code, { ...r.error.details }) };
      const failed = r.entry.state === 'failed';
      const gone = descriptorOf(r.entry.operation).alreadyGone;
      return {
        kind: p.kind, key: p.key, status: 'sent', entry: r.entry,
        reason: failed ? huaweiCodeMeaning(r.entry.code ?? undefined) : null,
        alreadyGone: failed && !!r.entry.code && !!gone?.has(r.entry.code),
      };
    });
    // Every intent refused before anything was journaled leaves no group to summarise.
    const journaled = await money.executor.journal.byBatch(id);
    if (!journaled.length) throw results.find((r) => !r.ok)?.error ?? new AppError('JOURNAL_UNAVAILABLE', { reason: 'no entry' });
    return { items, summary: summaryOf(id, journaled) };
  }

  return {
    previewOffboard: async (input) => {
      const money = runtime.require();
      const draft = await draftOffboard(input, money, now);
      const { token, expiresAt } = runtime.confirmations.issue(
        voucherConfirmedFields('customers.offboard' as never, money.session.profile.id, draft.execute as Record<string, unknown>),
      );
      return { ...draft, confirmation: token, expiresAt };
    },
    offboard,
    offboardSummary: ({ id }) => summary(id),
    exportOffboard: async ({ id, format, language }) => {
      const s = await summary(id);
      try {
        return await exportOffboardSummary(s, format, language, join(runtime.require().session.profileDir, 'exports'), now());
      } catch (error) {
        throw new AppError('EXPORT_FAILED', { reason: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
