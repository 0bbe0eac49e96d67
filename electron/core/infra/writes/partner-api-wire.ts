// MoneyWire over the signed partner-API client: one write per send through its descriptor
// (the client never retries money-moving operations), outcomes classified by the
// descriptor's closed list of refusals, adjust records for reconciliation, the server's clock
// offset, and the counterparty's balance as supporting evidence.
import { operations, type PartnerApi } from '../partner-api';
import { writeResultOfError } from './outcome';
import { descriptorOf } from './registry';
import type { AdjustRecord, MoneyCallResult, MoneyWire } from './wire';

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

    async counterpartyBalance(call): Promise<string | null> {
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
