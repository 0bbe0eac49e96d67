// The Plans screen's quota picker: which synced quota a voucher plan may draw on, why a bad
// choice is refused (named specifically, en + zh), what a search finds, and the chosen quota
// shown in words with the T2 it names.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuotaRow } from '../../../shared/contract/channels/review';
import { catalogues } from '../../../renderer/i18n/catalogue';
import type { QuotaOption } from '../../../renderer/screens/vouchers/quota-options';

vi.mock('../../../renderer/bridge', () => ({ api: {}, ApiError: class extends Error {} }));
const { PlanQuotaPicker } = await import('../../../renderer/screens/plans/PlanQuotaPicker');
const { choiceProblem, findChoice, matchesSearch, orderChoices } = await import('../../../renderer/screens/plans/quota-choice');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const NOW = Date.parse('2026-12-04T08:00:00Z');
const time = (iso: string) => iso.slice(0, 10);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const row = (id: string, extra: Partial<QuotaRow> = {}): QuotaRow => ({
  quotaId: id, quotaType: 0, quotaValue: '50000', balance: '48000.00', quotaStatus: 0, currency: 'CNY',
  createTime: null, lastUpdateTime: null, effectiveTime: '2026-09-30T16:00:00Z', expireTime: '2027-09-30T16:00:00Z', limits: null,
  limitInfos: [{ key: 'faceValueRange', values: [{ value1: '10.00', value2: '500.00' }] }],
  fetchedAt: '2026-12-01T00:00:00Z', deletedAt: null, ...extra,
});
const own = (id: string, extra: Partial<QuotaRow> = {}): QuotaOption => ({ quota: row(id, extra), indirectPartnerId: null, indirectPartnerName: null });
const child = (id: string, t2: string, name: string): QuotaOption => ({ quota: row(id, { balance: '900.00' }), indirectPartnerId: t2, indirectPartnerName: name });

const usable = own('QSPL-OK');
const expired = own('QSPL-OLD', { expireTime: '2026-11-30T16:00:00Z' });
const future = own('QSPL-LATER', { effectiveTime: '2027-01-01T00:00:00Z' });
const frozen = own('QSPL-FROZEN', { quotaStatus: 5 });
const empty = own('QSPL-EMPTY', { balance: '0.00' });
const gone = own('QSPL-GONE', { deletedAt: '2026-12-02T00:00:00Z' });
const ofT2 = child('QCHILD-1', 'T2-0001', '华东云');
const all = [expired, frozen, usable, future, empty, gone, ofT2];

