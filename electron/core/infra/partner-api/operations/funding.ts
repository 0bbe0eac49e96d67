// Funding between partner and customers (partner-api.md §5).
import { z } from 'zod';
import { BOTH, CN, op } from '../define';
import { amount, beijingDate, id, paging, str, timeWindow } from '../schemas/request';
import { opt, wAmountString, wDecimal, wFloat, wInt, wStr } from '../schemas/response';

export const listPartnerBalances = op({
  name: 'ListPartnerBalances', method: 'GET', path: '/v2/accounts/partner-accounts/balances', in: 'query', sites: BOTH, moneyMoving: false,
  input: z.object({ indirect_partner_id: str(64).optional() }),
  output: z.object({
    account_balances: opt(z.array(z.object({
      account_id: wStr,
      account_type: wInt,
      // SDK float64 (§5.1): a JSON number, read exactly.
      amount: wFloat,
      designated_amount: opt(wFloat),
      credit_amount: opt(wFloat),
      currency: wStr,
      measure_id: wInt,
      memo: opt(wStr),
    }))),
  }),
});

export const listCustomersBalancesDetail = op({
  name: 'ListCustomersBalancesDetail', method: 'POST', path: '/v2/accounts/customer-accounts/balances/batch-query', in: 'body', sites: BOTH, moneyMoving: false,
  input: z.object({
    customer_infos: z.array(z.object({ customer_id: id(64) })).min(1).max(100),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    customer_balances: opt(z.array(z.object({
      customer_id: wStr, amount: opt(wDecimal), debt_amount: opt(wDecimal), currency: opt(wStr), measure_id: opt(wInt),
    }))),
  }),
});

export const updateCustomerAccountAmount = op({
  name: 'UpdateCustomerAccountAmount', method: 'POST', path: '/v2/accounts/partner-accounts/adjust-amount', in: 'body', sites: CN, moneyMoving: true,
  // With indirect_partner_id the money comes from that T2's account (§5.4).
  input: z.object({ customer_id: id(64), amount, indirect_partner_id: str(64).optional() }),
  output: z.object({ transfer_id: wStr }),
});

export const reclaimToPartnerAccount = op({
  name: 'ReclaimToPartnerAccount', method: 'POST', path: '/v2/accounts/partner-accounts/reclaim', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({ customer_id: id(64), amount, indirect_partner_id: str(64).optional() }),
  output: z.object({ trans_id: wStr.max(128) }),
});

export const listPartnerAdjustRecords = op({
  name: 'ListPartnerAdjustRecords', method: 'GET', path: '/v3/accounts/partner-accounts/adjust-records', in: 'query', sites: CN, moneyMoving: false,
  input: z.object({
    customer_id: str(64).optional(),
    operation_type: z.enum(['SOURCE_OPERATION_BEADJUST', 'SOURCE_OPERATION_BERETRIEVE', 'SOURCE_OPERATION_BEUNBIND']).optional(),
    ...timeWindow('operation_time'),
    trans_id: str(128).optional(),
    // Open question §10.4: treated as a record offset, as the current docs and SDK say.
    ...paging(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    total_count: opt(wInt),
    records: opt(z.array(z.object({
      customer_id: opt(wStr), customer_name: opt(wStr), operation_type: opt(wStr),
      // SDK type string (§2.2): a JSON string on the wire.
      amount: opt(wAmountString),
      currency: opt(wStr), apply_scene: opt(wStr), operation_time: opt(wStr), measure_id: opt(wInt), trans_id: opt(wStr), memo: opt(wStr),
    }))),
  }),
  page: { items: 'records', count: 'total_count', maxLimit: 100 },
});

export const ACCOUNT_CHANGE_RATE_PER_SECOND = 20;

export const listPartnerAccountChangeRecords = op({
  name: 'ListPartnerAccountChangeRecords', method: 'GET', path: '/v2/accounts/partner-accounts/account-change-records', in: 'query', sites: CN, moneyMoving: false,
  ratePerSecond: ACCOUNT_CHANGE_RATE_PER_SECOND,
  input: z.object({
    balance_type: z.enum(['BALANCE_TYPE_DEBIT', 'BALANCE_TYPE_CREDIT']),
    trade_type: z.enum(['RECHARGE', 'DEDEUCT', 'REFUND', 'RFROZEN', 'TRANS', 'ADJUST', 'BEADJUST', 'BERETRIEVE', 'BEUNBIND', 'BONUSCONVERT', 'TRADE_MODE_TRANSFER']).optional(),
    trade_time_begin: beijingDate.optional(),
    trade_time_end: beijingDate.optional(),
    ...paging(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    total_count: opt(wInt),
    currency: opt(wStr),
    records: opt(z.array(z.object({
      account_change_id: opt(wStr),
      // Wire spellings such as SOURCE_OPERAIION_* are kept verbatim (§11.4), so no enum here.
      trade_detail_type: opt(wStr),
      trade_time: opt(wStr), trade_id: opt(wStr),
      change_amount: opt(wAmountString),
      balance_after_change: opt(wAmountString),
      type: opt(wStr), customer_id: opt(wStr), account_name: opt(wStr),
    }))),
  }),
  page: { items: 'records', count: 'total_count', maxLimit: 100 },
});
