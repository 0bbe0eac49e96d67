// The one table of writes. The journal, executor, reconciliation, plan runner and exports
// look operations up here; the voucher, quota and customer issues add their descriptors.
import type { MoneyOperation } from '../../../../shared/contract/channels/activity';
import { WRITE_OPERATION_NAMES } from '../../../../shared/domain/operations';
import type { WriteDescriptor } from './descriptor';
import { fundCustomer, fundT2, fundT2Customer, reclaimCustomer, reclaimT2 } from './descriptors/funding';

export const DESCRIPTORS: Readonly<Record<MoneyOperation, WriteDescriptor>> = {
  fundCustomer,
  reclaimCustomer,
  fundT2,
  reclaimT2,
  fundT2Customer,
};

export function descriptorOf(operation: MoneyOperation): WriteDescriptor {
  const d = DESCRIPTORS[operation];
  if (!d) throw new Error(`no write descriptor for ${String(operation)}`);
  return d;
}

/** Every operation named in shared/domain has exactly one descriptor (checked at load). */
for (const name of WRITE_OPERATION_NAMES) {
  if (DESCRIPTORS[name]?.name !== name) throw new Error(`write descriptor table is missing ${name}`);
}
