// The voucher action being prepared on the Vouchers screen: issue (to customers), reclaim
// (coupons), grant T2 quota, reclaim T2 quota. Other screens open one with its targets
// preselected (openIssue({ customerIds }) from the Customers table, openReclaim({ customerId })
// from a customer's detail); the form then previews, confirms and shows per-item results
// (voucher-send-store.ts).
import { create } from 'zustand';
import type { JournalEntryView } from '../../shared/contract/channels/activity';
import type { ChildQuotaRow, CustomerRow, IssuedCouponRow } from '../../shared/contract/channels/review';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';
import { useNavStore } from './nav-store';

/** One customer a voucher is to be issued to, as the local store knows it (null fields: not in the store). */
export interface IssueTarget {
  readonly customerId: string;
  readonly accountName: string | null;
  readonly customerName: string | null;
  readonly indirectPartnerId: string | null;
  readonly indirectPartnerName: string | null;
  readonly associationType: string | null;
}

export interface IssueDraft {
  readonly kind: 'issue';
  readonly customers: readonly IssueTarget[];
  readonly quotaId: string;
  /** The T2 whose quota it is (a T1 issuing to that T2's customers); null for the partner's own quota. */
  readonly indirectPartnerId: string | null;
  readonly faceValue: string;
  /** Dates (YYYY-MM-DD) or '' for the quota's own. */
  readonly validFrom: string;
  readonly validTo: string;
  /** Comma-separated service type codes / product ids the vouchers are limited to; '' inherits the quota's. */
  readonly serviceTypes: string;
  readonly productIds: string;
  readonly memo: string;
}

export interface ReclaimDraft {
  readonly kind: 'reclaim';
  readonly coupons: readonly IssuedCouponRow[];
  /** Set when opened as "every reclaimable coupon of this customer". */
  readonly customerId: string | null;
  /** True once the operator removed a coupon: then exactly the listed ones are reclaimed. */
  readonly edited: boolean;
}

export interface GrantDraft {
  readonly kind: 'grant';
  readonly t2Ids: readonly string[];
  readonly quotaId: string;
  readonly amount: string;
}

export interface QuotaReclaimDraft {
  readonly kind: 'quotaReclaim';
  readonly quotas: readonly ChildQuotaRow[];
  readonly remark: string;
}

/**
 * Any form may be a re-send of one journal entry proven not applied (Activity's "Send
 * again"): one item, the entry's id passed as retryOf, so the core re-reads the records first.
 */
export type VoucherDraft = (IssueDraft | ReclaimDraft | GrantDraft | QuotaReclaimDraft) & { readonly retryOf?: string };
export type VoucherFormKind = VoucherDraft['kind'];

interface VoucherFormsState {
  readonly draft: VoucherDraft | null;
  readonly loading: boolean;
  readonly error: IpcError | null;
  /** Bumped whenever a new form opens, so the send state of the previous one is dropped. */
  readonly generation: number;
  patch(patch: Partial<Omit<IssueDraft, 'kind'>> | Partial<Omit<GrantDraft, 'kind'>> | Partial<Omit<QuotaReclaimDraft, 'kind'>>): void;
  removeItem(id: string): void;
  close(): void;
}

export const useVoucherForms = create<VoucherFormsState>((set, get) => ({
  draft: null,
  loading: false,
  error: null,
  generation: 0,
  patch(patch) {
    const draft = get().draft;
    if (draft) set({ draft: { ...draft, ...patch } as VoucherDraft });
  },
  removeItem(id) {
    const d = get().draft;
    if (!d) return;
    if (d.kind === 'issue') set({ draft: { ...d, customers: d.customers.filter((c) => c.customerId !== id) } });
    if (d.kind === 'reclaim') set({ draft: { ...d, coupons: d.coupons.filter((c) => c.couponId !== id), edited: true } });
    if (d.kind === 'grant') set({ draft: { ...d, t2Ids: d.t2Ids.filter((t) => t !== id) } });
    if (d.kind === 'quotaReclaim') set({ draft: { ...d, quotas: d.quotas.filter((q) => q.quotaId !== id) } });
  },
  close() {
    set((s) => ({ draft: null, error: null, loading: false, generation: s.generation + 1 }));
  },
}));

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export function toIssueTarget(c: CustomerRow): IssueTarget {
  return {
    customerId: c.customerId,
    accountName: c.accountName,
    customerName: c.customerName,
    indirectPartnerId: c.indirectPartnerId,
    indirectPartnerName: c.indirectPartnerName,
    associationType: c.associationType,
  };
}

/** Customers by id from the local store, in the order given; ids it does not know stay as bare ids. */
export async function customersByIds(ids: readonly string[]): Promise<IssueTarget[]> {
  const found = new Map<string, IssueTarget>();
  for (const part of chunks([...new Set(ids)])) {
    const page = await api.review.customers({ offset: 0, limit: CHUNK, filters: { customerIds: part, deleted: 'include' } });
    for (const row of page.rows) found.set(row.customerId, toIssueTarget(row));
  }
  return [...new Set(ids)].map(
    (id) => found.get(id) ?? { customerId: id, accountName: null, customerName: null, indirectPartnerId: null, indirectPartnerName: null, associationType: null },
  );
}

