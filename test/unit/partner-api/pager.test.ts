import type Decimal from 'decimal.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { operations } from '../../../electron/core/infra/partner-api';
import type { Received } from '../../support/partner-server';
import { useHarness } from './harness';

const h = useHarness();

function pages<T>(all: T[], field: string, countField: string | null) {
  return (r: Received) => {
    const params = r.method === 'GET' ? Object.fromEntries(r.query) : (r.json() as Record<string, unknown>);
    const offset = Number(params['offset']);
    const limit = Number(params['limit']);
    const slice = all.slice(offset, offset + limit);
    return { status: 200, body: { [field]: slice, ...(countField ? { [countField]: all.length } : {}) } };
  };
}

describe('the pager', () => {
  it('walks a `count` operation by record offset with the maximum page size', async () => {
    const all = Array.from({ length: 250 }, (_, i) => ({ customer_id: `c${i}`, account_name: `a${i}` }));
    h.server().reply(pages(all, 'customer_infos', 'count'));
    const before = h.server().received.length;
    const items = await h.api().listAll(operations.customers.listSubCustomers, { association_type: '2' });
    expect(items.map((c) => c.customer_id)).toEqual(all.map((c) => c.customer_id));
    const sent = h.server().received.slice(before).map((r) => r.json() as { offset: number; limit: number });
    expect(sent.map((s) => [s.offset, s.limit])).toEqual([[0, 100], [100, 100], [200, 100]]);
    expectTypeOf(items[0]!.customer_id).toEqualTypeOf<string>();
  });

  it('stops on `total_count` without asking for an empty page', async () => {
    const all = Array.from({ length: 20 }, (_, i) => ({ trans_id: `t${i}`, amount: '1.00' }));
    h.server().reply(pages(all, 'records', 'total_count'));
    const before = h.server().received.length;
    const items = await h.api().listAll(operations.funding.listPartnerAdjustRecords, {}, { pageSize: 10 });
    expect(items).toHaveLength(20);
    expect(h.server().received.length - before).toBe(2);
    expectTypeOf(items[0]!.amount).toEqualTypeOf<Decimal | null | undefined>();
  });

  it('pages ListSubCustomerNewTag, which has no count, until a short page', async () => {
    const all = Array.from({ length: 15 }, (_, i) => ({ customer_id: `c${i}`, new_customer_tag: 'Y' }));
    h.server().reply(pages(all, 'new_customer_tags', null));
    const items = await h.api().listAll(operations.customers.listSubCustomerNewTag, { customer_ids: ['c0'] }, { pageSize: 10 });
    expect(items).toHaveLength(15);
  });

  it('pages intl ListInvoices by page number starting at 1', async () => {
    h.server().reply((r) => ({ status: 200, body: { count: 3, invoices: r.query.get('offset') === '1' ? [{ requestId: 'a' }, { requestId: 'b' }] : [{ requestId: 'c' }] } }));
    const before = h.server().received.length;
    const items = await h.api('intl').listAll(operations.intl.listInvoices, { start_time: '2024-01-01T00:00:00Z', end_time: '2024-02-01T00:00:00Z' }, { pageSize: 2 });
    expect(items.map((i) => i.requestId)).toEqual(['a', 'b', 'c']);
    expect(h.server().received.slice(before).map((r) => r.query.get('offset'))).toEqual(['1', '2']);
  });

  it('honours `max`', async () => {
    const all = Array.from({ length: 50 }, (_, i) => ({ customer_id: `c${i}`, account_name: 'a' }));
    h.server().reply(pages(all, 'customer_infos', 'count'));
    expect(await h.api().listAll(operations.customers.listSubCustomers, {}, { max: 7 })).toHaveLength(7);
  });
});
