// Which quotas an operator can issue or grant from, from the local store. An SP (or a T1 for
// customers of its own) issues from its own quotas; a T1 issues to a T2's customers from the
// quota it gave that T2 (the coupon is then issued in the T2's scope, indirect_partner_id, as
// the sandbox and §2.7 have it) — our choice where §6.2 leaves open which quota a T1 names.
// A T1 grants reseller quota out of its own quotas (§4.5).
import { useEffect, useState } from 'react';
import type { ChildQuotaRow, QuotaRow } from '../../../shared/contract/channels/review';
import { api } from '../../bridge';

export interface QuotaOption {
  readonly quota: QuotaRow;
  /** The T2 a child quota belongs to; null for the partner's own quota. */
  readonly indirectPartnerId: string | null;
  readonly indirectPartnerName: string | null;
}

// `every`: quotas in any status too, so a picker can name why a frozen or reclaimed one is refused.
const statusFilter = (every: boolean) => (every ? {} : { quotaStatus: [0] });

async function ownQuotas(every: boolean): Promise<QuotaOption[]> {
  const page = await api.review.quotas({ offset: 0, limit: 1000, filters: statusFilter(every), sort: { column: 'expireTime', direction: 'asc' } });
  return page.rows.map((quota) => ({ quota, indirectPartnerId: null, indirectPartnerName: null }));
}

async function childQuotas(every: boolean): Promise<QuotaOption[]> {
  const page = await api.review.childQuotas({ offset: 0, limit: 1000, filters: statusFilter(every), sort: { column: 'indirectPartnerName', direction: 'asc' } });
  return page.rows.map((q: ChildQuotaRow) => ({ quota: q, indirectPartnerId: q.indirectPartnerId, indirectPartnerName: q.indirectPartnerName }));
}

/** Options for issuing (own quotas, plus for a T1 the ones it gave its T2s) or for granting (own only). */
export function useQuotaOptions(purpose: 'issue' | 'grant', t1: boolean, every = false): { options: readonly QuotaOption[]; loaded: boolean } {
  const [state, setState] = useState<{ options: readonly QuotaOption[]; loaded: boolean }>({ options: [], loaded: false });
  useEffect(() => {
    let live = true;
    void (async () => {
      const own = await ownQuotas(every).catch(() => []);
      const children = purpose === 'issue' && t1 ? await childQuotas(every).catch(() => []) : [];
      if (live) setState({ options: [...own, ...children], loaded: true });
    })();
    return () => {
      live = false;
    };
  }, [purpose, t1, every]);
  return state;
}
