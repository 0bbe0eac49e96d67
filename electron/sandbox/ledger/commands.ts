// Every state change of the sandbox is one of these serialisable commands. Applying them in
// order to the same seed reproduces the same state (this is what --state persists).
import type { FreezeKind } from './customers';

interface Base {
  /** Caller partner id (the signer of the request). */
  caller: string;
  /** indirect_partner_id as sent. */
  ip?: string;
  /** Sandbox clock at apply time, epoch ms. */
  time: number;
}

export type Command = Base & (
  | { kind: 'UpdateCustomerAccountAmount'; customerId: string; amount: string }
  | { kind: 'ReclaimToPartnerAccount'; customerId: string; amount: string }
  | { kind: 'UpdateIndirectPartnerAccount'; t2Id: string; amount: string }
  | { kind: 'ReclaimIndirectPartnerAccount'; t2Id: string; amount: string }
  | {
    kind: 'CreatePartnerCoupons'; quotaId: string; customerIds: string[]; faceValue: string; validTime?: number; expireTime?: number;
    serviceTypes: string[]; productIds: string[]; memo: string;
  }
  | { kind: 'ReclaimPartnerCoupons'; couponId: string }
  | { kind: 'UpdateCouponQuotas'; quotaId: string; t2Ids: string[]; amount: string }
  | { kind: 'ReclaimCouponQuotas'; quotaIds: string[]; remark: string }
  | {
    kind: 'CreateSubCustomer'; xaccountId: string; xaccountType: string; domainName?: string; mobile?: string; cooperationType?: string;
    email?: string; domainArea?: string;
    /** How long after creation the association completes (ListSubCustomers shows the customer then). */
    associationDelayMs?: number;
  }
  | { kind: 'FreezeSubCustomers' | 'UnfreezeSubCustomers'; customerIds: string[]; type: FreezeKind }
  | { kind: 'UpdateSubCustomerBudget'; customerId: string; amount: string; budgetType: 'MONTHLY' | 'PACKAGE'; frozenOperateType: 0 | 1 }
  | {
    kind: 'CreatePersonalRealnameAuth' | 'CreateEnterpriseRealnameAuthentication' | 'ChangeEnterpriseRealnameAuthentication';
    customerId: string; name: string; verifiedNumber: string;
  }
);

export type CommandKind = Command['kind'];
