// The ledger: applies commands atomically (all checks run before any change), keeps the
// journal that --state persists, and the log of applied money operations for the control API.
import Decimal from 'decimal.js';
import { ApiError } from '../errors';
import { num } from '../money';
import { utcStamp } from '../util/time';
import type { Command } from './commands';
import { reclaimCoupon, issueCoupons } from './coupons';
import { createCustomer, setBudget, setFrozen } from './customers';
import { fileRealname } from './realname';
import { grantCustomer, grantT2, reclaimCustomer, reclaimT2 } from './funding';
import { allocatable } from './postings';
import { adjustQuotas, reclaimQuotas } from './quotas';
import { requireT1, resolveScope } from './scope';
import type { Store } from './store';
import type { MoneyLogEntry } from './types';

type LogFields = Omit<MoneyLogEntry, 'seq' | 'operation' | 'partnerId' | 'time'>;

export class Ledger {
  readonly journal: Command[] = [];
  /** Called after every applied command (the state file hooks in here). */
  onApplied: ((cmd: Command) => void) | undefined;

  constructor(readonly store: Store) {}

  /** Applies a command; throws ApiError (and changes nothing) when a rule refuses it. */
  apply(cmd: Command): unknown {
    const result = this.run(cmd);
    this.journal.push(cmd);
    this.onApplied?.(cmd);
    return result;
  }

  private log(cmd: Command, partnerId: string, fields: LogFields): void {
    this.store.moneyLog.push({
      seq: this.store.moneyLog.length + 1, operation: cmd.kind, partnerId, ...fields, time: utcStamp(new Date(cmd.time)),
    });
  }

  private run(cmd: Command): unknown {
    const store = this.store;
    const caller = store.partners.get(cmd.caller);
    if (!caller) throw new ApiError(403, 'CBC.0151', 'Access denied.');
    const t1Only = cmd.kind === 'UpdateIndirectPartnerAccount' || cmd.kind === 'ReclaimIndirectPartnerAccount'
      || cmd.kind === 'UpdateCouponQuotas' || cmd.kind === 'ReclaimCouponQuotas';
    // Our choice: a test partner account may read but change nothing (spec lists CBC.99005035 for CreateSubCustomer).
    if (caller.testAccount) throw new ApiError(400, 'CBC.99005035', 'A test partner account cannot use this API.');
    if (t1Only) requireT1(caller);
    const scope = t1Only ? caller : resolveScope(store, caller, cmd.ip);
    const ipField = scope.id !== caller.id ? { indirectPartnerId: scope.id } : {};
    switch (cmd.kind) {
      case 'UpdateCustomerAccountAmount': {
        const amount = new Decimal(cmd.amount);
        const transferId = grantCustomer(store, scope, cmd.customerId, amount, cmd.time);
        this.log(cmd, caller.id, { ...ipField, customerId: cmd.customerId, amount: amount.toFixed(2), transId: transferId });
        return { transfer_id: transferId };
      }
      case 'ReclaimToPartnerAccount': {
        const amount = new Decimal(cmd.amount);
        const transId = reclaimCustomer(store, scope, cmd.customerId, amount, cmd.time);
        this.log(cmd, caller.id, { ...ipField, customerId: cmd.customerId, amount: amount.toFixed(2), transId });
        return { trans_id: transId };
      }
      case 'UpdateIndirectPartnerAccount': {
        const amount = new Decimal(cmd.amount);
        const transferId = grantT2(store, caller, cmd.t2Id, amount, cmd.time);
        this.log(cmd, caller.id, { indirectPartnerId: cmd.t2Id, amount: amount.toFixed(2), transId: transferId });
        return { transfer_id: transferId };
      }
      case 'ReclaimIndirectPartnerAccount': {
        const amount = new Decimal(cmd.amount);
        const transId = reclaimT2(store, caller, cmd.t2Id, amount, cmd.time);
        this.log(cmd, caller.id, { indirectPartnerId: cmd.t2Id, amount: amount.toFixed(2), transId });
        return { trans_id: transId };
      }
      case 'CreatePartnerCoupons': {
        const faceValue = new Decimal(cmd.faceValue);
        const result = issueCoupons(store, scope, { ...cmd, faceValue }, cmd.time);
        for (const info of result.coupon_infos) {
          this.log(cmd, caller.id, { ...ipField, customerId: info.id, quotaId: cmd.quotaId, couponId: info.coupon_id, amount: faceValue.toFixed(2) });
        }
        return result;
      }
      case 'ReclaimPartnerCoupons': {
        const amount = reclaimCoupon(store, scope, cmd.couponId, cmd.time);
        const coupon = store.coupons.get(cmd.couponId);
        this.log(cmd, caller.id, { ...ipField, couponId: cmd.couponId, quotaId: coupon?.quotaId, customerId: coupon?.customerId, amount: amount.toFixed(2) });
        return undefined;
      }
      case 'UpdateCouponQuotas': {
        const amount = new Decimal(cmd.amount);
        const result = adjustQuotas(store, caller, cmd.quotaId, cmd.t2Ids, amount, cmd.time);
        for (const info of result.simple_quota_infos) {
          this.log(cmd, caller.id, { indirectPartnerId: info.id, quotaId: info.quota_id, amount: amount.toFixed(2) });
        }
        return result;
      }
      case 'ReclaimCouponQuotas': {
        const result = reclaimQuotas(store, caller, cmd.quotaIds, cmd.remark, cmd.time);
        for (const r of result.reclaimed) {
          this.log(cmd, caller.id, { indirectPartnerId: r.t2Id, quotaId: r.quotaId, amount: r.amount.toFixed(2) });
        }
        return {
          simple_quota_infos: result.simple_quota_infos.map((q) => ({ quota_id: q.quota_id, quota_balance: num(q.quota_balance) })),
          error_details: result.error_details,
        };
      }
      case 'CreateSubCustomer': {
        const c = createCustomer(store, scope, cmd, cmd.time);
        return { domain_id: c.id, domain_name: c.accountName };
      }
      case 'FreezeSubCustomers':
      case 'UnfreezeSubCustomers':
        return setFrozen(store, scope, cmd.customerIds, cmd.type, cmd.kind === 'FreezeSubCustomers');
      case 'UpdateSubCustomerBudget':
        setBudget(store, scope, cmd.customerId, new Decimal(cmd.amount), cmd.budgetType, cmd.frozenOperateType, cmd.time);
        return undefined;
      case 'CreatePersonalRealnameAuth':
      case 'CreateEnterpriseRealnameAuthentication':
      case 'ChangeEnterpriseRealnameAuthentication': {
        const kind = cmd.kind === 'CreatePersonalRealnameAuth' ? 'individual' : cmd.kind === 'ChangeEnterpriseRealnameAuthentication' ? 'change' : 'enterprise';
        const result = fileRealname(store, scope, kind, cmd.customerId, cmd.name, cmd.verifiedNumber, cmd.time);
        // Logged like money: the fault tests count filings per customer (one per intent).
        this.log(cmd, caller.id, { customerId: cmd.customerId, amount: '0.00', transId: `realname:${cmd.customerId}:${store.customerById.get(cmd.customerId)?.realname?.attempts ?? 0}` });
        return result;
      }
    }
  }
}

