// The customer writes (partner-api.md §3.3, §3.5, §3.6, §7.7) as descriptors. They move no
// money but are no more idempotent than a grant: CreateSubCustomer makes a second account when
// repeated (or fails on the reused xaccount_id, CBC.99000039, without saying which account it
// is), so they are journaled before sending, never re-sent blindly, and a lost answer is
// decided from Huawei's reads:
//  - createCustomer: ListSubCustomers by the login name, matched by the xaccount_id we generated
//    and journaled (unique per creation);
//  - freezeCustomer / unfreezeCustomer: the customer's is_frozen as ListSubCustomers reports it
//    (documented as reserved, §3.4: the only read of the state there is);
//  - setBudget: the customer's budget as ShowSubCustomerBudget reports it.
import { compareAmounts } from '../../../../../shared/domain/money';
import { CUSTOMER_OPERATIONS } from '../../../../../shared/domain/operations';
import type { BatchAnswer, EvidenceRecord, WriteCall, WriteDescriptor } from '../descriptor';
import { COMMON_REFUSALS } from './refusals';

const refusals = (own: readonly string[]): ReadonlySet<string> => new Set([...COMMON_REFUSALS, ...own]);

/**
 * §3.3's error table, less what does not prove "nothing was created": CBC.99000039 (xaccount_id
 * duplicated — ours are generated per creation, so it means an earlier send of this very
 * creation went through) and CBC.99000050 (created, association result timed out) are not
 * refusals; CBC.0999 and anything unlisted stay unknown.
 */
const CREATE_REFUSALS = [
  'CBC.50010059', 'CBC.50010065', 'CBC.50010085', 'CBC.50010086', 'CBC.99000038', 'CBC.99000029', 'CBC.99000030', 'CBC.99000031',
  'CBC.5017', 'CBC.99000036', 'CBC.99000004', 'CBC.99000037', 'CBC.99000051', 'CBC.99004008', 'CBC.99004009', 'CBC.99004010',
];
/** §3.5 / §3.6 per-item codes: not the partner's customer, no permission, a referral customer. */
const FREEZE_REFUSALS = ['CBC.99000000', 'CBC.99000035', 'CBC.99000037'];
const BUDGET_REFUSALS = ['CBC.99000000', 'CBC.99000035', 'CBC.99000037'];

/** The operation types evidence records carry (our names: these reads have no records of their own). */
export const CUSTOMER_EVIDENCE = { created: 'CreateSubCustomer', frozen: 'is_frozen', budget: 'budget' } as const;

/** The is_frozen a freeze of this type leaves (§3.4: 1 account frozen, 2 account and resources). */
const frozenLevel = (call: WriteCall): string => (call.operation === 'unfreezeCustomer' ? '0' : call.details?.freezeType === 'ACCOUNT_AND_RESOURCE' ? '2' : '1');

export const createCustomer: WriteDescriptor = {
  name: 'createCustomer',
  facts: CUSTOMER_OPERATIONS.createCustomer,
  refusals: refusals(CREATE_REFUSALS),
  async send(api, call) {
    const d = call.details;
    if (!d?.xaccountId || !d.xaccountType || !d.accountName) throw new Error('createCustomer needs its journaled xaccount_id, xaccount_type and login name');
    const secret = call.transient ?? {};
    const r = await api.customers.createSubCustomer({
      xaccount_id: d.xaccountId,
      xaccount_type: d.xaccountType,
      domain_name: d.accountName,
      ...(d.mobile ? { mobile_phone: d.mobile } : {}),
      ...(d.email ? { email: d.email } : {}),
      ...(d.domainArea ? { domain_area: d.domainArea } : {}),
      ...(secret.verificationCode ? { verification_code: secret.verificationCode } : {}),
      ...(secret.password ? { password: secret.password } : {}),
      ...(d.marketingOptOut ? { is_close_market_ms: 'true' as const } : {}),
      ...(call.indirectPartnerId ? { indirect_partner_id: call.indirectPartnerId } : {}),
      // Our choice: do not make the server wait for the association (it may take longer than
      // the client waits, CBC.99000050); the creation is followed in ListSubCustomers instead.
      include_association_result: false,
    });
    // The new account's id is this write's "transaction id": it is what the lookup finds.
    return { transId: r.domain_id, requestId: r.requestId };
  },
  // Two creations are the same write when they are the same login name (Huawei refuses the second).
  intentKey: (call) => `createCustomer|${call.details?.accountName?.toLowerCase() ?? ''}|${call.indirectPartnerId ?? ''}`,
  evidenceQuery: (call) => ({
    list: 'customers', kind: 'created', customerId: '', accountName: call.details?.accountName ?? '', indirectPartnerId: call.indirectPartnerId,
  }),
  matches: (call, r) => r.operationType === CUSTOMER_EVIDENCE.created && !!call.details?.xaccountId && r.xaccountId === call.details.xaccountId,
  rule: {
    en: 'Created when ListSubCustomers shows a customer with this login name and the xaccount_id journaled for this creation. While the name is taken but the customer not yet listed (the association runs), it stays undecided.',
    'zh-CN': '当 ListSubCustomers 显示具有此登录名、且 xaccount_id 与本次创建记入日志的值相同的客户时，即视为已创建。登录名已被占用但客户尚未出现在列表中（关联仍在进行）时，暂不判定。',
  },
};