describe('which quota a voucher plan may draw on', () => {
  it('accepts a usable quota and names every other reason a choice is refused', () => {
    expect(choiceProblem(usable, 'QSPL-OK', NOW, 'en', time)).toBeNull();
    expect(choiceProblem(expired, 'QSPL-OLD', NOW, 'en', time)).toEqual({ code: 'expired', quotaId: 'QSPL-OLD', to: '2026-11-30' });
    expect(choiceProblem(future, 'QSPL-LATER', NOW, 'en', time)).toMatchObject({ code: 'notYet', from: '2027-01-01' });
    expect(choiceProblem(frozen, 'QSPL-FROZEN', NOW, 'en', time)).toEqual({ code: 'notUsable', quotaId: 'QSPL-FROZEN', status: 'frozen' });
    expect(choiceProblem(frozen, 'QSPL-FROZEN', NOW, 'zh-CN', time)).toMatchObject({ status: '冻结' });
    expect(choiceProblem(empty, 'QSPL-EMPTY', NOW, 'en', time)).toMatchObject({ code: 'empty' });
    expect(choiceProblem(gone, 'QSPL-GONE', NOW, 'en', time)).toMatchObject({ code: 'gone' });
    expect(choiceProblem(null, 'QSPL-TYPO', NOW, 'en', time)).toEqual({ code: 'unknown', quotaId: 'QSPL-TYPO' });
    expect(choiceProblem(null, '  ', NOW, 'en', time)).toBeNull();
  });

  it('expires exactly at the quota’s expiry time', () => {
    const at = Date.parse('2027-09-30T16:00:00Z');
    expect(choiceProblem(usable, 'QSPL-OK', at - 1, 'en', time)).toBeNull();
    expect(choiceProblem(usable, 'QSPL-OK', at, 'en', time)?.code).toBe('expired');
  });

  it('finds a child quota only together with its T2, and our own quota only without one', () => {
    expect(findChoice(all, 'QCHILD-1', 'T2-0001')).toBe(ofT2);
    expect(findChoice(all, 'QCHILD-1', undefined)).toBeNull();
    expect(findChoice(all, 'QSPL-OK', 'T2-0001')).toBeNull();
    expect(findChoice(all, ' QSPL-OK ', '')).toBe(usable);
  });

  it('searches what the operator sees: id, T2 name, remaining amount, restrictions in either language', () => {
    expect(all.filter((o) => matchesSearch(o, '华东', 'zh-CN', time))).toEqual([ofT2]);
    expect(all.filter((o) => matchesSearch(o, 'frozen', 'en', time))).toEqual([frozen]);
    expect(all.filter((o) => matchesSearch(o, '900', 'en', time))).toEqual([ofT2]);
    expect(matchesSearch(usable, '500.00', 'en', time)).toBe(true);
    expect(matchesSearch(usable, 'ok qspl', 'en', time)).toBe(true);
    expect(matchesSearch(usable, 'nothing-like-it', 'en', time)).toBe(false);
  });

  it('lists usable quotas first, the nearest expiry on top', () => {
    const soon = own('QSPL-SOON', { expireTime: '2027-01-31T16:00:00Z' });
    const ordered = orderChoices([...all, soon], NOW, time).map((o) => o.quota.quotaId);
    expect(ordered.slice(0, 3)).toEqual(['QSPL-SOON', 'QCHILD-1', 'QSPL-OK']);
    expect(ordered.slice(3)).toContain('QSPL-OLD');
  });
});

const picker = (quotaId: string, t2?: string) =>
  text(renderToStaticMarkup(createElement(PlanQuotaPicker, {
    label: 'Voucher quota', options: all, loaded: true, now: NOW, onChange: () => {},
    value: { quotaId, ...(t2 ? { indirectPartnerId: t2 } : {}) },
  })));

describe('the picker on the Plans screen', () => {
  it('refuses an expired quota with its expiry, in English and Chinese', async () => {
    await i18next.changeLanguage('en');
    expect(picker('QSPL-OLD')).toContain('Quota QSPL-OLD expired on');
    await i18next.changeLanguage('zh-CN');
    expect(picker('QSPL-OLD')).toMatch(/额度 QSPL-OLD 已于 .* 过期/);
  });

  it('refuses a quota id that is not synced, and a frozen one with its status in words', async () => {
    await i18next.changeLanguage('en');
    expect(picker('QSPL-TYPO')).toContain('Quota QSPL-TYPO is not among the synced quotas');
    expect(picker('QSPL-FROZEN')).toContain('its status is not normal (status: frozen)');
    await i18next.changeLanguage('zh-CN');
    expect(picker('QSPL-FROZEN')).toContain('状态：冻结');
  });

  it('shows the chosen child quota in words and the T2 it issues for', async () => {
    await i18next.changeLanguage('en');
    const en = picker('QCHILD-1', 'T2-0001');
    expect(en).toContain('¥900.00 left of ¥50,000.00');
    expect(en).toContain('Issued in cloud reseller 华东云’s scope (T2-0001)');
    expect(en).not.toContain('not among the synced quotas');
    await i18next.changeLanguage('zh-CN');
    expect(picker('QCHILD-1', 'T2-0001')).toContain('以云经销商 华东云（T2-0001）的名义');
  });
});
