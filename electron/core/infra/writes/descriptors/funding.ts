// The five funding writes (partner-api.md §4.2, §4.3, §5.4, §5.5) as descriptors. None takes
// an idempotency key (§2.6): a repeated call moves money again. Evidence: the adjust record
// of ListPartnerAdjustRecords (§5.6) with the same counterparty, type and amount.
import { compareAmounts } from '../../../../../shared/domain/money';
import { WRITE_OPERATIONS } from '../../../../../shared/domain/operations';
import type { EvidenceRecord, WriteCall, WriteDescriptor } from '../descriptor';
import { COMMON_REFUSALS } from './refusals';

const BEADJUST = 'SOURCE_OPERATION_BEADJUST';
const BERETRIEVE = 'SOURCE_OPERATION_BERETRIEVE';

/** Each operation's own refusals, from its error table; CBC.0999 ("other error") is never one. */
const OWN_REFUSALS = {
  // §5.4: not the partner's customer, no permission, T2 not linked, insufficient balance, referral customer.
  customerGrant: ['CBC.99000000', 'CBC.99000035', 'CBC.99000037', 'CBC.99005003', 'CBC.5003', 'CBC.5002', 'CBC.5004', 'CBC.5021'],
  // §5.5: no partner-funded account, above what can be reclaimed.
  customerReclaim: ['CBC.99000000', 'CBC.99000035', 'CBC.99000037', 'CBC.99000047', 'CBC.99005003', 'CBC.5003', 'CBC.5002', 'CBC.5004', 'CBC.5021'],
  // §4.2 / §4.3: no permission on this T2, insufficient balance.
  t2: ['CBC.99000037', 'CBC.99005003'],
} as const;

const refusals = (own: readonly string[]): ReadonlySet<string> => new Set([...COMMON_REFUSALS, ...own]);

function sameAmount(a: string, b: string): boolean {
  try {
    return compareAmounts(a, b) === 0;
  } catch {
    return false;
  }
}

/** `t2`: the T2 is the record's customer_id and the T1 reads its own records (no indirect_partner_id). */
const adjustRecordOf = (operationType: string, counterparty: 'customer' | 't2' = 'customer') => ({
  evidenceQuery: (call: WriteCall) => ({
    list: 'adjustRecords' as const,
    customerId: call.counterpartyId,
    operationType,
    indirectPartnerId: counterparty === 't2' ? null : call.indirectPartnerId,
  }),
  matches: (call: WriteCall, r: EvidenceRecord) =>
    r.customerId === call.counterpartyId && r.operationType === operationType && sameAmount(r.amount, call.amount),
});

const RULE_GRANT = {
  en: 'Applied when an unclaimed adjust record (grant) for this counterparty with this amount lies between the send time and now, by the server’s clock.',
  'zh-CN': '在服务器时钟下，发送时刻到现在之间存在一条未被认领、同一对象、同一金额的拨款记录，即视为已执行。',
};
const RULE_RECLAIM = {
  en: 'Applied when an unclaimed adjust record (reclaim) for this counterparty with this amount lies between the send time and now, by the server’s clock.',
  'zh-CN': '在服务器时钟下，发送时刻到现在之间存在一条未被认领、同一对象、同一金额的回收记录，即视为已执行。',
};

export const fundCustomer: WriteDescriptor = {
  name: 'fundCustomer',
  facts: WRITE_OPERATIONS.fundCustomer,
  refusals: refusals(OWN_REFUSALS.customerGrant),
  async send(api, call) {
    const r = await api.funding.updateCustomerAccountAmount({ customer_id: call.counterpartyId, amount: call.amount });
    return { transId: r.transfer_id, requestId: r.requestId };
  },
  ...adjustRecordOf(BEADJUST),
  rule: RULE_GRANT,
};

export const fundT2Customer: WriteDescriptor = {
  name: 'fundT2Customer',
  facts: WRITE_OPERATIONS.fundT2Customer,
  refusals: refusals(OWN_REFUSALS.customerGrant),
  async send(api, call) {
    if (!call.indirectPartnerId) throw new Error('fundT2Customer needs the T2 (indirect_partner_id)');
    const r = await api.funding.updateCustomerAccountAmount({ customer_id: call.counterpartyId, amount: call.amount, indirect_partner_id: call.indirectPartnerId });
    return { transId: r.transfer_id, requestId: r.requestId };
  },
  ...adjustRecordOf(BEADJUST),
  rule: RULE_GRANT,
};

export const reclaimCustomer: WriteDescriptor = {
  name: 'reclaimCustomer',
  facts: WRITE_OPERATIONS.reclaimCustomer,
  refusals: refusals(OWN_REFUSALS.customerReclaim),
  async send(api, call) {
    // A T2's customer is reclaimed with indirect_partner_id (§5.5); the money returns to that T2.
    const r = await api.funding.reclaimToPartnerAccount({
      customer_id: call.counterpartyId, amount: call.amount, ...(call.indirectPartnerId ? { indirect_partner_id: call.indirectPartnerId } : {}),
    });
    return { transId: r.trans_id, requestId: r.requestId };
  },
  ...adjustRecordOf(BERETRIEVE),
  rule: RULE_RECLAIM,
};

export const fundT2: WriteDescriptor = {
  name: 'fundT2',
  facts: WRITE_OPERATIONS.fundT2,
  refusals: refusals(OWN_REFUSALS.t2),
  async send(api, call) {
    const r = await api.resellers.updateIndirectPartnerAccount({ indirect_partner_id: call.counterpartyId, amount: call.amount });
    return { transId: r.transfer_id, requestId: r.requestId };
  },
  ...adjustRecordOf(BEADJUST, 't2'),
  rule: RULE_GRANT,
};

export const reclaimT2: WriteDescriptor = {
  name: 'reclaimT2',
  facts: WRITE_OPERATIONS.reclaimT2,
  refusals: refusals(OWN_REFUSALS.t2),
  async send(api, call) {
    const r = await api.resellers.reclaimIndirectPartnerAccount({ indirect_partner_id: call.counterpartyId, amount: call.amount });
    return { transId: r.trans_id, requestId: r.requestId };
  },
  ...adjustRecordOf(BERETRIEVE, 't2'),
  rule: RULE_RECLAIM,
};