/** Freeze and unfreeze take up to 10 customers per call and answer per customer in error_details (§3.5). */
function freezeDescriptor(name: 'freezeCustomer' | 'unfreezeCustomer'): WriteDescriptor {
  const facts = CUSTOMER_OPERATIONS[name];
  const sendBatch = async (api: Parameters<WriteDescriptor['send']>[0], calls: readonly WriteCall[]): Promise<BatchAnswer> => {
    const first = calls[0]!;
    const body = {
      customer_ids: calls.map((c) => c.counterpartyId),
      reason: first.details?.remark ?? '',
      ...(first.indirectPartnerId ? { indirect_partner_id: first.indirectPartnerId } : {}),
    };
    const type = first.details?.freezeType ?? 'ACCOUNT';
    const r = name === 'freezeCustomer'
      ? await api.intl.freezeSubCustomers({ ...body, freeze_type: type })
      : await api.intl.unfreezeSubCustomers({ ...body, unfreeze_type: type });
    const errors = (r.error_details ?? []).map((e) => ({ key: e.id ?? '', code: e.error_code ?? '', message: e.error_msg ?? '' }));
    const failed = new Set(errors.map((e) => e.key));
    return {
      done: calls.filter((c) => !failed.has(c.counterpartyId)).map((c) => ({ key: c.counterpartyId, transId: `${name}:${c.counterpartyId}:${r.requestId ?? Date.now()}` })),
      errors,
      requestId: r.requestId,
    };
  };
  return {
    name,
    facts,
    refusals: refusals(FREEZE_REFUSALS),
    async send(api, call) {
      const a = await sendBatch(api, [call]);
      const e = a.errors[0];
      if (e) throw Object.assign(new Error(e.message), { huaweiCode: e.code });
      return { transId: a.done[0]!.transId, requestId: a.requestId };
    },
    batch: {
      maxItems: facts.maxPerCall,
      groupKey: (c) => `${c.details?.freezeType ?? 'ACCOUNT'}|${c.details?.remark ?? ''}|${c.indirectPartnerId ?? ''}`,
      itemKey: (c) => c.counterpartyId,
      sendBatch,
    },
    intentKey: (c) => `${name}|${c.counterpartyId}|${c.indirectPartnerId ?? ''}|${c.details?.freezeType ?? 'ACCOUNT'}`,
    evidenceQuery: (call) => ({ list: 'customers', kind: 'frozen', customerId: call.counterpartyId, accountName: '', indirectPartnerId: call.indirectPartnerId }),
    matches: (call, r) => r.operationType === CUSTOMER_EVIDENCE.frozen && r.customerId === call.counterpartyId && r.state === frozenLevel(call),
    rule: name === 'freezeCustomer'
      ? {
          en: 'Applied when ListSubCustomers reports the customer frozen at the requested level (1 account, 2 account and resources) after the send.',
          'zh-CN': '发送后 ListSubCustomers 显示该客户已按所请求的级别冻结（1 账号，2 账号及资源），即视为已执行。',
        }
      : {
          en: 'Applied when ListSubCustomers reports the customer not frozen after the send.',
          'zh-CN': '发送后 ListSubCustomers 显示该客户未冻结，即视为已执行。',
        },
  };
}

export const freezeCustomer = freezeDescriptor('freezeCustomer');
export const unfreezeCustomer = freezeDescriptor('unfreezeCustomer');

export const setBudget: WriteDescriptor = {
  name: 'setBudget',
  facts: CUSTOMER_OPERATIONS.setBudget,
  refusals: refusals(BUDGET_REFUSALS),
  async send(api, call) {
    const d = call.details ?? {};
    const r = await api.intl.updateSubCustomerBudget({
      customer_id: call.counterpartyId,
      budget_amount: call.amount,
      budget_type: d.budgetType ?? 'MONTHLY',
      frozen_operate_type: d.autoFreeze ? 1 : 0,
      cancel_partner_frozen: d.cancelPartnerFrozen ? '1' : '0',
      ...(call.indirectPartnerId ? { indirect_partner_id: call.indirectPartnerId } : {}),
    });
    return { transId: `setBudget:${call.counterpartyId}:${r.requestId ?? Date.now()}`, requestId: r.requestId };
  },
  intentKey: (c) => `setBudget|${c.counterpartyId}|${c.indirectPartnerId ?? ''}|${c.amount}|${c.details?.budgetType ?? 'MONTHLY'}`,
  evidenceQuery: (call) => ({ list: 'customers', kind: 'budget', customerId: call.counterpartyId, accountName: '', indirectPartnerId: call.indirectPartnerId }),
  matches: (call, r: EvidenceRecord) => {
    if (r.operationType !== CUSTOMER_EVIDENCE.budget || r.customerId !== call.counterpartyId || r.state !== (call.details?.budgetType ?? 'MONTHLY')) return false;
    try {
      return compareAmounts(r.amount, call.amount) === 0;
    } catch {
      return false;
    }
  },
  rule: {
    en: 'Applied when ShowSubCustomerBudget reports this budget amount and type for the customer after the send.',
    'zh-CN': '发送后 ShowSubCustomerBudget 显示该客户的预算金额和类型与所设一致，即视为已执行。',
  },
};