export async function couponsByIds(ids: readonly string[]): Promise<IssuedCouponRow[]> {
  const out: IssuedCouponRow[] = [];
  for (const part of chunks([...new Set(ids)])) {
    out.push(...(await api.review.issuedCoupons({ offset: 0, limit: CHUNK, filters: { couponIds: part, deleted: 'include' } })).rows);
  }
  return out;
}

export async function childQuotasByIds(ids: readonly string[]): Promise<ChildQuotaRow[]> {
  const out: ChildQuotaRow[] = [];
  for (const part of chunks([...new Set(ids)])) {
    out.push(...(await api.review.childQuotas({ offset: 0, limit: CHUNK, filters: { quotaIds: part, deleted: 'include' } })).rows);
  }
  return out;
}

/** Coupons of a customer that can still be reclaimed: not activated yet (1) or usable (2), §6.4. */
export async function reclaimableCouponsOf(customerId: string): Promise<IssuedCouponRow[]> {
  const page = await api.review.issuedCoupons({ offset: 0, limit: CHUNK, filters: { customerId, status: [1, 2] } });
  return [...page.rows];
}

async function open(load: () => Promise<VoucherDraft>): Promise<void> {
  useVoucherForms.setState((s) => ({ draft: null, loading: true, error: null, generation: s.generation + 1 }));
  useNavStore.getState().go('vouchers');
  try {
    const draft = await load();
    useVoucherForms.setState({ draft, loading: false });
  } catch (e) {
    useVoucherForms.setState({ loading: false, error: errorOf(e) });
  }
}

/** Opens the issue form on the Vouchers screen with these customers (and quota) preselected. */
export function openIssue(input: { readonly customerIds?: readonly string[]; readonly quotaId?: string } = {}): Promise<void> {
  return open(async () => ({
    kind: 'issue',
    customers: input.customerIds?.length ? await customersByIds(input.customerIds) : [],
    quotaId: input.quotaId ?? '',
    indirectPartnerId: null,
    faceValue: '',
    validFrom: '',
    validTo: '',
    serviceTypes: '',
    productIds: '',
    memo: '',
  }));
}

/** Opens the reclaim form: these coupons, or every reclaimable coupon of one customer. */
export function openReclaim(input: { readonly couponIds?: readonly string[]; readonly customerId?: string }): Promise<void> {
  return open(async () => ({
    kind: 'reclaim',
    coupons: input.customerId ? await reclaimableCouponsOf(input.customerId) : await couponsByIds(input.couponIds ?? []),
    customerId: input.customerId ?? null,
    edited: false,
  }));
}

/** T1 only: grant voucher quota to these T2s. */
export function openQuotaGrant(input: { readonly t2Ids?: readonly string[]; readonly quotaId?: string } = {}): Promise<void> {
  return open(async () => ({ kind: 'grant', t2Ids: [...(input.t2Ids ?? [])], quotaId: input.quotaId ?? '', amount: '' }));
}

/** T1 only: reclaim these child quotas from their T2s. */
export function openQuotaReclaim(input: { readonly quotaIds: readonly string[] }): Promise<void> {
  return open(async () => ({ kind: 'quotaReclaim', quotas: await childQuotasByIds(input.quotaIds), remark: '' }));
}

/** Activity's "Send again" for a voucher entry proven not applied: the same write, on its own. */
export function openResend(e: JournalEntryView): Promise<void> {
  const d = e.details ?? {};
  const retryOf = e.id;
  switch (e.operation) {
    case 'issueCoupon':
      return open(async () => ({
        kind: 'issue', retryOf, customers: await customersByIds([e.counterpartyId]), quotaId: d.quotaId ?? '', indirectPartnerId: e.indirectPartnerId,
        faceValue: e.amount, validFrom: d.validTime?.slice(0, 10) ?? '', validTo: d.expireTime?.slice(0, 10) ?? '',
        serviceTypes: (d.cloudServiceTypes ?? []).join(','), productIds: (d.productIds ?? []).join(','), memo: e.memo ?? '',
      }));
    case 'reclaimCoupon':
      return open(async () => ({ kind: 'reclaim', retryOf, coupons: await couponsByIds(d.couponId ? [d.couponId] : []), customerId: null, edited: true }));
    case 'grantQuota':
      return open(async () => ({ kind: 'grant', retryOf, t2Ids: [e.counterpartyId], quotaId: d.quotaId ?? '', amount: e.amount }));
    case 'reclaimQuota':
      return open(async () => ({ kind: 'quotaReclaim', retryOf, quotas: await childQuotasByIds(d.quotaId ? [d.quotaId] : []), remark: d.remark ?? '' }));
    default:
      return Promise.resolve();
  }
}
