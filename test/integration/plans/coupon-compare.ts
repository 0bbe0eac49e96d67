// The coupon soak's verdict: the sandbox's log of coupons it really issued against the journal
// and the plan items, item by item. A coupon the log holds must be the one coupon of exactly
// one applied journal entry (none issued twice, none unexplained); every plan item must end
// applied once or failed with a refusal the operation documents (none lost, every partial
// failure explained).
import { Journal, openJournalDb } from '../../../electron/core/money';
import { descriptorOf } from '../../../electron/core/infra/writes/registry';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import Database from 'better-sqlite3';

/** The solution provider's main voucher quota in the seeded sandbox (800,000 yuan, no issue rules). */
export const SOAK_QUOTA = 'QSPA00000000000000000011';
/** The T1's main voucher quota (2,000,000 yuan), the parent of its T2s' child quotas. */
export const SOAK_PARENT_QUOTA = 'QT1A00000000000000000001';

export interface CouponVerdict {
  readonly planned: number;
  readonly applied: number;
  readonly mismatches: number;
  readonly duplicates: number;
  readonly refusals: Readonly<Record<string, number>>;
  readonly details: string[];
}

type Entry = ReturnType<Journal['byPlanItem']>[number];
type Item = ReturnType<PlanRepository['items']>[number];

/** Every plan item with its journal entries and the applied ones; returns how many items there were. */
function eachItem(journalDb: string, planDb: string, plans: readonly { id: string }[], visit: (where: string, item: Item, entries: Entry[], good: Entry[]) => void): number {
  const journal = new Journal(openJournalDb(journalDb));
  const db = new Database(planDb, { readonly: true });
  const repo = new PlanRepository(db);
  let planned = 0;
  for (const p of plans) {
    for (const item of repo.items(p.id)) {
      planned += 1;
      const entries = journal.byPlanItem(p.id, String(item.index));
      visit(`${p.id}#${item.index}`, item, entries, entries.filter((e) => e.state === 'done' || e.state === 'reconciled-done'));
    }
  }
  db.close();
  return planned;
}

export function compareCoupons(sb: RunningSandbox, journalDb: string, planDb: string, plans: readonly { id: string }[]): CouponVerdict {
  const details: string[] = [];
  const issued = sb.control.log().filter((e) => e.operation === 'CreatePartnerCoupons');
  const byCoupon = new Map(issued.map((e) => [e.couponId ?? '', e]));
  const refusals = descriptorOf('issueCoupon').refusals;
  const explained: Record<string, number> = {};
  const claimed = new Map<string, string>();
  let duplicates = 0;
  const planned = eachItem(journalDb, planDb, plans, (where, item, entries, good) => {
    if (good.length > 1) duplicates += good.length - 1;
    for (const e of good) {
      const c = e.transId ? byCoupon.get(e.transId) : undefined;
      if (!c) details.push(`${where}: journal says coupon ${e.transId} was issued, the sandbox never issued it`);
      else if (c.customerId !== item.counterpartyId || c.amount !== item.amount || c.quotaId !== SOAK_QUOTA) {
        details.push(`${where}: coupon ${e.transId} went to ${c.customerId} (${c.amount} from ${c.quotaId})`);
      }
      if (e.transId && claimed.has(e.transId)) details.push(`${where}: coupon ${e.transId} is also claimed by ${claimed.get(e.transId)}`);
      if (e.transId) claimed.set(e.transId, where);
    }
    const last = entries.at(-1);
    if (item.outcome === 'done' || item.outcome === 'reconciled-done') {
      if (good.length !== 1) details.push(`${where}: ${good.length} issued journal entries (${entries.map((e) => e.state).join(',')})`);
    } else if (item.outcome === 'failed' && good.length === 0 && last?.state === 'failed' && last.code && refusals.has(last.code)) {
      // A documented refusal of this customer: explained, and (the log agrees) no coupon for it.
      explained[last.code] = (explained[last.code] ?? 0) + 1;
    } else {
      details.push(`${where}: item ends ${item.outcome} (${entries.map((e) => `${e.state}${e.code ? ` ${e.code}` : ''}`).join(',') || 'no entry'})`);
    }
  });
  for (const c of issued) {
    if (!claimed.has(c.couponId ?? '')) {
      duplicates += 1;
      details.push(`sandbox issued coupon ${c.couponId} to ${c.customerId} (${c.amount}) that no journal entry explains`);
    }
  }
  return { planned, applied: issued.length, mismatches: details.length, duplicates, refusals: explained, details };
}

/**
 * The quota soak's verdict: every child quota the sandbox carved for a T2 is the one of exactly
 * one applied journal entry of that T2 and amount, and every plan item is applied once.
 */
export function compareQuotaGrants(sb: RunningSandbox, journalDb: string, planDb: string, plans: readonly { id: string }[]): CouponVerdict {
  const details: string[] = [];
  const granted = sb.control.log().filter((e) => e.operation === 'UpdateCouponQuotas');
  const byQuota = new Map(granted.map((e) => [e.quotaId ?? '', e]));
  const claimed = new Set<string>();
  let duplicates = 0;
  const planned = eachItem(journalDb, planDb, plans, (where, item, entries, good) => {
    if (good.length !== 1) details.push(`${where}: ${good.length} applied journal entries (${entries.map((e) => e.state).join(',')})`);
    if (good.length > 1) duplicates += good.length - 1;
    for (const e of good) {
      const g = e.transId ? byQuota.get(e.transId) : undefined;
      if (!g) details.push(`${where}: journal says child quota ${e.transId} was granted, the sandbox never made it`);
      else if (g.indirectPartnerId !== item.counterpartyId || g.amount !== item.amount) details.push(`${where}: ${e.transId} went to ${g.indirectPartnerId} (${g.amount})`);
      if (e.transId) claimed.add(e.transId);
    }
  });
  for (const g of granted) {
    if (!claimed.has(g.quotaId ?? '')) {
      duplicates += 1;
      details.push(`sandbox granted ${g.quotaId} to ${g.indirectPartnerId} (${g.amount}) that no journal entry explains`);
    }
  }
  return { planned, applied: granted.length, mismatches: details.length, duplicates, refusals: {}, details };
}
