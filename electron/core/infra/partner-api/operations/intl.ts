// International-site-only operations (partner-api.md §3.5, §3.6, §7.7).
import { z } from 'zod';
import { INTL, op } from '../define';
import { id, limit, month, nonNegativeAmount, offset, str, utcTime } from '../schemas/request';
import { errorDetails, opt, wDecimal, wInt, wStr } from '../schemas/response';

const freezeInput = (typeField: 'freeze_type' | 'unfreeze_type') => z.object({
  customer_ids: z.array(id(64)).min(1).max(10),
  reason: z.string().min(1).max(256),
  indirect_partner_id: str(64).optional(),
  // Absent → ACCOUNT; "" is rejected by the enum (§3.5).
  [typeField]: z.enum(['ACCOUNT', 'ACCOUNT_AND_RESOURCE']).optional(),
});
// Partial success: 200 with error_details[] (§3.5). Open question §10.1: only the intl site
// is known to serve these, so the China client refuses them locally. Writes: never retried
// by the client (moneyMoving), sent through the write engine.
const freezeOutput = z.object({ error_details: errorDetails });

export const freezeSubCustomers = op({
  name: 'FreezeSubCustomers', method: 'POST', path: '/v2/partners/sub-customers/freeze', in: 'body', sites: INTL, moneyMoving: true,
  input: freezeInput('freeze_type'), output: freezeOutput,
});

export const unfreezeSubCustomers = op({
  name: 'UnfreezeSubCustomers', method: 'POST', path: '/v2/partners/sub-customers/unfreeze', in: 'body', sites: INTL, moneyMoving: true,
  input: freezeInput('unfreeze_type'), output: freezeOutput,
});

export const listInvoices = op({
  name: 'ListInvoices', method: 'GET', path: '/v1.0/{domain_id}/payments/intl-invoices', in: 'query', sites: INTL, moneyMoving: false,
  // All four are required in the SDK; offset is a page number here (§7.7), assumed 1-based.
  input: z.object({ start_time: utcTime, end_time: utcTime, offset: z.number().int().min(1), limit }),
  output: z.object({
    count: opt(wInt),
    invoices: opt(z.array(z.object({
      requestId: opt(wStr), cancelReason: opt(wStr), titleType: opt(wInt), channelType: opt(wInt), invoiceType: opt(wInt), invoiceTitle: opt(wStr),
      invoiceAmount: opt(wDecimal), invoiceMethod: opt(wInt), invoiceClass: opt(wInt), invoiceState: opt(wInt), applyOpera: opt(wStr),
      addressInfo: opt(z.object({ address: opt(wStr), recipients: opt(wStr), zipCode: opt(wStr), mobilePhone: opt(wStr) })),
      applyTime: opt(wStr), invoiceMode: opt(wStr), email: opt(wStr), requestMode: opt(wInt), srcRequestId: opt(wStr), salesId: opt(wStr),
      invoiceNo: opt(wStr), tradeType: opt(wStr), billCycle: opt(wStr),
      taxList: opt(z.array(z.object({
        taxClass: opt(wStr), taxRate: opt(wDecimal), subTaxClass: opt(wStr), taxAmount: opt(wDecimal), taxVisibleFlag: opt(wStr), taxAccountingFlag: opt(wStr),
      }))),
    }))),
  }),
  page: { items: 'invoices', count: 'count', maxLimit: 100, offsetIs: 'page' },
});

export const listPostpaidBillSum = op({
  name: 'ListPostpaidBillSum', method: 'GET', path: '/v2/bills/partner-bills/postpaid-bill-summary', in: 'query', sites: INTL, moneyMoving: false,
  input: z.object({ bill_cycle: month }),
  output: z.object({
    bill_cycle: opt(wStr), initial_amount_due: opt(wDecimal), consume_amount: opt(wDecimal), refunds: opt(wDecimal),
    adjustments: opt(wDecimal), tax_amount: opt(wDecimal), currency: opt(wStr),
  }),
});

// Budgets: the spec names the four operations but not their fields; the shapes below follow
// the intl SDK models (ListSubCustomerBudgetReq/Response, BudgetInfo, BudgetRecordInfo,
// ListSubCustomerBudgetRecordsRequest/Response). ShowSubCustomerBudget's answer is assumed
// to be one BudgetInfo plus currency — our choice, unstated.
const currencyFields = { measure_id: opt(wInt), currency: opt(wStr) };
const budgetInfo = z.object({ customer_id: opt(wStr), budget_amount: opt(wDecimal), used_amount: opt(wDecimal), budget_type: opt(wStr) });

export const updateSubCustomerBudget = op({
  // §9: sets a budget limit and moves no money, but it is a write: sent once through the write
  // engine (journaled, reconciled from ShowSubCustomerBudget), never retried by the client.
  name: 'UpdateSubCustomerBudget', method: 'POST', path: '/v2/partners/sub-customers/budget', in: 'body', sites: INTL, moneyMoving: true,
  input: z.object({
    customer_id: id(64),
    budget_amount: nonNegativeAmount,
    cancel_partner_frozen: z.enum(['0', '1']).optional(),
    indirect_partner_id: str(64).optional(),
    budget_type: z.enum(['MONTHLY', 'PACKAGE']).optional(),
    frozen_operate_type: z.union([z.literal(0), z.literal(1)]).optional(),
  }),
  output: z.object({}),
});

export const showSubCustomerBudget = op({
  name: 'ShowSubCustomerBudget', method: 'GET', path: '/v2/partners/sub-customers/budget', in: 'query', sites: INTL, moneyMoving: false,
  input: z.object({ customer_id: id(64), indirect_partner_id: str(64).optional() }),
  output: budgetInfo.extend(currencyFields),
});

export const listSubCustomerBudget = op({
  name: 'ListSubCustomerBudget', method: 'POST', path: '/v2/partners/sub-customers/budget/query', in: 'body', sites: INTL, moneyMoving: false,
  input: z.object({ customer_ids: z.array(id(64)).min(1).max(100), indirect_partner_id: str(64).optional() }),
  output: z.object({ ...currencyFields, budget_infos: opt(z.array(budgetInfo)) }),
});

export const listSubCustomerBudgetRecords = op({
  name: 'ListSubCustomerBudgetRecords', method: 'GET', path: '/v2/partners/sub-customers/budget/records', in: 'query', sites: INTL, moneyMoving: false,
  input: z.object({
    customer_id: id(64),
    indirect_partner_id: str(64).optional(),
    // "not empty or blank when given" (SDK comment).
    operation_type: z.enum(['SETTING', 'DELETE']).optional(),
    budget_type: z.enum(['MONTHLY', 'PACKAGE']).optional(),
    offset: offset().optional(),
    limit: limit.optional(),
  }),
  output: z.object({
    total_count: opt(wInt),
    ...currencyFields,
    record_list: opt(z.array(z.object({
      budget_amount: opt(wDecimal), operation_type: opt(wStr), operation_time: opt(wStr), operator: opt(wStr), budget_type: opt(wStr),
      partner_corp_name: opt(wStr), partner_account_name: opt(wStr),
    }))),
  }),
  page: { items: 'record_list', count: 'total_count', maxLimit: 100 },
});
