// MoneyWire over the signed partner-API client: one write per send through its descriptor
// (the client never retries money-moving operations), outcomes classified by the
// descriptor's closed list of refusals, adjust records for reconciliation, the server's clock
// offset, and the counterparty's balance as supporting evidence.
import { operations, type PartnerApi } from '../partner-api';
import type { EvidenceRecord } from './descriptor';
import { writeResultOfError, type WriteResult } from './outcome';
import { descriptorOf } from './registry';
import type { AdjustRecord, BatchCallResult, MoneyCallResult, MoneyWire } from './wire';

/** The API's UTC timestamp form (§2.3): seconds, no fraction. */
export function utcStamp(d: Date, round: 'down' | 'up'): string {
  const ms = round === 'up' ? Math.ceil(d.getTime() / 1000) * 1000 : Math.floor(d.getTime() / 1000) * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function partnerApiWire(api: PartnerApi): MoneyWire {
  return {
    async send(call): Promise<MoneyCallResult> {
      const descriptor = descriptorOf(call.operation);
      try {
        const r = await descriptor.send(api, call);
        return { outcome: 'done', transId: r.transId, requestId: r.requestId ?? null };
      } catch (error) {
        return writeResultOfError(error, descriptor);
      }
    },

    async sendBatch(calls): Promise<BatchCallResult> {
      const first = calls[0];
      if (!first) throw new Error('a batch call needs at least one item');
      const descriptor = descriptorOf(first.operation);
      if (!descriptor.batch) throw new Error(`${first.operation} is not sent in batches`);
      let answer;
      try {
        answer = await descriptor.batch.sendBatch(api, calls);
      } catch (error) {
        return { kind: 'whole', result: writeResultOfError(error, descriptor) };
      }
      const requestId = answer.requestId ?? null;
      const items = new Map<string, WriteResult>();
      const named = new Map<string, number>();
      const count = (k: string) => named.set(k, (named.get(k) ?? 0) + 1);
      for (const d of answer.done) {
        count(d.key);
        items.set(d.key, { outcome: 'done', transId: d.transId, requestId });
      }
      for (const e of answer.errors) {
        count(e.key);
        // Only a refusal the operation documents proves this item was not applied.
        items.set(
          e.key,
          descriptor.refusals.has(e.code)
            ? { outcome: 'failed', code: e.code, message: e.message, httpStatus: 200, requestId }
            : { outcome: 'unknown', reason: `${e.code || 'no code'} (not a refusal this operation documents): ${e.message}`, requestId },
        );
      }
      // Named twice (done and failed, or done twice): the answer contradicts itself.
      for (const [k, n] of named) {
        if (n > 1) items.set(k, { outcome: 'unknown', reason: 'the answer named this item more than once', requestId });
      }
      return { kind: 'items', items, requestId };
    },

    async couponRecords(q): Promise<EvidenceRecord[]> {
      const rows = await api.listAll(operations.vouchers.listPartnerCouponsRecord, {
        operation_types: [q.operationType as '1' | '2'],
        customer_id: q.customerId,
        ...(q.quotaId ? { quota_id: q.quotaId } : {}),
        ...(q.couponId ? { coupon_ids: [q.couponId] } : {}),
        operation_time_begin: utcStamp(q.from, 'down'),
        operation_time_end: utcStamp(q.to, 'up'),
        result: '0',
        ...(q.indirectPartnerId ? { indirect_partner_id: q.indirectPartnerId } : {}),
      });
      return rows
        .filter((r) => r.id && r.operation_amount && r.operation_time && (r.result ?? '0') === '0')
        .map((r) => ({
          transId: r.id as string,
          customerId: r.customer_id ?? '',
          operationType: r.operation_type ?? '',
          amount: r.operation_amount?.toFixed() ?? '',
          operationTime: new Date(r.operation_time as string).toISOString(),
          ...(r.quota_id ? { quotaId: r.quota_id } : {}),
          ...(r.coupon_id ? { couponId: r.coupon_id } : {}),
        }));
    },

    async quotaRecords(q): Promise<EvidenceRecord[]> {
      const rows = await api.listAll(operations.resellers.listCouponQuotasRecords, {
        indirect_partner_id: q.t2Id,
        operation_type: q.operationType as '10' | '11',
        ...(q.quotaId ? { quota_id: q.quotaId } : {}),
        ...(q.parentQuotaId ? { parent_quota_id: q.parentQuotaId } : {}),
        operation_time_begin: utcStamp(q.from, 'down'),
        operation_time_end: utcStamp(q.to, 'up'),
      });
      return rows
        .filter((r) => r.id && r.amount && r.operation_time && (r.result ?? '0') === '0')
        .map((r) => ({
          transId: r.id as string,
          customerId: r.indirect_partner_id ?? '',
          operationType: r.operation_type ?? '',
          amount: r.amount?.toFixed() ?? '',
          operationTime: new Date(r.operation_time as string).toISOString(),
          ...(r.quota_id ? { quotaId: r.quota_id } : {}),
          ...(r.parent_quota_id ? { parentQuotaId: r.parent_quota_id } : {}),
        }));
    },

    async adjustRecords(q): Promise<AdjustRecord[]> {
      const rows = (await api.listAll(operations.funding.listPartnerAdjustRecords, {
        customer_id: q.customerId,
        operation_type: q.operationType as 'SOURCE_OPERATION_BEADJUST' | 'SOURCE_OPERATION_BERETRIEVE',
        operation_time_begin: utcStamp(q.from, 'down'),
        operation_time_end: utcStamp(q.to, 'up'),
        ...(q.indirectPartnerId ? { indirect_partner_id: q.indirectPartnerId } : {}),
      }));
      return rows
        .filter((r) => r.trans_id && r.amount && r.operation_time)
        .map((r) => ({
          transId: r.trans_id as string,
          customerId: r.customer_id ?? '',
          operationType: r.operation_type ?? '',
          amount: r.amount?.toFixed() ?? '',
          operationTime: new Date(r.operation_time as string).toISOString(),
        }));
    },

    async customerEvidence(q): Promise<EvidenceRecord[]> {
      const ip = q.indirectPartnerId ? { indirect_partner_id: q.indirectPartnerId } : {};
      // For the evidence shown: about when the state was read (the window does not apply, `current`).
      const serverNow = () => new Date().toISOString();
      if (q.kind === 'created') {
        const rows = await api.listAll(operations.customers.listSubCustomers, { account_name: q.accountName, ...ip });
        const found = rows.filter((c) => c.account_name.toLowerCase() === q.accountName.toLowerCase());
        if (found.length) {
          return found.map((c) => ({
            transId: c.customer_id, customerId: c.customer_id, operationType: 'CreateSubCustomer', amount: '0',
            operationTime: c.associated_on ? new Date(c.associated_on).toISOString() : serverNow(), ...(c.xaccount_id ? { xaccountId: c.xaccount_id } : {}),
          }));
        }
        // Not listed. A free name proves the account does not exist; a taken one may be ours
        // with its association still running (§3.3): that cannot be decided yet.
        const check = await api.customers.checkUserIdentity({ search_type: 'name', search_value: q.accountName });
        if (check.check_result === 'used_by_user') {
          throw new Error(`the login name ${q.accountName} is taken but not listed among your customers yet: the association may still be running`);
        }
        return [];
      }
      if (q.kind === 'frozen') {
        const r = await api.customers.listSubCustomers({ customer_id: q.customerId, limit: 1, ...ip });
        const c = r.customer_infos?.find((x) => x.customer_id === q.customerId);
        const at = serverNow();
        return c ? [{ transId: `is_frozen:${c.customer_id}:${at}`, customerId: c.customer_id, operationType: 'is_frozen', amount: '0', operationTime: at, state: String(c.is_frozen ?? 0), current: true }] : [];
      }
      if (q.kind === 'realname') {
        const review = await api.realname.showRealnameAuthenticationReviewResult({ customer_id: q.customerId });
        const listed = await api.customers.listSubCustomers({ customer_id: q.customerId, limit: 1 });
        const c = listed.customer_infos?.find((x) => x.customer_id === q.customerId);
        const at = serverNow();
        return [{
          transId: `realname_review:${q.customerId}:${at}`, customerId: q.customerId, operationType: 'realname_review', amount: '0', operationTime: at,
          state: review.review_result === undefined || review.review_result === null ? 'none' : String(review.review_result), current: true,
          ...(c?.customer_type !== undefined && c.customer_type !== null ? { customerType: String(c.customer_type) } : {}),
        }];
      }
      const b = await api.intl.showSubCustomerBudget({ customer_id: q.customerId, ...ip });
      const at = serverNow();
      return [{
        transId: `budget:${q.customerId}:${at}`, customerId: q.customerId, operationType: 'budget', amount: b.budget_amount?.toFixed() ?? '0',
        operationTime: at, state: b.budget_type ?? 'MONTHLY', current: true,
      }];
    },

    async counterpartyBalance(call): Promise<string | null> {
      // A voucher write moves no balance: the records are the only evidence.
      if (descriptorOf(call.operation).facts.area !== 'funding') return null;
      if (descriptorOf(call.operation).facts.counterparty === 't2') {
        const r = await api.funding.listPartnerBalances({ indirect_partner_id: call.counterpartyId });
        const cash = r.account_balances?.find((b) => b.account_type === 1);
        return cash ? cash.amount.toFixed(2) : null;
      }
      const r = await api.funding.listCustomersBalancesDetail({
        customer_infos: [{ customer_id: call.counterpartyId }],
        ...(call.indirectPartnerId ? { indirect_partner_id: call.indirectPartnerId } : {}),
      });
      const b = r.customer_balances?.find((x) => x.customer_id === call.counterpartyId);
      return b?.amount ? b.amount.toFixed(2) : null;
    },

    serverClock: () => api.serverClock?.reading() ?? null,
  };
}
