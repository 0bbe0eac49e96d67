// Review → confirm → send of the voucher action on the Vouchers screen, over the vouchers.*
// channels: the preview names every problem per customer, coupon, T2 or quota and carries a
// confirmation token; the send re-checks, journals and answers per item. Coupons of different
// scopes (the T1's own, each T2's) go as one preview and one send per scope, shown together.
import { create } from 'zustand';
import type {
  CouponIssueInput,
  CouponReclaimInput,
  QuotaGrantInput,
  QuotaReclaimInput,
  VoucherPreview,
  VoucherResult,
} from '../../shared/contract/channels/vouchers';
import type { IpcError } from '../../shared/contract/errors';
import { parseAmount, sumAmounts } from '../../shared/domain/money';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';
import { useCustomerDetail } from './customers-store';
import { useVoucherForms, type VoucherDraft } from './voucher-forms-store';
import { childQuotasList, couponRecordsList, issuedCouponsList, issuedCouponsSelection, childQuotasSelection, quotaRecordsList, quotasList } from './vouchers-store';

export type VoucherRequest =
  | { readonly kind: 'issue'; readonly input: CouponIssueInput }
  | { readonly kind: 'reclaim'; readonly input: CouponReclaimInput }
  | { readonly kind: 'grant'; readonly input: QuotaGrantInput }
  | { readonly kind: 'quotaReclaim'; readonly input: QuotaReclaimInput };

interface Reviewed {
  readonly request: VoucherRequest;
  readonly preview: VoucherPreview;
}

interface VoucherSendState {
  readonly busy: 'review' | 'send' | null;
  readonly error: IpcError | null;
  /** Previews awaiting the operator's confirmation (one per scope). */
  readonly reviewed: readonly Reviewed[] | null;
  readonly result: VoucherResult | null;
  review(draft: VoucherDraft): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  reset(): void;
}

