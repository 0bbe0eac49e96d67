// Facts about the five money operations (partner-api.md §4.2, §4.3, §5.4, §5.5, §5.6).
import type { MoneyOperation } from '../../../shared/contract/channels/activity';

export type AdjustOperationType = 'SOURCE_OPERATION_BEADJUST' | 'SOURCE_OPERATION_BERETRIEVE';

export interface OperationFacts {
  /** The partner API operation that moves the money. */
  readonly api: 'UpdateCustomerAccountAmount' | 'ReclaimToPartnerAccount' | 'UpdateIndirectPartnerAccount' | 'ReclaimIndirectPartnerAccount';
  /** How the move appears in ListPartnerAdjustRecords. */
  readonly recordType: AdjustOperationType;
  readonly counterparty: 'customer' | 't2';
  /** Money flows to the counterparty (fund) or back from it (reclaim). */
  readonly direction: 'fund' | 'reclaim';
  /** Refused for a solution provider. */
  readonly t1Only: boolean;
  /** Sent with indirect_partner_id: the T2 pays (fundT2Customer). */
  readonly viaT2: boolean;
}

export const OPERATIONS: Readonly<Record<MoneyOperation, OperationFacts>> = {
  fundCustomer: { api: 'UpdateCustomerAccountAmount', recordType: 'SOURCE_OPERATION_BEADJUST', counterparty: 'customer', direction: 'fund', t1Only: false, viaT2: false },
  reclaimCustomer: { api: 'ReclaimToPartnerAccount', recordType: 'SOURCE_OPERATION_BERETRIEVE', counterparty: 'customer', direction: 'reclaim', t1Only: false, viaT2: false },
  fundT2: { api: 'UpdateIndirectPartnerAccount', recordType: 'SOURCE_OPERATION_BEADJUST', counterparty: 't2', direction: 'fund', t1Only: true, viaT2: false },
  reclaimT2: { api: 'ReclaimIndirectPartnerAccount', recordType: 'SOURCE_OPERATION_BERETRIEVE', counterparty: 't2', direction: 'reclaim', t1Only: true, viaT2: false },
  fundT2Customer: { api: 'UpdateCustomerAccountAmount', recordType: 'SOURCE_OPERATION_BEADJUST', counterparty: 'customer', direction: 'fund', t1Only: true, viaT2: true },
};
