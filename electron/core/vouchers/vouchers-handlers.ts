// vouchers.* channels: four previews (checked, confirmation token) and four executes
// (confirmed, approved, journaled per item, sent in calls of the API's size). Gates are
// declared in shared/contract and applied by the router before these run.
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { VoucherItemResult, VoucherPreview, VoucherResult } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { huaweiCodeMeaning } from '../infra/http';
import type { ExecContext, MoneyIntent } from '../infra/writes/executor';
import { chunkCalls } from '../infra/writes/batches';
import { callOfIntent } from '../infra/writes/executor';
import { descriptorOf } from '../infra/writes/registry';
import type { PartnerApi } from '../infra/partner-api';
import type { MoneyRuntime } from '../money/runtime';
import { voucherConfirmedFields, type VoucherExecuteChannel } from './confirm';
import { draftIssue } from './issue-preview';
import { draftQuotaGrant, draftQuotaReclaim } from './quota-preview';
import { reclaimedAmounts } from './quota-facts';
import { problem } from './problems';
import { draftReclaim } from './reclaim-preview';
import { unresolvedTwins } from './problems';
import type { VoucherDeps, VoucherDraft } from './voucher-draft';
import type { VoucherReference } from './voucher-reference';

type H = AreaHandlers<Contract, 'vouchers'>;

/** `reference`: the synced facts items are checked against (the profile's snapshot store). */
export function vouchersHandlers(runtime: MoneyRuntime, reference: () => VoucherReference, now: () => Date = () => new Date()): H {
  const deps = async (): Promise<VoucherDeps> => {
    const money = runtime.require();
    return {
      api: money.session.api as PartnerApi,
      reference: reference(),
      unresolved: await unresolvedTwins(money.executor.journal),
      role: money.role,
      currency: money.executor.profile.currency,
      now,
    };
  };

  const signed = (channel: VoucherExecuteChannel, input: object, draft: VoucherDraft): VoucherPreview => {
    const { token, expiresAt } = runtime.confirmations.issue(voucherConfirmedFields(channel, runtime.require().session.profile.id, input as Record<string, unknown>));
    return { ...draft.preview, confirmation: token, expiresAt };
  };

  /** Sends the items without problems; reports every item. */
  async function run(draft: VoucherDraft, ctx: ExecContext): Promise<VoucherResult> {
    const money = runtime.require();
    const intents = draft.intents.filter((i): i is MoneyIntent => i !== null);
    if (!intents.length) throw new AppError('VOUCHER_NOTHING_TO_SEND', { count: draft.preview.items.length });
    const sentAt = now();
    const results = await money.executor.executeMany(intents, ctx);
    money.reads.invalidate();
    const descriptor = descriptorOf(draft.preview.operation);
    let next = 0;
    const items: VoucherItemResult[] = draft.preview.items.map((item, i) => {
      if (!draft.intents[i]) return { key: item.key, status: 'skipped', problems: item.problems };
      const r = results[next++]!;
      if (!r.ok) {
        return { key: item.key, status: 'refused', problem: problem(r.error.code, { ...r.error.details }) };
      }
      const failed = r.entry.state === 'failed';
      return {
        key: item.key, status: 'sent', entry: r.entry,
        reason: failed ? huaweiCodeMeaning(r.entry.code ?? undefined) : null,
        alreadyGone: failed && !!r.entry.code && !!descriptor.alreadyGone?.has(r.entry.code),
        recordedAmount: null,
      };
    });
    if (draft.preview.operation === 'reclaimCoupon') await addReclaimedAmounts(items, sentAt);
    const sent = items.filter((x): x is Extract<VoucherItemResult, { status: 'sent' }> => x.status === 'sent');
    return {
      operation: draft.preview.operation,
      items,
      done: sent.filter((x) => x.entry.state === 'done').length,
      failed: sent.filter((x) => x.entry.state === 'failed').length + items.filter((x) => x.status === 'refused').length,
      unknown: sent.filter((x) => x.entry.state === 'unknown' || x.entry.state === 'sent').length,
      skipped: items.filter((x) => x.status === 'skipped').length,
      calls: chunkCalls(intents, callOfIntent).length,
    };
  }

  /** A partly used coupon returns only its remainder: show what the records say was taken. */
  async function addReclaimedAmounts(items: VoucherItemResult[], since: Date): Promise<void> {
    const done = items.filter((x): x is Extract<VoucherItemResult, { status: 'sent' }> => x.status === 'sent' && x.entry.state === 'done');
    if (!done.length) return;
    try {
      const byT2 = new Map<string | null, string[]>();
      for (const d of done) byT2.set(d.entry.indirectPartnerId, [...(byT2.get(d.entry.indirectPartnerId) ?? []), d.key]);
      const amounts = new Map<string, string>();
      for (const [t2, ids] of byT2) for (const [k, v] of await reclaimedAmounts(runtime.require().session.api as PartnerApi, ids, since, t2)) amounts.set(k, v);
      for (let i = 0; i < items.length; i++) {
        const x = items[i]!;
        if (x.status === 'sent' && amounts.has(x.key)) items[i] = { ...x, recordedAmount: amounts.get(x.key)! };
      }
    } catch {
      // The records can be read later (Vouchers screen); the reclaim itself is journaled.
    }
  }

  return {
    previewIssue: async (input) => signed('vouchers.issue', input, await draftIssue(input, await deps())),
    issue: async (input, ctx) => run(await draftIssue(input, await deps()), ctx),
    previewReclaim: async (input) => signed('vouchers.reclaim', input, await draftReclaim(input, await deps())),
    reclaim: async (input, ctx) => run(await draftReclaim(input, await deps()), ctx),
    previewQuotaGrant: async (input) => signed('vouchers.grantQuota', input, await draftQuotaGrant(input, await deps())),
    grantQuota: async (input, ctx) => run(await draftQuotaGrant(input, await deps()), ctx),
    previewQuotaReclaim: async (input) => signed('vouchers.reclaimQuota', input, await draftQuotaReclaim(input, await deps())),
    reclaimQuota: async (input, ctx) => run(await draftQuotaReclaim(input, await deps()), ctx),
  };
}
