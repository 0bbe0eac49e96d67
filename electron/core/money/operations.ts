// A compact view of the write descriptors for callers that only need the facts (tests,
// plans): derived from electron/core/infra/writes/registry.ts, never a second list.
import type { MoneyOperation } from '../../../shared/contract/channels/activity';
import type { WriteFacts } from '../../../shared/domain/operations';
import { DESCRIPTORS } from '../infra/writes/registry';

export type AdjustOperationType = 'SOURCE_OPERATION_BEADJUST' | 'SOURCE_OPERATION_BERETRIEVE';

export interface OperationFacts {
  readonly api: WriteFacts['api'];
  /** How the write appears in ListPartnerAdjustRecords. */
  readonly recordType: AdjustOperationType;
  readonly counterparty: WriteFacts['counterparty'];
  readonly direction: WriteFacts['direction'];
  /** Refused for a solution provider. */
  readonly t1Only: boolean;
  readonly viaT2: boolean;
}

export const OPERATIONS: Readonly<Record<MoneyOperation, OperationFacts>> = Object.fromEntries(
  Object.values(DESCRIPTORS).map((d) => [
    d.name,
    {
      api: d.facts.api,
      recordType: d.evidenceQuery({ operation: d.name, counterpartyId: '', indirectPartnerId: null, amount: '0' }).operationType as AdjustOperationType,
      counterparty: d.facts.counterparty,
      direction: d.facts.direction,
      t1Only: !d.facts.tiers.includes('SP'),
      viaT2: d.facts.viaT2,
    },
  ]),
) as Record<MoneyOperation, OperationFacts>;