export interface LedgerSummary {
  /** Σ partner cash + Σ available credit + Σ customer partner-funded balances: conserved by every API call. */
  moneyTotal: string;
  /** Σ quota balances + Σ balances of live (not activated / usable) coupons: conserved by every API call. */
  voucherTotal: string;
  customerBalanceTotal: string;
  fundedCustomers: number;
  partners: {
    id: string; role: string; accountName: string; cash: string; credit: string; creditLine: string; designated: string; allocatable: string;
  }[];
  quotas: { id: string; ownerId: string; parentId?: string; value: string; balance: string; status: number }[];
  liveCouponTotal: string;
  counts: { customers: number; coupons: number; adjustRecords: number; changeRecords: number; moneyLog: number; journal: number };
}

export function summarize(ledger: Ledger): LedgerSummary {
  const store = ledger.store;
  let customerTotal = new Decimal(0);
  let funded = 0;
  for (const c of store.customers) {
    if (c.balance === undefined) continue;
    funded += 1;
    customerTotal = customerTotal.plus(c.balance);
  }
  let partnerTotal = new Decimal(0);
  const partners = [...store.partners.values()].map((p) => {
    partnerTotal = partnerTotal.plus(p.cash).plus(p.credit);
    return {
      id: p.id, role: p.role, accountName: p.accountName, cash: p.cash.toFixed(2), credit: p.credit.toFixed(2),
      creditLine: p.creditLine.toFixed(2), designated: p.designated.toFixed(2), allocatable: allocatable(p).toFixed(2),
    };
  });
  let quotaTotal = new Decimal(0);
  const quotas = [...store.quotas.values()].map((q) => {
    quotaTotal = quotaTotal.plus(q.balance);
    return {
      id: q.id, ownerId: q.ownerId, ...(q.parentId !== undefined ? { parentId: q.parentId } : {}),
      value: q.value.toFixed(2), balance: q.balance.toFixed(2), status: q.status,
    };
  });
  let liveCoupons = new Decimal(0);
  for (const c of store.coupons.values()) if (c.status === 1 || c.status === 2) liveCoupons = liveCoupons.plus(c.balance);
  return {
    moneyTotal: partnerTotal.plus(customerTotal).toFixed(2),
    voucherTotal: quotaTotal.plus(liveCoupons).toFixed(2),
    customerBalanceTotal: customerTotal.toFixed(2),
    fundedCustomers: funded,
    partners,
    quotas,
    liveCouponTotal: liveCoupons.toFixed(2),
    counts: {
      customers: store.customers.length, coupons: store.coupons.size, adjustRecords: store.adjustRecords.length,
      changeRecords: store.changeRecords.length, moneyLog: store.moneyLog.length, journal: ledger.journal.length,
    },
  };
}
