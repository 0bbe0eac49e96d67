// MoneyWire over the signed partner-API client: one money call per send (the client never
// retries money-moving operations and classifies ambiguous answers as `unknown`), adjust
// records for reconciliation, and the counterparty's balance as supporting evidence.
import { ApiError } from '../http/outcome';
import { AppError } from '../../../shared/contract/errors';
import { operations, type PartnerApi } from '../partner-api';
import { OPERATIONS } from './operations';
import type { AdjustRecord, MoneyCall, MoneyCallResult, MoneyWire } from './wire';

/** The API's UTC timestamp form (§2.3): seconds, no fraction. */
export function utcStamp(d: Date, round: 'down' | 'up'): string {
  const ms = round === 'up' ? Math.ceil(d.getTime() / 1000) * 1000 : Math.floor(d.getTime() / 1000) * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function sendOnce(api: PartnerApi, call: MoneyCall): Promise<{ transId: string; requestId: string | undefined }> {
  const ip = call.indirectPartnerId ?? undefined;
  switch (call.operation) {
    case 'fundCustomer':
    case 'fundT2Customer': {
      const r = await api.funding.updateCustomerAccountAmount({
        customer_id: call.counterpartyId, amount: call.amount, ...(call.operation === 'fundT2Customer' && ip ? { indirect_partner_id: ip } : {}),
      });
      return { transId: r.transfer_id, requestId: r.requestId };
    }
    case 'reclaimCustomer': {
      const r = await api.funding.reclaimToPartnerAccount({ customer_id: call.counterpartyId, amount: call.amount });
      return { transId: r.trans_id, requestId: r.requestId };
    }
    case 'fundT2': {
      const r = await api.resellers.updateIndirectPartnerAccount({ indirect_partner_id: call.counterpartyId, amount: call.amount });
      return { transId: r.transfer_id, requestId: r.requestId };
    }
    case 'reclaimT2': {
      const r = await api.resellers.reclaimIndirectPartnerAccount({ indirect_partner_id: call.counterpartyId, amount: call.amount });
      return { transId: r.trans_id, requestId: r.requestId };
    }
  }
}

export function partnerApiWire(api: PartnerApi): MoneyWire {
  return {
    async send(call): Promise<MoneyCallResult> {
      try {
        const r = await sendOnce(api, call);
        return { outcome: 'done', transId: r.transId, requestId: r.requestId ?? null };
      } catch (error) {
        if (error instanceof ApiError) {
          const requestId = error.requestId ?? null;
          if (error.outcome === 'unknown') {
            return { outcome: 'unknown', reason: String(error.details.reason ?? error.message), requestId };
          }
          return { outcome: 'failed', code: error.huaweiCode ?? error.code, message: error.message, httpStatus: error.status ?? null, requestId };
        }
        // A local refusal (e.g. the SK is missing from the keychain) happens before sending.
        if (error instanceof AppError) return { outcome: 'failed', code: error.code, message: error.message, httpStatus: null, requestId: null };
        throw error;
      }
    },

    async adjustRecords(q): Promise<AdjustRecord[]> {
      const rows = (await api.listAll(operations.funding.listPartnerAdjustRecords, {
        customer_id: q.customerId,
        operation_type: q.operationType,
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

    async counterpartyBalance(call): Promise<string | null> {
      if (OPERATIONS[call.operation].counterparty === 't2') {
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
  };
}
