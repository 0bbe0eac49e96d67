// The partner API's list items as they arrive (snake_case, spec §3–§7), which the store's
// writers accept as is. Amount fields are `unknown`: number, string, lossless number or
// Decimal are all normalised to decimal text by the writers.

type Amount = unknown;
type Extra = { readonly [field: string]: unknown };

export interface WireCustomer extends Extra {
  readonly customer_id: string;
  readonly account_name: string;
  readonly customer?: string | null;
  readonly associated_on?: string | null;
  readonly association_type?: string | null;
  readonly label?: string | null;
  readonly telephone?: string | null;
  readonly country_code?: string | null;
  readonly verified_status?: string | null;
  readonly customer_type?: number | null;
  readonly is_frozen?: number | null;
  readonly account_managers?: readonly { readonly account_name?: string | null }[] | null;
  readonly xaccount_id?: string | null;
  readonly xaccount_type?: string | null;
  readonly customer_level?: string | null;
  readonly email?: string | null;
}

export interface WireCustomerBalance extends Extra {
  readonly customer_id: string;
  readonly amount: Amount;
  readonly debt_amount?: Amount;
  readonly currency?: string | null;
  readonly measure_id?: number | null;
}

export interface WireIndirectPartner extends Extra {
  readonly indirect_partner_id: string;
  readonly mobile_phone?: string | null;
  readonly email?: string | null;
  readonly account_name?: string | null;
  readonly name?: string | null;
  readonly associated_on?: string | null;
  readonly account_manager_id?: string | null;
  readonly account_manager_name?: string | null;
}

export interface WireAccountBalance extends Extra {
  readonly account_id: string;
  readonly account_type: number;
  readonly amount: Amount;
  readonly designated_amount?: Amount;
  readonly credit_amount?: Amount;
  readonly currency?: string | null;
  readonly measure_id?: number | null;
  readonly memo?: string | null;
}

export interface WireAdjustRecord extends Extra {
  readonly customer_id?: string | null;
  readonly customer_name?: string | null;
  readonly operation_type?: string | null;
  readonly amount?: Amount;
  readonly currency?: string | null;
  readonly apply_scene?: string | null;
  readonly operation_time?: string | null;
  readonly measure_id?: number | null;
  readonly trans_id?: string | null;
  readonly memo?: string | null;
}

export interface WireAccountChange extends Extra {
  readonly account_change_id: string;
  readonly trade_detail_type?: string | null;
  readonly trade_time?: string | null;
  readonly trade_id?: string | null;
  readonly change_amount?: Amount;
  readonly balance_after_change?: Amount;
  readonly type?: string | null;
  readonly customer_id?: string | null;
  readonly account_name?: string | null;
}

export interface WireLimitInfo {
  readonly limit_key?: string | null;
  readonly limit_values?: readonly { readonly value1?: unknown; readonly value2?: unknown }[] | null;
}

export interface WireQuota extends Extra {
  readonly quota_id: string;
  readonly quota_type?: number | null;
  readonly create_time?: string | null;
  readonly last_update_time?: string | null;
  readonly quota_value?: Amount;
  readonly quota_status?: number | null;
  readonly balance?: Amount;
  readonly measure_id?: number | null;
  readonly currency?: string | null;
  readonly effective_time?: string | null;
  readonly expire_time?: string | null;
  readonly limit_infos?: readonly WireLimitInfo[] | null;
}

export interface WireChildQuota extends WireQuota {
  readonly indirect_partner_id?: string | null;
  readonly indirect_partner_account_name?: string | null;
  readonly indirect_partner_name?: string | null;
  readonly parent_quota_id?: string | null;
}

export interface WireIssuedCoupon extends Extra {
  readonly coupon_id: string;
  readonly customer_id?: string | null;
  readonly status?: number | null;
  readonly coupon_type?: number | null;
  readonly measure_id?: number | null;
  readonly face_value?: Amount;
  readonly balance?: Amount;
  readonly effective_time?: string | null;
  readonly expire_time?: string | null;
  readonly create_time?: string | null;
  readonly active_time?: string | null;
  readonly last_used_time?: string | null;
  readonly order_id?: string | null;
  readonly lock_order_id?: string | null;
  readonly promotion_plan_id?: string | null;
  readonly promotion_plan_name?: string | null;
  readonly is_frozen?: string | null;
}

export interface WireCouponRecord extends Extra {
  readonly id: string;
  readonly operation_type?: string | null;
  readonly quota_id?: string | null;
  readonly quota_type?: number | null;
  readonly coupon_id?: string | null;
  readonly customer_id?: string | null;
  readonly operation_amount?: Amount;
  readonly operation_time?: string | null;
  readonly result?: string | null;
  readonly remark?: string | null;
}

export interface WireQuotaRecord extends Extra {
  readonly id: string;
  readonly operator?: string | null;
  /** "10" grant, "11" reclaim. */
  readonly operation_type?: string | null;
  readonly quota_id?: string | null;
  readonly parent_quota_id?: string | null;
  readonly amount?: Amount;
  readonly operation_time?: string | null;
  /** "0" success, "-1" failure. */
  readonly result?: string | null;
  readonly indirect_partner_id?: string | null;
  readonly indirect_partner_account_name?: string | null;
  readonly indirect_partner_name?: string | null;
  readonly remark?: string | null;
}

export interface WireBillSum extends Extra {
  readonly customer_id: string;
  readonly cloud_service_type?: string | null;
  readonly cloud_service_type_name?: string | null;
  readonly resource_type_code?: string | null;
  readonly resource_type_name?: string | null;
  readonly bill_type?: string | null;
  readonly charge_mode?: string | null;
  readonly amount: Amount;
  readonly debt_amount?: Amount;
  readonly adjustment_amount?: Amount;
  readonly discount_amount?: Amount;
  readonly measure_id?: number | null;
  readonly account_details?: readonly unknown[] | null;
}

export interface WireBillDetail extends Extra {
  readonly id?: string | null;
  readonly bill_cycle?: string | null;
  readonly customer_id?: string | null;
  readonly service_type_code?: string | null;
  readonly service_type_name?: string | null;
  readonly resource_type_code?: string | null;
  readonly resource_type_name?: string | null;
  readonly resource_id?: string | null;
  readonly resource_name?: string | null;
  readonly region_name?: string | null;
  readonly charging_mode?: unknown;
  readonly bill_detail_type?: unknown;
  readonly trade_time?: string | null;
  readonly trade_id?: string | null;
  readonly official_amount?: Amount;
  readonly official_discount_amount?: Amount;
  readonly payment_amount?: Amount;
  readonly cash_amount?: Amount;
  readonly credit_amount?: Amount;
  readonly coupon_amount?: Amount;
  readonly debt_amount?: Amount;
}
