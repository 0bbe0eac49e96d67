// The one table of writes. The journal, executor, reconciliation, plan runner and exports
// look operations up here; the voucher, quota and customer issues add their descriptors.
import type { MoneyOperation } from '../../../../shared/contract/channels/activity';
import { WRITE_OPERATION_NAMES } from '../../../../shared/domain/operations';
import type { EvidenceRecord, WriteCall, WriteDescriptor } from './descriptor';
import { fundCustomer, fundT2, fundT2Customer, reclaimCustomer, reclaimT2 } from './descriptors/funding';
import { grantQuota, issueCoupon, reclaimCoupon, reclaimQuota } from './descriptors/vouchers';
import { createCustomer, freezeCustomer, setBudget, unfreezeCustomer } from './descriptors/customers';
import { realnameChange, realnameEnterprise, realnameIndividual } from './descriptors/realname';

export const DESCRIPTORS: Readonly<Record<MoneyOperation, WriteDescriptor>> = {
  fundCustomer,
  reclaimCustomer,
  fundT2,
  reclaimT2,
  fundT2Customer,
  issueCoupon,
  reclaimCoupon,
  grantQuota,
  reclaimQuota,
  createCustomer,
  freezeCustomer,
  unfreezeCustomer,
  setBudget,
  realnameIndividual,
  realnameEnterprise,
  realnameChange,
};

export function descriptorOf(operation: MoneyOperation): WriteDescriptor {
  const d = DESCRIPTORS[operation];
  if (!d) throw new Error(`no write descriptor for ${String(operation)}`);
  return d;
}

/** Every operation named in shared/domain has exactly one descriptor (checked at load). */
for (const name of WRITE_OPERATION_NAMES) {
  const d = DESCRIPTORS[name];
  if (d?.name !== name) throw new Error(`write descriptor table is missing ${name}`);
  if ((d.facts.maxPerCall > 1) !== (d.batch !== undefined) || (d.batch && d.batch.maxItems !== d.facts.maxPerCall)) {
    throw new Error(`write descriptor ${name}: batching disagrees with shared/domain maxPerCall`);
  }
}

/** What makes two intents the same write (see WriteDescriptor.intentKey). */
export function intentKeyOf(call: WriteCall): string {
  const d = descriptorOf(call.operation);
  return d.intentKey ? d.intentKey(call) : `${call.operation}|${call.counterpartyId}|${call.indirectPartnerId ?? ''}|${call.amount}`;
}

/** The key a matched record is claimed by. */
export function claimKeyOf(operation: MoneyOperation, record: EvidenceRecord): string {
  const d = descriptorOf(operation);
  return d.claimKey ? d.claimKey(record) : record.transId;
}
