// Consumption bills of sub-customers (partner-api.md §7.3–7.5).
import { z } from 'zod';
import { BOTH, op } from '../define';
import { apiRule } from '../schemas/rule-messages';
import { beijingDate, id, language, month, paging, str } from '../schemas/request';
import { opt, wDecimal, wInt, wStr } from '../schemas/response';

export const listSubcustomerMonthlyBills = op({
  name: 'ListSubcustomerMonthlyBills', method: 'GET', path: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum', in: 'query', sites: BOTH, moneyMoving: false,
  input: z.object({
    cycle: month,
    charge_mode: z.enum(['1', '3', '11']),
    customer_id: str(64).optional(),
    cloud_service_type: str(64).optional(),
    bill_type: z.enum(['0', '1', '2']).optional(),
    ...paging(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    count: opt(wInt),
    currency: opt(wStr),
    bill_sums: opt(z.array(z.object({
      customer_id: opt(wStr), cloud_service_type: opt(wStr), cloud_service_type_name: opt(wStr), resource_type_code: opt(wStr),
      resource_type_name: opt(wStr), bill_type: opt(wStr), charge_mode: opt(wStr), amount: opt(wDecimal), debt_amount: opt(wDecimal),
      adjustment_amount: opt(wDecimal), discount_amount: opt(wDecimal), measure_id: opt(wInt),
      account_details: opt(z.array(z.object({ balance_type: opt(wStr), amount: opt(wDecimal), bill_type: opt(wStr) }))),
    }))),
  }),
  page: { items: 'bill_sums', count: 'count', maxLimit: 100 },
});

const decimalFields = [
  'usage_amount', 'free_resource_usage', 'ri_usage', 'official_amount', 'official_discount_amount', 'payment_amount', 'cash_amount',
  'credit_amount', 'coupon_amount', 'flexipurchase_coupon_amount', 'stored_value_card_amount', 'debt_amount', 'writeoff_amount',
] as const;
const intFields = ['charging_mode', 'bill_detail_type', 'usage_measure_id', 'free_resource_measure_id', 'ri_usage_measure_id', 'period_type', 'period_num'] as const;
const stringFields = [
  'bill_cycle', 'customer_id', 'association_type', 'service_type_code', 'service_type_name', 'resource_type_code', 'resource_type_name',
  'trade_time', 'trade_id', 'id', 'resource_id', 'resource_name', 'product_spec_desc', 'region_code', 'region_name', 'product_id',
  'product_name', 'resource_tag', 'consume_time', 'usage_type', 'account_manager_id', 'partner_id', 'sub_service_type_code',
  'sub_service_type_name', 'sub_resource_type_code', 'sub_resource_type_name', 'sub_resource_id', 'sub_resource_name',
] as const;
const feeRecord = z.object({
  ...Object.fromEntries(decimalFields.map((f) => [f, opt(wDecimal)])) as Record<(typeof decimalFields)[number], z.ZodOptional<z.ZodNullable<typeof wDecimal>>>,
  ...Object.fromEntries(intFields.map((f) => [f, opt(wInt)])) as Record<(typeof intFields)[number], z.ZodOptional<z.ZodNullable<typeof wInt>>>,
  ...Object.fromEntries(stringFields.map((f) => [f, opt(wStr)])) as Record<(typeof stringFields)[number], z.ZodOptional<z.ZodNullable<typeof wStr>>>,
});

const BILL_DETAIL_TYPES = [1, 2, 3, 4, 5, 8, 9, 14, 16, 18, 20, 23, 24, 25, 103] as const;

export const listSubCustomerBillDetail = op({
  name: 'ListSubCustomerBillDetail', method: 'GET', path: '/v2/bills/subcustomer-bills/res-fee-records', in: 'query', sites: BOTH, moneyMoving: false,
  headerFields: { x_language: 'X-Language' },
  input: z.object({
    x_language: language.optional(),
    bill_cycle: month,
    customer_id: id(64),
    service_type_code: str(64).optional(),
    region_code: str(64).optional(),
    charging_mode: z.union([z.literal(1), z.literal(3), z.literal(10), z.literal(11)]).optional(),
    bill_detail_type: z.literal(BILL_DETAIL_TYPES).optional(),
    resource_id: str(64).optional(),
    resource_name: str(128).optional(),
    trade_id: str(64).optional(),
    account_manager_id: str(64).optional(),
    association_type: z.enum(['1', '2']).optional(),
    ...paging(),
    indirect_partner_id: str(64).optional(),
    bill_date_begin: beijingDate.optional(),
    bill_date_end: beijingDate.optional(),
  }).refine(
    (v) => (v.bill_date_begin === undefined) === (v.bill_date_end === undefined) &&
      [v.bill_date_begin, v.bill_date_end].every((d) => d === undefined || d.startsWith(`${v.bill_cycle}-`)),
    { ...apiRule('billDatesTogether'), path: ['bill_date_begin'] },
  ),
  output: z.object({ total_count: opt(wInt), currency: opt(wStr), fee_records: opt(z.array(feeRecord)) }),
  page: { items: 'fee_records', count: 'total_count', maxLimit: 100 },
});

export const listConsumeSubCustomers = op({
  name: 'ListConsumeSubCustomers', method: 'POST', path: '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query', in: 'body', sites: BOTH, moneyMoving: false,
  // §7.5 spells the values zh_CN / en_US here.
  headerFields: { x_language: 'X-Language' },
  input: z.object({
    x_language: z.enum(['zh_CN', 'en_US']).optional(),
    bill_cycle: month,
    ...paging(2_147_483_646),
  }),
  output: z.object({ total_count: opt(wInt), sub_customers: opt(z.array(z.object({ customer_id: opt(wStr) }))) }),
  page: { items: 'sub_customers', count: 'total_count', maxLimit: 100 },
});
