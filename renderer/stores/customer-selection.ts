// Customers ticked in the Customers table (or all matching its filter), for actions on many
// customers at once such as "Issue voucher to selected".
import type { CustomerRow } from '../../shared/contract/channels/review';
import { api } from '../bridge';
import { createRowSelection, resolveSelection } from '../components/table/row-selection';
import { customersList } from './customers-store';

export const customersSelection = createRowSelection(customersList);

/** The ids of every selected customer, in the table's order for "all matching". */
export async function selectedCustomerIds(): Promise<string[]> {
  const s = customersSelection.getState();
  if (s.mode === 'some') return [...s.keys];
  const rows = await resolveSelection<CustomerRow, string, never>(
    s as never,
    (request) => api.review.customers(request as never),
    (r) => r.customerId,
    async () => [],
  );
  return rows.map((r) => r.customerId);
}
