// Answers the review.* and sync.* channels in the browser with generated data, so the review
// screens can be checked at full size (100,000 customers) without a synced store. Other
// channels go to the real web host.
import type { Page, Route } from 'playwright-core';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const AS_OF = '2026-11-24T16:05:00Z';

export function customerRow(i: number) {
  const cents = ((i * 7919) % 10_000_000) - (i % 97 === 0 ? 2_000_000 : 0);
  const balance = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100, 2)}`;
  return {
    customerId: `c${pad(i, 8)}`,
    accountName: `acct_${pad(i, 6)}`,
    customerName: `${SURNAMES[i % 10]}氏科技有限公司${i}`,
    associationType: i % 3 === 0 ? '1' : '2',
    associatedOn: '2025-03-01T02:00:00Z',
    label: null,
    telephone: `138${pad(i, 8)}`,
    countryCode: '0086',
    email: `user${i}@example.com`,
    verifiedStatus: ['2', '0', '1', '-1'][i % 4]!,
    customerType: i % 2,
    isFrozen: i % 50 === 0 ? 1 : 0,
    customerLevel: null,
    xaccountId: null,
    accountManager: null,
    indirectPartnerId: i % 5 === 0 ? 't2-001' : null,
    indirectPartnerName: i % 5 === 0 ? '华东云经销商' : null,
    balance,
    debtAmount: '0.00',
    currency: 'CNY',
    balanceFetchedAt: AS_OF,
    fetchedAt: AS_OF,
    deletedAt: null,
  };
}

function resellerRow(i: number) {
  return {
    indirectPartnerId: `t2-${pad(i, 3)}`, accountName: `reseller_${i}`, name: `云经销商${i}号`, mobilePhone: `139${pad(i, 8)}`,
    email: `t2-${i}@example.com`, associatedOn: '2024-06-01T00:00:00Z', accountManagerId: null, accountManagerName: null,
    balance: `${1000 * (i + 1)}.50`, creditBalance: '0.00', balanceFetchedAt: AS_OF, customerCount: i * 3, fetchedAt: AS_OF, deletedAt: null,
  };
}

function adjustRow(i: number) {
  return {
    recordKey: `adj-${i}`, transId: `T${pad(i, 10)}`, customerId: `c${pad(i, 8)}`, customerName: `${SURNAMES[i % 10]}氏科技有限公司${i}`,
    operationType: i % 4 === 0 ? 'SOURCE_OPERATION_BERETRIEVE' : 'SOURCE_OPERATION_BEADJUST', amount: `${(i % 90) + 10}.00`, currency: 'CNY',
    applyScene: null, operationTime: '2026-11-20T08:30:00Z', memo: null, indirectPartnerId: null, fetchedAt: AS_OF,
  };
}

function accountChangeRow(i: number) {
  return {
    accountChangeId: `ac-${i}`, balanceType: 'BALANCE_TYPE_DEBIT', tradeDetailType: 'TRANSFER', tradeTime: '2026-11-20T08:30:00Z',
    tradeId: `tr-${i}`, changeAmount: i % 2 ? '-100.00' : '250.00', balanceAfterChange: `${100000 - i}.00`, type: i % 2 ? '2' : '1',
    customerId: `c${pad(i, 8)}`, accountName: `acct_${pad(i, 6)}`, currency: 'CNY', indirectPartnerId: null, fetchedAt: AS_OF,
  };
}

function quotaRow(i: number) {
  return {
    quotaId: `q-${i}`, quotaType: i % 2, quotaValue: '50000.00', balance: '12345.67', quotaStatus: 0, currency: 'CNY',
    createTime: '2026-01-01T00:00:00Z', lastUpdateTime: AS_OF, effectiveTime: '2026-01-01T00:00:00Z', expireTime: '2026-12-31T16:00:00Z',
    limits: null, fetchedAt: AS_OF, deletedAt: null,
  };
}

function couponRow(i: number) {
  return {
    couponId: `v-${pad(i, 6)}`, customerId: `c${pad(i, 8)}`, customerName: `${SURNAMES[i % 10]}氏科技有限公司${i}`, accountName: `acct_${pad(i, 6)}`,
    couponType: 1, status: (i % 5) + 1, faceValue: '500.00', balance: '120.00', effectiveTime: '2026-01-01T00:00:00Z',
    expireTime: '2026-12-31T16:00:00Z', createTime: '2026-10-01T00:00:00Z', lastUsedTime: null, orderId: null, promotionPlanName: null,
    isFrozen: '0', indirectPartnerId: null, fetchedAt: AS_OF, deletedAt: null,
  };
}

function billSumRow(i: number) {
  return {
    cycle: null, customerId: `c${pad(i, 8)}`, customerName: `${SURNAMES[i % 10]}氏科技有限公司${i}`, accountName: `acct_${pad(i, 6)}`,
    cloudServiceType: null, cloudServiceTypeName: null, amount: `${(60 - i) * 1234}.56`, debtAmount: '0.00', discountAmount: '10.00',
    adjustmentAmount: '0.00', lineCount: 12,
  };
}

function billDetailRow(i: number, filters: Record<string, unknown>) {
  return {
    id: `bd-${i}`, billCycle: (filters.billCycle as string) ?? '2026-10', customerId: (filters.customerId as string) ?? `c${pad(i, 8)}`,
    serviceTypeCode: 'hws.service.type.ec2', serviceTypeName: '弹性云服务器', resourceTypeCode: 'hws.resource.type.vm',
    resourceTypeName: '云主机', resourceId: `vm-${i}`, resourceName: `ecs-web-${i}`, regionName: '华北-北京四', chargingMode: '3',
    billDetailType: '0', tradeTime: '2026-10-15T04:00:00Z', officialAmount: '12.34567891', discountAmount: '0.00000000',
    paymentAmount: '12.34567891', cashAmount: '12.34567891', creditAmount: '0', couponAmount: '0', debtAmount: '0', fetchedAt: AS_OF,
  };
}

/** Answers the event stream with one connectivity event: the API unreachable since `since`. */
export async function goOffline(p: Page, since: string): Promise<void> {
  const event = { name: 'app.connectivity', payload: { online: false, since, endpoint: 'https://bss.example.com', reason: 'connect ETIMEDOUT' } };
  await p.route('**/api/events', (route) =>
    route.fulfill({ status: 200, contentType: 'text/event-stream', body: `data: ${JSON.stringify(event)}\n\n` }),
  );
}

interface Query {
  offset?: number;
  limit?: number;
  search?: string;
  sort?: { column: string; direction: 'asc' | 'desc' };
  filters?: Record<string, unknown>;
}

function page<T>(all: readonly T[], q: Query) {
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  return { rows: all.slice(offset, offset + limit), total: all.length, offset, asOf: AS_OF };
}

export interface ReviewFixtureOptions {
  readonly customers: number;
  /** Every review call made, for assertions. */
  readonly calls?: { channel: string; input: unknown }[];
}

export async function installReviewFixtures(p: Page, options: ReviewFixtureOptions): Promise<void> {
  const indices = Array.from({ length: options.customers }, (_, i) => i);
  const handle = (channel: string, input: Query & Record<string, unknown>): unknown => {
    switch (channel) {
      case 'review.customers': {
        let rows = indices;
        const search = input.search?.toLowerCase();
        if (search) rows = rows.filter((i) => customerRow(i).customerName.includes(search) || `acct_${pad(i, 6)}`.includes(search));
        if (input.filters?.associationType) rows = rows.filter((i) => customerRow(i).associationType === input.filters!.associationType);
        if (input.sort?.direction === 'desc') rows = [...rows].reverse();
        const window = page(rows, input);
        return { ...window, rows: window.rows.map(customerRow) };
      }
      case 'review.customer': {
        const i = Number(String(input.customerId).slice(1));
        return {
          customer: customerRow(i),
          coupons: [{ couponId: 'v-1', customerId: input.customerId, status: 2, faceValue: '500.00', balance: '123.45', expireTime: '2026-12-31T16:00:00Z' }],
          adjustRecords: [{ recordKey: 'r1', operationType: 'SOURCE_OPERATION_BEADJUST', amount: '1000.00', currency: 'CNY', operationTime: '2026-11-01T03:00:00Z' }],
          bills: [
            { cycle: '2026-09', amount: '1200.50', debtAmount: '0' },
            { cycle: '2026-10', amount: '980.00', debtAmount: '0' },
            { cycle: '2026-11', amount: '1534.27', debtAmount: '0' },
          ],
          latestBillByService: [{ cycle: '2026-11', cloudServiceType: 'hws.service.type.ec2', cloudServiceTypeName: '弹性云服务器', amount: '1534.27', debtAmount: '0', discountAmount: '0', adjustmentAmount: '0', lineCount: 3 }],
          asOf: { customer: AS_OF, balance: AS_OF, coupons: AS_OF, adjustRecords: AS_OF, bills: AS_OF },
        };
      }
      case 'review.partnerBalances':
        return {
          balances: [
            { ownerId: '', accountId: 'a1', accountType: 1, amount: '1234567.89', designatedAmount: '0', creditAmount: null, currency: 'CNY', memo: null, fetchedAt: AS_OF },
            { ownerId: '', accountId: 'a8', accountType: 8, amount: '1000000.01', designatedAmount: null, creditAmount: null, currency: 'CNY', memo: null, fetchedAt: AS_OF },
          ],
          asOf: AS_OF,
        };
      case 'review.billSeries':
        return {
          points: [
            { cycle: '2026-08', amount: '210345.10', debtAmount: '0' },
            { cycle: '2026-09', amount: '198220.00', debtAmount: '0' },
            { cycle: '2026-10', amount: '250010.77', debtAmount: '120.00' },
          ],
          currency: 'CNY',
          asOf: AS_OF,
        };
      case 'review.resellers':
        return page(Array.from({ length: 30 }, (_, i) => resellerRow(i)), input);
      case 'review.adjustRecords':
        return page(Array.from({ length: 500 }, (_, i) => adjustRow(i)), input);
      case 'review.accountChanges':
        return page(Array.from({ length: 500 }, (_, i) => accountChangeRow(i)), input);
      case 'review.quotas':
        return page([quotaRow(0), quotaRow(1)], input);
      case 'review.issuedCoupons':
        return page(Array.from({ length: 40 }, (_, i) => couponRow(i)), input);
      case 'review.billSums':
        return page(Array.from({ length: 60 }, (_, i) => billSumRow(i)), input);
      case 'review.billDetails':
        return page(Array.from({ length: 25 }, (_, i) => billDetailRow(i, input.filters ?? {})), input);
      case 'review.export':
        return { path: '/tmp/exports/x.csv', fileName: 'x.csv', format: 'csv', rowCount: 3, bytes: 10, asOf: AS_OF };
      case 'sync.status':
        return { running: false, startedAt: null, finishedAt: null, resumable: false, lists: [], connectivity: { online: true, since: null } };
      default:
        if (channel.startsWith('review.')) return page([], input);
        return undefined;
    }
  };

  await p.route('**/api/invoke', async (route: Route) => {
    const body = route.request().postDataJSON() as { channel: string; input: Query & Record<string, unknown> };
    const value = body.channel.startsWith('review.') || body.channel.startsWith('sync.') ? handle(body.channel, body.input ?? {}) : undefined;
    if (value === undefined) return route.continue();
    options.calls?.push({ channel: body.channel, input: body.input });
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  });
}
