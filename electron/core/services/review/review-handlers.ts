// Review, export and sync handlers. Placeholder until the store lands: every channel
// answers STORE_UNAVAILABLE so the contract is usable by the screens from day one.
import { AppError, type AreaHandlers, type Contract } from '../../../../shared/contract';
import type { CoreContext } from '../../core-context';

const notYet = (): never => {
  throw new AppError('STORE_UNAVAILABLE', { reason: 'the local store is not built yet' });
};

export function reviewHandlers(_core: CoreContext): AreaHandlers<Contract, 'review'> {
  return {
    customers: notYet,
    customer: notYet,
    partnerBalances: notYet,
    resellers: notYet,
    adjustRecords: notYet,
    accountChanges: notYet,
    quotas: notYet,
    childQuotas: notYet,
    issuedCoupons: notYet,
    couponRecords: notYet,
    billSums: notYet,
    billSeries: notYet,
    billDetails: notYet,
    export: notYet,
    downloadExport: notYet,
    exports: notYet,
  };
}

export function syncHandlers(_core: CoreContext): AreaHandlers<Contract, 'sync'> {
  return { start: notYet, cancel: notYet, status: notYet, storeHealth: notYet, startFresh: notYet };
}
