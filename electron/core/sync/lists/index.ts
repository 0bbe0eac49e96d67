// Which function syncs which list, and which lists only a T1 has.
import type { SyncList } from '../../../../shared/contract/channels/sync';
import type { ListJob } from '../job';
import { syncBillDetails, syncBillSums } from './bills';
import { syncChildQuotas, syncIssuedCoupons, syncPartnerBalances, syncQuotas, syncResellers } from './current-state';
import { syncCustomers } from './customers';
import { syncAccountChanges, syncAdjustRecords, syncCouponRecords, syncQuotaRecords } from './records';

export const listRunners: Record<SyncList, (job: ListJob) => Promise<boolean>> = {
  customers: syncCustomers,
  resellers: syncResellers,
  partnerBalances: syncPartnerBalances,
  adjustRecords: syncAdjustRecords,
  accountChanges: syncAccountChanges,
  quotas: syncQuotas,
  childQuotas: syncChildQuotas,
  issuedCoupons: syncIssuedCoupons,
  couponRecords: syncCouponRecords,
  quotaRecords: syncQuotaRecords,
  billSums: syncBillSums,
  billDetails: syncBillDetails,
};

export const t1Only: ReadonlySet<SyncList> = new Set(['resellers', 'childQuotas', 'quotaRecords']);