/** A calendar date of the form (operator's zone) as the API's UTC instant: start or end of that day. */
export function dayToUtc(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const local = end ? new Date(y, m - 1, d, 23, 59, 59) : new Date(y, m - 1, d, 0, 0, 0);
  return local.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The canonical amount when it parses; otherwise the text as typed, for the preview to name the problem. */
function amountOf(text: string): string {
  const parsed = parseAmount(text, { lenient: true, maxDecimals: 2, positive: true });
  return parsed.ok ? parsed.value : text;
}

/** "a, b,,c " → ['a', 'b', 'c'] (commas, Chinese commas or spaces between). */
export function listOf(text: string): string[] {
  return text.split(/[\s,，、]+/u).map((x) => x.trim()).filter(Boolean);
}

/** The channel inputs a form stands for. */
export function requestsOf(draft: VoucherDraft): VoucherRequest[] {
  const requests = requestsOfForm(draft);
  // A re-send is one item of one request, linked to the entry proven not applied.
  return draft.retryOf ? requests.map((r) => ({ ...r, input: { ...r.input, retryOf: draft.retryOf } }) as VoucherRequest) : requests;
}

function requestsOfForm(draft: VoucherDraft): VoucherRequest[] {
  switch (draft.kind) {
    case 'issue': {
      const validTime = dayToUtc(draft.validFrom, false);
      const expireTime = dayToUtc(draft.validTo, true);
      const cloudServiceTypes = listOf(draft.serviceTypes);
      const productIds = listOf(draft.productIds);
      return [
        {
          kind: 'issue',
          input: {
            quotaId: draft.quotaId,
            customerIds: draft.customers.map((c) => c.customerId),
            faceValue: amountOf(draft.faceValue),
            ...(draft.indirectPartnerId ? { indirectPartnerId: draft.indirectPartnerId } : {}),
            ...(validTime ? { validTime } : {}),
            ...(expireTime ? { expireTime } : {}),
            ...(cloudServiceTypes.length ? { cloudServiceTypes } : {}),
            ...(productIds.length ? { productIds } : {}),
            ...(draft.memo.trim() ? { memo: draft.memo.trim() } : {}),
          },
        },
      ];
    }
    case 'reclaim': {
      // A reclaim names its scope: the T1's own coupons and each T2's go separately.
      const byScope = new Map<string, string[]>();
      for (const c of draft.coupons) {
        const scope = c.indirectPartnerId ?? '';
        byScope.set(scope, [...(byScope.get(scope) ?? []), c.couponId]);
      }
      return [...byScope].map(([scope, couponIds]) => ({
        kind: 'reclaim' as const,
        input: draft.customerId && !draft.edited ? { customerId: draft.customerId, ...(scope ? { indirectPartnerId: scope } : {}) } : { couponIds, ...(scope ? { indirectPartnerId: scope } : {}) },
      }));
    }
    case 'grant':
      return [{ kind: 'grant', input: { parentQuotaId: draft.quotaId, t2Ids: [...draft.t2Ids], amount: amountOf(draft.amount) } }];
    case 'quotaReclaim':
      return [{ kind: 'quotaReclaim', input: { quotaIds: draft.quotas.map((q) => q.quotaId), ...(draft.remark.trim() ? { remark: draft.remark.trim() } : {}) } }];
  }
}

function preview(r: VoucherRequest): Promise<VoucherPreview> {
  switch (r.kind) {
    case 'issue': return api.vouchers.previewIssue(r.input);
    case 'reclaim': return api.vouchers.previewReclaim(r.input);
    case 'grant': return api.vouchers.previewQuotaGrant(r.input);
    case 'quotaReclaim': return api.vouchers.previewQuotaReclaim(r.input);
  }
}

function execute(r: VoucherRequest, confirmation: string): Promise<VoucherResult> {
  switch (r.kind) {
    case 'issue': return api.vouchers.issue({ ...r.input, confirmation });
    case 'reclaim': return api.vouchers.reclaim({ ...r.input, confirmation });
    case 'grant': return api.vouchers.grantQuota({ ...r.input, confirmation });
    case 'quotaReclaim': return api.vouchers.reclaimQuota({ ...r.input, confirmation });
  }
}

/** One preview as the confirmation shows it, however many scopes it took. */
export function mergePreviews(previews: readonly VoucherPreview[]): VoucherPreview | null {
  const [first, ...rest] = previews;
  if (!first) return null;
  if (rest.length === 0) return first;
  return {
    ...first,
    items: previews.flatMap((p) => p.items),
    sendCount: previews.reduce((n, p) => n + p.sendCount, 0),
    total: sumAmounts(previews.map((p) => p.total)),
    calls: previews.reduce((n, p) => n + p.calls, 0),
  };
}

export function mergeResults(results: readonly VoucherResult[]): VoucherResult | null {
  const [first] = results;
  if (!first) return null;
  return {
    operation: first.operation,
    items: results.flatMap((r) => r.items),
    done: results.reduce((n, r) => n + r.done, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
    unknown: results.reduce((n, r) => n + r.unknown, 0),
    skipped: results.reduce((n, r) => n + r.skipped, 0),
    calls: results.reduce((n, r) => n + r.calls, 0),
  };
}

/** After a send, what is on screen reloads from the store (a sync brings the API's view). */
function refreshAfterSend(): void {
  for (const list of [quotasList, childQuotasList, issuedCouponsList, couponRecordsList, quotaRecordsList]) if (list.getState().ready) list.getState().refresh();
  issuedCouponsSelection.getState().clear();
  childQuotasSelection.getState().clear();
  const detail = useCustomerDetail.getState();
  if (detail.selectedId) void detail.select(detail.selectedId);
}

export const useVoucherSend = create<VoucherSendState>((set, get) => ({
  busy: null,
  error: null,
  reviewed: null,
  result: null,
  async review(draft) {
    set({ busy: 'review', error: null, result: null, reviewed: null });
    try {
      const requests = requestsOf(draft);
      const reviewed: Reviewed[] = [];
      for (const request of requests) reviewed.push({ request, preview: await preview(request) });
      set({ reviewed });
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: null });
    }
  },
  async confirm() {
    const reviewed = get().reviewed;
    if (!reviewed) return;
    set({ busy: 'send', error: null });
    const results: VoucherResult[] = [];
    try {
      for (const r of reviewed) {
        if (r.preview.sendCount === 0) continue;
        results.push(await execute(r.request, r.preview.confirmation));
      }
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: null, reviewed: null, result: mergeResults(results) });
      if (results.length > 0) refreshAfterSend();
    }
  },
  cancel() {
    set({ reviewed: null });
  },
  reset() {
    set({ busy: null, error: null, reviewed: null, result: null });
  },
}));

// A new form drops what the previous one reviewed or sent.
useVoucherForms.subscribe((s, prev) => {
  if (s.generation !== prev.generation) useVoucherSend.getState().reset();
});
