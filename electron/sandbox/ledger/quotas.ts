// Voucher quota carved out for T2s and taken back (spec §4.5, §4.6).
import type Decimal from 'decimal.js';
import { ApiError, itemError, quotaMissing, type ItemError } from '../errors';
import { ZERO } from '../money';
import { usableQuota } from './coupons';
import { linkedT2 } from './scope';
import { makeId, type Store } from './store';
import type { Partner, Quota } from './types';

export interface AdjustQuotasResult {
  simple_quota_infos: { id: string; quota_id: string }[];
  error_details: ItemError[];
}

export function adjustQuotas(store: Store, t1: Partner, quotaId: string, t2Ids: string[], amount: Decimal, time: number): AdjustQuotasResult {
  const parent = usableQuota(store, t1, quotaId, time);
  if (parent.parentId !== undefined) throw quotaMissing(quotaId);
  const result: AdjustQuotasResult = { simple_quota_infos: [], error_details: [] };
  for (const t2Id of t2Ids) {
    try {
      linkedT2(store, t1, t2Id);
      if (parent.balance.lt(amount)) throw new ApiError(200, 'CBC.99000013', 'The quota balance is insufficient.');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      result.error_details.push(itemError(t2Id, e));
      continue;
    }
    const child: Quota = {
      id: makeId('QT', time, store.nextSerial()), ownerId: t2Id, parentId: parent.id, type: parent.type, value: amount, balance: amount,
      status: 0, createTime: time, lastUpdateTime: time, effectiveTime: parent.effectiveTime, expireTime: parent.expireTime,
      serviceTypes: parent.serviceTypes,
    };
    parent.balance = parent.balance.minus(amount);
    parent.lastUpdateTime = time;
    store.quotas.set(child.id, child);
    store.quotaRecords.push({
      id: makeId('QR', time, store.nextSerial()), t1Id: t1.id, operator: t1.accountName, operationType: '10', quotaId: child.id,
      parentQuotaId: parent.id, amount, time, t2Id, remark: '',
    });
    result.simple_quota_infos.push({ id: t2Id, quota_id: child.id });
  }
  return result;
}

export interface ReclaimQuotasResult {
  simple_quota_infos: { quota_id: string; quota_balance: Decimal }[];
  error_details: ItemError[];
  reclaimed: { quotaId: string; t2Id: string; amount: Decimal }[];
}

/** Takes back the unused remainder of child quotas; coupons the T2 already issued stay issued. */
export function reclaimQuotas(store: Store, t1: Partner, quotaIds: string[], remark: string, time: number): ReclaimQuotasResult {
  const result: ReclaimQuotasResult = { simple_quota_infos: [], error_details: [], reclaimed: [] };
  for (const quotaId of quotaIds) {
    const child = store.quotas.get(quotaId);
    const parent = child?.parentId !== undefined ? store.quotas.get(child.parentId) : undefined;
    if (!child || !parent || parent.ownerId !== t1.id || child.status !== 0) {
      result.error_details.push(itemError(quotaId, new ApiError(200, 'CBC.99000012', `Quota ${quotaId} does not exist or is in a wrong status.`)));
      continue;
    }
    const amount = child.balance;
    parent.balance = parent.balance.plus(amount);
    parent.lastUpdateTime = time;
    child.balance = ZERO;
    child.status = 6;
    child.lastUpdateTime = time;
    store.quotaRecords.push({
      id: makeId('QR', time, store.nextSerial()), t1Id: t1.id, operator: t1.accountName, operationType: '11', quotaId: child.id,
      parentQuotaId: parent.id, amount, time, t2Id: child.ownerId, remark,
    });
    result.simple_quota_infos.push({ quota_id: child.id, quota_balance: child.balance });
    result.reclaimed.push({ quotaId: child.id, t2Id: child.ownerId, amount });
  }
  return result;
}
