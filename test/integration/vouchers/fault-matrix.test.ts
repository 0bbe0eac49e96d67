// Every voucher descriptor × every injected fault, through the journaled executor against the
// sandbox: issue to 3 customers and grant to 2 T2s in one call each, reclaim one coupon,
// reclaim 2 child quotas in one call. After reconciliation (past the production settle time
// on the world clock) the journal and the sandbox's applied-operation log agree exactly: no
// coupon or child quota issued twice, none lost, every item's state the one the fault implies,
// and the vouchers' total value conserved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import { factsOf, type VoucherOperation } from '../../../shared/domain/operations';
import type { MoneyIntent } from '../../../electron/core/money';
import { DEMO_SP, DEMO_T1, DEMO_T2S, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { WorldClock } from '../../support/world-clock';
import { DELAY_MS, FAULTS, injectFault } from '../money/faults';
import { SETTLE_MS, clockFor, executorFor } from '../money/harness';
import { resaleCustomers, seedQuota } from './harness';

const ctx = { operator: 'voucher-fault-matrix' };
const APPLIED = ['done', 'reconciled-done'];
const OPS: readonly VoucherOperation[] = ['issueCoupon', 'reclaimCoupon', 'grantQuota', 'reclaimQuota'];

let sb: RunningSandbox;
let clock: WorldClock;
let sp: ReturnType<typeof executorFor>;
let t1: ReturnType<typeof executorFor>;
let customers: string[];
const T2S = DEMO_T2S.slice(0, 2).map((t) => t.domainId);

/** The key the journal's transId carries for an applied log entry of the sandbox. */
function keyOf(l: { operation: string; couponId?: string; quotaId?: string }): string {
  switch (l.operation) {
    case 'CreatePartnerCoupons': return l.couponId!;
    case 'ReclaimPartnerCoupons': return `reclaim:${l.couponId}`;
    case 'UpdateCouponQuotas': return l.quotaId!;
    case 'ReclaimCouponQuotas': return `reclaim:${l.quotaId}`;
    default: return '';
  }
}
const voucherLog = () => sb.control.log().filter((l) => keyOf(l) !== '');

beforeAll(async () => {
  sb = await startSandbox({ customers: 200, seed: 13, rateLimits: false });
  clock = clockFor(sb);
  sp = executorFor(sb, DEMO_SP, clock);
  t1 = executorFor(sb, DEMO_T1, clock);
  customers = resaleCustomers(sb, DEMO_SP.domainId, 3);
});
afterAll(async () => {
  sp?.close();
  t1?.close();
  await sb?.close();
});

/** Fresh targets per case (set up without faults), so no case's records explain another's. */
async function intentsFor(op: VoucherOperation, n: number): Promise<MoneyIntent[]> {
  const faceValue = `${n}.${String(n % 100).padStart(2, '0')}`;
  switch (op) {
    case 'issueCoupon': {
      const quotaId = seedQuota(sb, DEMO_SP.domainId, '10000');
      return customers.map((c) => ({ operation: op, counterpartyId: c, amount: faceValue, details: { quotaId } }));
    }
    case 'reclaimCoupon': {
      const quotaId = seedQuota(sb, DEMO_SP.domainId, '10000');
      const issued = await sp.executor.execute({ operation: 'issueCoupon', counterpartyId: customers[0]!, amount: faceValue, details: { quotaId } }, ctx);
      return [{ operation: op, counterpartyId: customers[0]!, amount: faceValue, details: { couponId: issued.transId! } }];
    }
    case 'grantQuota': {
      const quotaId = seedQuota(sb, DEMO_T1.domainId, '10000');
      return T2S.map((t) => ({ operation: op, counterpartyId: t, amount: faceValue, details: { quotaId } }));
    }
    case 'reclaimQuota': {
      const parent = seedQuota(sb, DEMO_T1.domainId, '10000');
      const granted = await t1.executor.executeMany(T2S.map((t) => ({ operation: 'grantQuota', counterpartyId: t, amount: faceValue, details: { quotaId: parent } })), ctx);
      return granted.map((g) => {
        if (!g.ok) throw g.error;
        return { operation: op, counterpartyId: g.entry.counterpartyId, amount: faceValue, details: { quotaId: g.entry.transId! } };
      });
    }
  }
}

describe('fault matrix: every voucher write under every injected fault', () => {
  let n = 0;
  for (const op of OPS) {
    for (const fault of FAULTS) {
      it(`${op} with ${fault.name ?? fault.kind}: ${fault.sent}, then ${fault.final}; journal and ledger agree per item`, async () => {
        n += 1;
        const exec = factsOf(op).tiers.includes('SP') ? sp.executor : t1.executor;
        const intents = await intentsFor(op, n);
        const logBefore = sb.control.log().length;
        const vouchersBefore = sb.control.ledger().voucherTotal;
        injectFault(sb, clock, fault, factsOf(op).api);

        const results = await exec.executeMany(intents, ctx);
        const sent = results.map((r) => {
          if (!r.ok) throw r.error;
          return r.entry;
        });
        // One call carried every item: each is its own entry with the call's fate.
        expect(new Set(sent.map((e) => e.batchId)).size).toBe(1);
        expect(sent.map((e) => e.state)).toEqual(sent.map(() => fault.sent));
        if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, DELAY_MS + 150));
        sb.control.clearFaults();
        clock.advance(SETTLE_MS + 1000);

        const summary = await exec.reconcileAll(ctx);
        sb.control.clearRecordLags();
        clock.skewServer(0);
        expect(summary.stillUnknown).toBe(0);
        const final = await Promise.all(sent.map((e) => exec.journal.require(e.id)));
        expect(final.map((e) => e.state)).toEqual(final.map(() => fault.final));

        const applied = sb.control.log().slice(logBefore).map(keyOf).sort();
        const claimed = final.filter((e) => APPLIED.includes(e.state)).map((e) => e.transId!).sort();
        expect(claimed).toEqual(applied);
        expect(sb.control.ledger().voucherTotal).toBe(vouchersBefore);
      });
    }
  }

  it('ends with every applied voucher write explained by exactly one journal entry, and none unresolved', async () => {
    const entries: JournalEntryView[] = [...(await sp.journal.list({}, 0, 5000)).entries, ...(await t1.journal.list({}, 0, 5000)).entries];
    const claimed = entries.filter((e) => APPLIED.includes(e.state)).map((e) => e.transId!);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort()).toEqual(voucherLog().map(keyOf).sort());
    expect(entries.filter((e) => ['pending', 'sent', 'unknown'].includes(e.state))).toEqual([]);
  });
});
