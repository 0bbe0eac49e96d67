// Partner Center permission items per operation (spec §3–§7, [DOC]). An IAM operator of a
// partner needs one of the listed items bound to its role, else 403 CBC.0155 (§1.2 [INF]).
// Operations the spec names no item for need none — our choice, since the docs list is partial.

export const PERMISSION_ITEMS: Readonly<Record<string, readonly string[]>> = {
  CheckUserIdentity: ['BPC_ITEM_SUBCUSTSERV_010118'],
  CreateSubCustomer: ['BPC_ITEM_SUBCUSTSERV_010118'],
  ListSubCustomers: ['BPC_ITEM_SUBCUSTSERV_010100', 'BPC_ITEM_SUBCUSTSERV_010500'],
  FreezeSubCustomers: ['BPC_ITEM_SUBCUSTSERV_010501', 'BPC_ITEM_SUBCUSTSERV_010115'],
  UnfreezeSubCustomers: ['BPC_ITEM_SUBCUSTSERV_010501', 'BPC_ITEM_SUBCUSTSERV_010115'],
  ListIndirectPartners: ['BPC_ITEM_SALES_020100'],
  UpdateIndirectPartnerAccount: ['BPC_ITEM_SALES_020104'],
  ReclaimIndirectPartnerAccount: ['BPC_ITEM_SALES_020105'],
  UpdateCouponQuotas: ['BPC_ITEM_SALES_020106', 'BPC_ITEM_SUBCUSTSERV_030104'],
  ReclaimCouponQuotas: ['BPC_ITEM_SUBCUSTSERV_030601', 'BPC_ITEM_SUBCUSTSERV_030602'],
  ListIssuedCouponQuotas: ['BPC_ITEM_SUBCUSTSERV_030600'],
  ListCouponQuotasRecords: ['BPC_ITEM_SUBCUSTSERV_030102'],
  ListPartnerBalances: ['BPC_ITEM_VIEW_010100', 'BPC_ITEM_SUBCUSTSERV_010103', 'BPC_ITEM_SUBCUSTSERV_010104', 'BPC_ITEM_SALES_020104', 'BPC_ITEM_SALES_020105'],
  UpdateCustomerAccountAmount: ['BPC_ITEM_SUBCUSTSERV_010103'],
  ReclaimToPartnerAccount: ['BPC_ITEM_SUBCUSTSERV_010104'],
  ListPartnerAdjustRecords: ['BPC_ITEM_FINANCE_040100'],
  ListPartnerAccountChangeRecords: ['BPC_ITEM_FINANCE_030100'],
  CreatePartnerCoupons: ['BPC_ITEM_SUBCUSTSERV_030102', 'BPC_ITEM_SUBCUSTSERV_030103'],
  ReclaimPartnerCoupons: ['BPC_ITEM_SUBCUSTSERV_030201'],
  ListIssuedPartnerCoupons: ['BPC_ITEM_SUBCUSTSERV_030200'],
  ListConsumeSubCustomers: ['BPC_ITEM_FINANCE_020101'],
};

export function permits(operation: string, granted: ReadonlySet<string>): boolean {
  const needed = PERMISSION_ITEMS[operation];
  return needed === undefined || needed.some((item) => granted.has(item));
}
