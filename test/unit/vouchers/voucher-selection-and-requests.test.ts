// What the operator ticks becomes exactly the items sent: the row selection (ticked rows, or all
// matching the filter minus the unticked ones) and the channel inputs a voucher form stands for.
import { describe, expect, it, vi } from 'vitest';
import { createPagedList, type WindowRequest } from '../../../renderer/components/table/paged-list';
import { createRowSelection, isSelected, resolveSelection, selectedCount } from '../../../renderer/components/table/row-selection';
import type { VoucherPreview } from '../../../shared/contract/channels/vouchers';

vi.mock('../../../renderer/bridge', () => ({ api: {}, ApiError: class extends Error {} }));
const { dayToUtc, mergePreviews, requestsOf } = await import('../../../renderer/stores/voucher-send-store');

type Filters = { reseller?: string };
type Row = { id: string };

function server(total: number) {
  const requests: WindowRequest<'name', Filters>[] = [];
  return {
    requests,
    fetch: (req: WindowRequest<'name', Filters>) => {
      requests.push(req);
      const rows = Array.from({ length: Math.max(0, Math.min(req.limit, total - req.offset)) }, (_, i) => ({ id: `c${req.offset + i}` }));
      return Promise.resolve({ rows, total, asOf: null });
    },
  };
}

describe('row selection', () => {
  it('ticks and unticks single rows', () => {
    const list = createPagedList<Row, 'name', Filters>({ fetch: server(10).fetch, initialFilters: {} });
    const sel = createRowSelection(list);
    sel.getState().toggle('c1');
    sel.getState().toggle('c2');
    sel.getState().toggle('c1');
    expect([...sel.getState().keys]).toEqual(['c2']);
    expect(isSelected(sel.getState(), 'c2')).toBe(true);
    expect(selectedCount(sel.getState())).toBe(1);
  });

  it('selects all rows matching the filter, minus the ones unticked afterwards, and resolves them by paging', async () => {
    const api = server(2_345);
    const list = createPagedList<Row, 'name', Filters>({ fetch: api.fetch, initialFilters: {} });
    list.getState().patchFilters({ reseller: 't2-a' });
    const sel = createRowSelection(list);
    sel.getState().selectAllMatching(list.getState().query, 2_345);
    sel.getState().toggle('c7');
    expect(isSelected(sel.getState(), 'c7')).toBe(false);
    expect(isSelected(sel.getState(), 'c8')).toBe(true);
    expect(selectedCount(sel.getState())).toBe(2_344);

    api.requests.length = 0;
    const rows = await resolveSelection(sel.getState(), api.fetch, (r) => r.id, async () => []);
    expect(rows).toHaveLength(2_344);
    expect(rows.some((r) => r.id === 'c7')).toBe(false);
    expect(api.requests.map((r) => [r.offset, r.limit, r.filters.reseller])).toEqual([[0, 1000, 't2-a'], [1000, 1000, 't2-a'], [2000, 1000, 't2-a']]);
  });

  it('forgets "all matching" when the search or filter changes, but not when only the sort does', () => {
    const list = createPagedList<Row, 'name', Filters>({ fetch: server(50).fetch, initialFilters: {} });
    const sel = createRowSelection(list);
    sel.getState().selectAllMatching(list.getState().query, 50);
    list.getState().setSort({ column: 'name', direction: 'desc' });
    expect(sel.getState().mode).toBe('all');
    list.getState().setSearch('王');
    expect(sel.getState().mode).toBe('some');
    expect(selectedCount(sel.getState())).toBe(0);
  });
});

describe('what a voucher form sends', () => {
  const coupon = (couponId: string, indirectPartnerId: string | null) => ({ couponId, indirectPartnerId }) as never;

  it('issues with the canonical face value, the quota owner as scope and whole days of validity', () => {
    const [r] = requestsOf({
      kind: 'issue',
      customers: [{ customerId: 'c1' }, { customerId: 'c2' }] as never,
      quotaId: 'Q1',
      indirectPartnerId: 't2-a',
      faceValue: ' 1,000.5 ',
      validFrom: '2026-12-01',
      validTo: '2026-12-31',
      serviceTypes: 'hws.service.type.ec2，hws.service.type.ebs ',
      productIds: '',
      memo: '  winter  ',
    });
    expect(r).toEqual({
      kind: 'issue',
      input: {
        quotaId: 'Q1',
        customerIds: ['c1', 'c2'],
        faceValue: '1000.50',
        indirectPartnerId: 't2-a',
        validTime: dayToUtc('2026-12-01', false),
        expireTime: dayToUtc('2026-12-31', true),
        cloudServiceTypes: ['hws.service.type.ec2', 'hws.service.type.ebs'],
        memo: 'winter',
      },
    });
    expect(dayToUtc('2026-12-01', false)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(new Date(dayToUtc('2026-12-31', true)!).getTime() - new Date(dayToUtc('2026-12-31', false)!).getTime()).toBe(86_399_000);
  });

  it('leaves an amount it cannot read as typed, for the preview to name the problem', () => {
    const [r] = requestsOf({ kind: 'grant', t2Ids: ['t2-a'], quotaId: 'Q1', amount: '12.345' });
    expect(r!.input).toEqual({ parentQuotaId: 'Q1', t2Ids: ['t2-a'], amount: '12.345' });
  });

  it('sends a re-send from Activity as its one item linked to the entry proven not applied', () => {
    const [r] = requestsOf({ kind: 'grant', t2Ids: ['t2-a'], quotaId: 'Q1', amount: '30', retryOf: '11111111-1111-4111-8111-111111111111' });
    expect(r!.input).toEqual({ parentQuotaId: 'Q1', t2Ids: ['t2-a'], amount: '30.00', retryOf: '11111111-1111-4111-8111-111111111111' });
  });

  it("reclaims per scope: the partner's own coupons and each reseller's go separately", () => {
    const reqs = requestsOf({ kind: 'reclaim', coupons: [coupon('k1', null), coupon('k2', 't2-a'), coupon('k3', null)], customerId: null, edited: false });
    expect(reqs.map((r) => r.input)).toEqual([{ couponIds: ['k1', 'k3'] }, { couponIds: ['k2'], indirectPartnerId: 't2-a' }]);
  });

  it("reclaims every reclaimable coupon of a leaving customer by the customer, unless the list was edited", () => {
    const all = requestsOf({ kind: 'reclaim', coupons: [coupon('k1', 't2-a'), coupon('k2', 't2-a')], customerId: 'c9', edited: false });
    expect(all.map((r) => r.input)).toEqual([{ customerId: 'c9', indirectPartnerId: 't2-a' }]);
    const edited = requestsOf({ kind: 'reclaim', coupons: [coupon('k2', 't2-a')], customerId: 'c9', edited: true });
    expect(edited.map((r) => r.input)).toEqual([{ couponIds: ['k2'], indirectPartnerId: 't2-a' }]);
  });

  it('shows previews of several scopes as one: items, counts, calls and the exact total', () => {
    const p = (total: string, n: number): VoucherPreview =>
      ({ operation: 'reclaimCoupon', currency: 'CNY', quota: null, items: Array.from({ length: n }, (_, i) => ({ key: `${total}-${i}` })), sendCount: n, total, quotaBalanceAfter: null, calls: n, asOf: '', confirmation: 'x', expiresAt: '' }) as never;
    expect(mergePreviews([p('0.10', 1), p('0.20', 2)])).toMatchObject({ sendCount: 3, calls: 3, total: '0.30' });
    expect(mergePreviews([])).toBeNull();
  });
});
