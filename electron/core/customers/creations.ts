// Following a new customer from its CreateSubCustomer write to its association (§3.3: the
// account is created at once, the association to the partner completes later). The durable
// part is the write's journal entry (the intent with its xaccount_id, then done with the new
// account's id, or unknown and reconciled by the lookup); the association is read again from
// ListSubCustomers — so leaving the screen, or a restart, loses nothing, and no table of our
// own can disagree with Huawei. A pending creation is checked every POLL_MS while a session
// is open; after GIVE_UP_MS it is reported timed out (CBC.99000050's meaning) and can still be
// checked by hand.
import type { CreationState, CustomerCreationView } from '../../../shared/contract/channels/customers';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import { huaweiCodeMeaning } from '../infra/http/huawei-codes';
import type { PartnerApi } from '../infra/partner-api';

export const POLL_MS = 10_000;
/** Our choice: Huawei gives no bound; 15 minutes is far beyond what an association takes. */
export const GIVE_UP_MS = 15 * 60_000;

export interface Association {
  readonly associatedOn: string | null;
  readonly checkedAt: string;
}

/** What ListSubCustomers said about each created customer (per session, in memory). */
export class AssociationCache {
  private readonly seen = new Map<string, Association & { listed: boolean }>();

  get(customerId: string): (Association & { listed: boolean }) | undefined {
    return this.seen.get(customerId);
  }

  /** Reads the customer once; returns whether it is listed (associated) now. */
  async check(api: PartnerApi, customerId: string, indirectPartnerId: string | null, now: () => Date): Promise<boolean> {
    const r = await api.customers.listSubCustomers({ customer_id: customerId, limit: 1, ...(indirectPartnerId ? { indirect_partner_id: indirectPartnerId } : {}) });
    const c = r.customer_infos?.find((x) => x.customer_id === customerId);
    this.seen.set(customerId, { listed: !!c, associatedOn: c?.associated_on ?? null, checkedAt: now().toISOString() });
    return !!c;
  }
}

function stateOf(entry: JournalEntryView, seen: { listed: boolean } | undefined, now: Date): CreationState {
  switch (entry.state) {
    case 'pending':
    case 'sent':
      return 'sending';
    case 'unknown':
      return 'unknown';
    case 'failed':
    case 'reconciled-not-applied':
      return 'refused';
    default:
      if (seen?.listed) return 'associated';
      return now.getTime() - Date.parse(entry.stateAt) > GIVE_UP_MS ? 'timed-out' : 'pending';
  }
}

export function creationView(entry: JournalEntryView, cache: AssociationCache, now: Date): CustomerCreationView {
  const d = entry.details ?? {};
  const customerId = entry.transId;
  const seen = customerId ? cache.get(customerId) : undefined;
  const state = stateOf(entry, seen, now);
  return {
    entryId: entry.id,
    xaccountId: d.xaccountId ?? '',
    accountName: d.accountName ?? entry.counterpartyName ?? '',
    contact: d.mobile ?? d.email ?? null,
    indirectPartnerId: entry.indirectPartnerId,
    operator: entry.operator,
    createdAt: entry.createdAt,
    state,
    customerId,
    code: state === 'refused' ? entry.code : state === 'timed-out' ? 'CBC.99000050' : null,
    meaning: state === 'refused' && entry.code ? huaweiCodeMeaning(entry.code) : state === 'timed-out' ? huaweiCodeMeaning('CBC.99000050') : null,
    message: state === 'refused' || state === 'unknown' ? entry.message : null,
    associatedOn: seen?.associatedOn ?? null,
    lastCheckedAt: seen?.checkedAt ?? null,
    giveUpAt: state === 'pending' || state === 'timed-out' ? new Date(Date.parse(entry.stateAt) + GIVE_UP_MS).toISOString() : null,
  };
}

/** A customer just associated goes into the local store, so every screen and picker finds it. */
export async function storeAssociated(
  store: { customers: { customers(items: readonly never[], ip: string | null, ctx: { runId: string; fetchedAt: string }): void } } | null,
  api: PartnerApi,
  c: { customerId: string; indirectPartnerId: string | null },
): Promise<void> {
  if (!store) return;
  const r = await api.customers.listSubCustomers({ customer_id: c.customerId, limit: 1, ...(c.indirectPartnerId ? { indirect_partner_id: c.indirectPartnerId } : {}) });
  const info = r.customer_infos?.find((x) => x.customer_id === c.customerId);
  if (!info) return;
  const fetchedAt = new Date().toISOString();
  store.customers.customers([info as never], c.indirectPartnerId, { runId: `created-${c.customerId}`, fetchedAt });
}
