// The voucher screens, server-rendered in both languages: a quota in words, the confirmation with
// every item's problems, and per-item results (done with the coupon id, failed with the reason in
// words, "already reclaimed or expired" said as such, unknown sent to Activity, not sent).
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuotaRow } from '../../../shared/contract/channels/review';
import type { VoucherPreview, VoucherResult } from '../../../shared/contract/channels/vouchers';
import { catalogues } from '../../../renderer/i18n/catalogue';

vi.mock('../../../renderer/bridge', () => ({ api: {}, ApiError: class extends Error {} }));
const { QuotaSummary } = await import('../../../renderer/screens/vouchers/QuotaSummary');
const { VoucherConfirmView } = await import('../../../renderer/screens/vouchers/VoucherConfirm');
const { VoucherResultsView } = await import('../../../renderer/screens/vouchers/VoucherResults');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const summary = (q: QuotaRow) => renderToStaticMarkup(createElement(QuotaSummary, { quota: q }));
const confirm = (preview: VoucherPreview) =>
  renderToStaticMarkup(createElement(VoucherConfirmView, { preview, busy: null, online: true, onConfirm: () => {}, onCancel: () => {} }));
const results = (r: VoucherResult) => renderToStaticMarkup(createElement(VoucherResultsView, { result: r, onActivity: () => {} }));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const quota: QuotaRow = {
  quotaId: 'QSPL00000000000000000014', quotaType: 0, quotaValue: '50000', balance: '48000.00', quotaStatus: 0, currency: 'CNY',
  createTime: null, lastUpdateTime: null, effectiveTime: '2026-09-30T16:00:00Z', expireTime: '2027-09-30T16:00:00Z', limits: null,
  limitInfos: [{ key: 'faceValueRange', values: [{ value1: '10.00', value2: '500.00' }] }, { key: 'maxCouponsPerCustomer', values: [{ value1: '2', value2: '' }] }],
  fetchedAt: '2026-12-01T00:00:00Z', deletedAt: null,
};

const entry = (state: string, extra: object = {}) => ({
  id: `e-${state}`, operation: 'issueCoupon', counterpartyId: 'c1', counterpartyName: '王氏科技', state, transId: null, code: null, message: null, ...extra,
}) as never;

const result: VoucherResult = {
  operation: 'issueCoupon', done: 1, failed: 1, unknown: 1, skipped: 1, calls: 2,
  items: [
    { key: 'c1', status: 'sent', entry: entry('done', { transId: 'CP2612040001' }), reason: null, alreadyGone: false, recordedAmount: null },
    {
      key: 'c2', status: 'sent', entry: entry('failed', { code: 'CBC.99000035' }), alreadyGone: false, recordedAmount: null,
      reason: { en: 'This customer is not one of ours.', 'zh-CN': '该客户不是本伙伴的客户。' },
    },
    { key: 'c3', status: 'sent', entry: entry('unknown'), reason: null, alreadyGone: false, recordedAmount: null },
    { key: 'c4', status: 'skipped', problems: [{ code: 'VOUCHER_CUSTOMER_NOT_RESALE', message: { en: 'c4 is a referral customer.', 'zh-CN': 'c4 是推荐客户。' } }] as never },
  ],
};

describe('voucher screens in words', () => {
  it('shows a quota with what is left, its validity and its restrictions', async () => {
    await i18next.changeLanguage('en');
    const en = text(summary(quota));
    expect(en).toContain('¥48,000.00 left of ¥50,000.00');
    expect(en).toContain('Face value per voucher: ¥10.00 to ¥500.00');
    expect(en).toContain('At most 2 vouchers per customer');
    await i18next.changeLanguage('zh-CN');
    const zh = text(summary(quota));
    expect(zh).toContain('剩余 ¥48,000.00，共 ¥50,000.00');
    expect(zh).toContain('每位客户最多 2 张');
  });

  it('confirms with the count, the calls, the total (大写 in Chinese) and each problem, problems first', async () => {
    const preview: VoucherPreview = {
      operation: 'issueCoupon', currency: 'CNY', quota: null, sendCount: 1, total: '100.00', quotaBalanceAfter: '47900.00', calls: 1,
      asOf: '2026-12-04T08:00:00Z', confirmation: 'tok', expiresAt: '2026-12-04T08:05:00Z',
      items: [
        { key: 'c1', counterpartyId: 'c1', counterpartyName: '王氏科技', amount: '100.00', problems: [] },
        { key: 'c4', counterpartyId: 'c4', counterpartyName: null, amount: '100.00', problems: [{ code: 'VOUCHER_CUSTOMER_NOT_RESALE', message: { en: 'c4 is a referral customer.', 'zh-CN': 'c4 是推荐客户。' } }] as never },
      ],
    };
    await i18next.changeLanguage('en');
    const en = confirm(preview);
    expect(text(en)).toContain('1 of 2');
    expect(text(en)).toContain('c4 is a referral customer.');
    expect(en.indexOf('data-key="c4"')).toBeLessThan(en.indexOf('data-key="c1"'));
    await i18next.changeLanguage('zh-CN');
    const zh = text(confirm(preview));
    expect(zh).toContain('壹佰元整');
    expect(zh).toContain('c4 是推荐客户。');
  });

  it('reports every item: done with its coupon id, failed with the reason, unknown to Activity, not sent with its problems', async () => {
    await i18next.changeLanguage('en');
    const en = results(result);
    expect(text(en)).toContain('1 done, 1 failed, 1 unknown, 1 not sent — API calls: 2.');
    expect(en).toMatch(/data-key="c1" data-status="done".*CP2612040001/s);
    expect(text(en)).toContain('This customer is not one of ours. (CBC.99000035)');
    expect(text(en)).toContain('Resolve in Activity');
    expect(text(en)).toContain('c4 is a referral customer.');
    // What needs the operator comes first: unknown, failed, not sent, done.
    expect([...en.matchAll(/data-status="(\w+)"/g)].map((m) => m[1])).toEqual(['unknown', 'failed', 'skipped', 'done']);
    await i18next.changeLanguage('zh-CN');
    const zh = text(results(result));
    expect(zh).toContain('成功 1 项，失败 1 项，未知 1 项，未发送 1 项');
    expect(zh).toContain('该客户不是本伙伴的客户。');
    expect(zh).toContain('在活动中核对');
  });

  it('says a coupon already reclaimed or expired is not our error, and shows what a reclaim really took back', async () => {
    const reclaim: VoucherResult = {
      operation: 'reclaimCoupon', done: 1, failed: 1, unknown: 0, skipped: 0, calls: 2,
      items: [
        { key: 'k1', status: 'sent', entry: entry('done', { operation: 'reclaimCoupon', transId: 'reclaim:k1' }), reason: null, alreadyGone: false, recordedAmount: '37.50' },
        { key: 'k2', status: 'sent', entry: entry('failed', { operation: 'reclaimCoupon', code: 'CBC.99000048' }), alreadyGone: true, recordedAmount: null, reason: { en: 'The voucher was already reclaimed or has expired.', 'zh-CN': '该代金券已被回收或已过期。' } },
      ],
    };
    await i18next.changeLanguage('en');
    const en = text(results(reclaim));
    expect(en).toContain('Reclaimed: ¥37.50');
    expect(en).toContain('Already reclaimed or expired — nothing of ours went wrong.');
    expect(en).not.toContain('reclaim:k1');
    await i18next.changeLanguage('zh-CN');
    expect(text(results(reclaim))).toContain('实际回收： ¥37.50');
  });
});
