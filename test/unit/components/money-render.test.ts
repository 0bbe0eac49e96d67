// Server-rendered money screens in both languages: the Funding screen's operations as the one
// list in shared/domain offers them to an SP and a T1 (labels from there too), an Activity
// entry's reconciliation evidence (server clock offset, settle time, a late record), a refused
// "Send again" shown in the operator's language with the entry refreshed, and a profile delete
// refused for unresolved operations pointing to Activity.
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntryView, JournalPage, ReconcileEvidence } from '../../../shared/contract/channels/activity';
import type { MoneyPreview } from '../../../shared/contract/channels/money';
import type { ProfileView, ProfilesList } from '../../../shared/contract/channels/profiles';
import { toIpcError, type IpcError } from '../../../shared/contract/errors';
import { FUNDING_OPERATION_NAMES, factsOf, offeredTo } from '../../../shared/domain/operations';
import { catalogues } from '../../../renderer/i18n/catalogue';
import { formatInZone } from '../../../renderer/components/format/time';

// Rendering needs no host; the store tests drive these by hand.
const api = vi.hoisted(() => ({
  activity: { list: vi.fn(), reconcile: vi.fn(), reconcileAll: vi.fn(), export: vi.fn() },
  money: { targets: vi.fn(), preview: vi.fn(), execute: vi.fn() },
  profiles: { list: vi.fn(), activate: vi.fn(), delete: vi.fn() },
}));
vi.mock('../../../renderer/bridge', () => ({
  api,
  bridge: { onEvent: () => () => undefined, invoke: vi.fn() },
  ApiError: class ApiError extends Error {
    constructor(readonly error: IpcError) {
      super(error.message);
    }
  },
}));
const { ApiError } = await import('../../../renderer/bridge');
const { OperationSelect } = await import('../../../renderer/screens/funding/FundingScreen');
const { domainSite, needsCustomer, needsT2, operationChoices } = await import('../../../renderer/screens/funding/operations');
const { ErrorNotice } = await import('../../../renderer/components/ErrorNotice');
const { EvidenceDetail } = await import('../../../renderer/screens/activity/EvidenceDetail');
const { ActivityRow } = await import('../../../renderer/screens/activity/ActivityRow');
const { DeleteBlocked } = await import('../../../renderer/screens/profiles/DeleteBlocked');
const { useFundingStore } = await import('../../../renderer/stores/funding-store');
const { useActivityStore } = await import('../../../renderer/stores/activity-store');
const { useProfilesStore } = await import('../../../renderer/stores/profiles-store');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const html = (el: ReactElement) => renderToStaticMarkup(el);
const unescape = (text: string) => text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The markup as an operator reads it (React escapes quotes in text). */
const text = (el: ReactElement) => unescape(html(el));
/** The options of a rendered select: value, disabled, text. */
function options(markup: string): { value: string; disabled: boolean; text: string }[] {
  return [...markup.matchAll(/<option value="([^"]*)"( disabled="")?[^>]*>(.*?)<\/option>/g)].map((m) => ({
    value: m[1]!,
    disabled: m[2] !== undefined,
    text: unescape(m[3]!.replace(/<!-- -->/g, '')),
  }));
}

describe('the Funding screen’s operations come from shared/domain', () => {
  const select = (tier: 'SP' | 'T1', site: 'cn' | 'intl' | 'custom') =>
    options(html(createElement(OperationSelect, { id: 'op', value: 'fundCustomer', tier, site, onChange: () => undefined })));

  it('offers an SP the customer operations and marks the rest tier-1 only, in English and Chinese', async () => {
    await i18next.changeLanguage('en');
    const en = select('SP', 'cn');
    expect(en.map((o) => o.value)).toEqual([...FUNDING_OPERATION_NAMES]);
    for (const o of en) {
      const op = o.value as (typeof FUNDING_OPERATION_NAMES)[number];
      expect(o.disabled).toBe(!offeredTo(op, 'SP', 'cn'));
      expect(o.text).toBe(o.disabled ? `${factsOf(op).label.en} (tier-1 only)` : factsOf(op).label.en);
    }
    expect(en.filter((o) => !o.disabled).map((o) => o.value)).toEqual(['fundCustomer', 'reclaimCustomer']);
    await i18next.changeLanguage('zh-CN');
    const zh = select('SP', 'cn');
    expect(zh.find((o) => o.value === 'fundCustomer')?.text).toBe('向客户拨款');
    expect(zh.find((o) => o.value === 'fundT2')?.text).toBe('向云经销商拨款 (仅一级经销商)');
  });

  it('offers a T1 every operation on the China site and behind a custom endpoint', async () => {
    await i18next.changeLanguage('en');
    for (const site of ['cn', 'custom'] as const) {
      const t1 = select('T1', site);
      expect(t1.every((o) => !o.disabled)).toBe(true);
      expect(t1.map((o) => o.text)).toEqual(FUNDING_OPERATION_NAMES.map((op) => factsOf(op).label.en));
    }
    await i18next.changeLanguage('zh-CN');
    expect(select('T1', 'cn').map((o) => o.text)).toEqual(FUNDING_OPERATION_NAMES.map((op) => factsOf(op).label['zh-CN']));
  });

  it('offers nothing on the International site, where the funding APIs do not exist', async () => {
    await i18next.changeLanguage('en');
    const intl = select('T1', 'intl');
    expect(intl.every((o) => o.disabled && o.text.endsWith('(not offered on this site)'))).toBe(true);
  });

  it('reads the active profile’s site as the domain’s: the sandbox and a custom endpoint speak the China site’s API', () => {
    expect(domainSite('china')).toBe('cn');
    expect(domainSite('intl')).toBe('intl');
    expect(domainSite('custom')).toBe('custom');
    expect(domainSite('sandbox')).toBe('custom');
    // Before the profiles are known the screen keeps its old behaviour: the tier alone decides.
    expect(domainSite(undefined)).toBe('custom');
    expect(operationChoices('SP', domainSite('sandbox')).filter((c) => c.notOffered === null).map((c) => c.operation)).toEqual(['fundCustomer', 'reclaimCustomer']);
  });

  it('asks for the counterparties each operation names in shared/domain', () => {
    for (const op of FUNDING_OPERATION_NAMES) {
      const f = factsOf(op);
      expect(needsCustomer(op)).toBe(f.counterparty === 'customer');
      expect(needsT2(op)).toBe(f.counterparty === 't2' || f.viaT2);
    }
    expect(FUNDING_OPERATION_NAMES.filter(needsT2)).toEqual(['fundT2', 'reclaimT2', 'fundT2Customer']);
  });
});

const WINDOW = { from: '2026-01-05T07:55:00Z', to: '2026-01-05T08:20:00Z' };
const evidence = (extra: Partial<ReconcileEvidence>): ReconcileEvidence => ({ window: WINDOW, candidates: 0, claimedByOthers: 0, ...extra });

function entry(extra: Partial<JournalEntryView> = {}): JournalEntryView {
  return {
    id: '11111111-1111-4111-8111-111111111111', seq: 1, createdAt: '2026-01-05T08:00:00.000Z', operator: 'alice', profileId: 'p1', profileName: 'Main',
    operation: 'fundCustomer', counterpartyId: 'cust-1', counterpartyName: null, indirectPartnerId: null, amount: '100.00', currency: 'CNY', memo: null,
    retryOf: null, retriedBy: null, planId: null, planItemId: null, details: null, batchId: null, intentKey: 'fundCustomer|cust-1||100.00', state: 'unknown', stateAt: '2026-01-05T08:00:05.000Z', requestId: null,
    sentAt: '2026-01-05T08:00:01.000Z', code: null, message: null, transId: null, evidence: null, events: [], ...extra,
  };
}

const detail = (e: ReconcileEvidence, state: JournalEntryView['state'] = 'unknown') => html(createElement(EvidenceDetail, { evidence: e, state }));
const row = (e: JournalEntryView) => html(createElement('table', null, createElement('tbody', null, createElement(ActivityRow, { entry: e }))));

describe('an entry’s reconciliation evidence', () => {
  it('says how far the server clock is from this workstation, and which way', async () => {
    await i18next.changeLanguage('en');
    expect(detail(evidence({ serverOffsetMs: -602_000 }))).toContain('Server clock: 10 min 2 s behind this workstation');
    expect(detail(evidence({ serverOffsetMs: 3_725_000 }))).toContain('Server clock: 1 h 2 min ahead of this workstation');
    expect(detail(evidence({ serverOffsetMs: 300 }))).toContain('Server clock: in step with this workstation');
    await i18next.changeLanguage('zh-CN');
    expect(detail(evidence({ serverOffsetMs: -602_000 }))).toContain('服务器时钟：比本机慢 10 分 2 秒');
    expect(detail(evidence({ serverOffsetMs: 45_000 }))).toContain('服务器时钟：比本机快 45 秒');
  });

  it('says until when an undecided entry waits for Huawei’s records, and only while it is undecided', async () => {
    const settleUntil = '2026-01-05T10:42:10.000Z';
    const local = formatInZone(new Date(settleUntil), undefined, true);
    await i18next.changeLanguage('en');
    const en = detail(evidence({ undecided: 'inside settle time', settleUntil }));
    expect(en).toContain(`Undecided until ${local} — Huawei’s records may not show the operation yet; Reconcile again after that.`);
    expect(en).toContain('title="2026-01-05 10:42:10 UTC"');
    expect(detail(evidence({ settleUntil }), 'reconciled-not-applied')).toBe('');
    // The row says it once, precisely, instead of the generic "not decided yet".
    const unknownRow = row(entry({ evidence: evidence({ undecided: 'inside settle time', settleUntil }) }));
    expect(unknownRow).toContain(`Undecided until ${local}`);
    expect(unknownRow).not.toContain('Not decided yet');
    await i18next.changeLanguage('zh-CN');
    expect(detail(evidence({ undecided: 'inside settle time', settleUntil }))).toContain(`在 ${local} 之前无法判定：华为云的记录可能尚未显示该操作；请在此时间之后再次对账。`);
  });

  it('says a record found late was found late and that nothing was sent again', async () => {
    const late = entry({
      state: 'reconciled-done', transId: 'T-9',
      evidence: evidence({ lateRecord: true, candidates: 1, record: { transId: 'T-9', customerId: 'cust-1', operationType: '1', amount: '100.00', operationTime: '2026-01-05T08:03:00Z' } }),
    });
    await i18next.changeLanguage('en');
    const en = row(late);
    expect(en).toContain('Evidence: record T-9');
    expect(en).toContain('Found late: the record appeared after the entry was concluded not applied; nothing was sent again.');
    await i18next.changeLanguage('zh-CN');
    const zh = row(late);
    expect(zh).toContain('延迟发现：该记录在判定“未执行”之后才出现；未重新发送任何请求。');
    expect(zh).toContain('向客户拨款');
  });

  it('shows every field of one evidence together, and nothing for evidence without them', async () => {
    await i18next.changeLanguage('en');
    const all = detail(evidence({ serverOffsetMs: -602_000, settleUntil: '2026-01-05T10:42:10.000Z', lateRecord: true }));
    expect(all.match(/<li /g)).toHaveLength(3);
    expect(detail(evidence({}))).toBe('');
    expect(html(createElement(EvidenceDetail, { evidence: null, state: 'unknown' }))).toBe('');
  });
});

describe('a refused "Send again"', () => {
  const original = entry({ state: 'reconciled-not-applied', evidence: evidence({}) });
  const preview: MoneyPreview = {
    operation: 'fundCustomer', counterpartyId: 'cust-1', counterpartyName: null, indirectPartnerId: null, amount: '100.00', currency: 'CNY',
    from: { kind: 'partner', id: 'partner', name: null, before: '500.00', after: '400.00' },
    to: { kind: 'customer', id: 'cust-1', name: null, before: '0.00', after: '100.00' },
    asOf: '2026-01-05T09:00:00.000Z', confirmation: 'token', expiresAt: '2026-01-05T09:05:00.000Z',
  };
  const page = (e: JournalEntryView): JournalPage => ({ entries: [e], total: 1, unresolved: 0 });

  beforeEach(() => {
    vi.clearAllMocks();
    useFundingStore.setState({ preview: null, intent: null, error: null, result: null, busy: null });
    useActivityStore.setState({ page: null, error: null });
    api.money.preview.mockResolvedValue(preview);
    api.money.targets.mockResolvedValue(null);
  });

  const resend = async () => {
    await useFundingStore.getState().review({ operation: 'fundCustomer', counterpartyId: 'cust-1', amount: '100.00', retryOf: original.id });
    await useFundingStore.getState().confirm();
    await vi.waitFor(() => expect(api.activity.list).toHaveBeenCalledTimes(2));
  };

  it.each([
    ['MONEY_RETRY_APPLIED_LATE', { id: original.id, transId: 'T-9' }],
    ['MONEY_CONFIRMATION_USED', {}],
    ['MONEY_APPROVAL_REQUIRED', { limit: '¥50.00', amount: '¥100.00' }],
    ['JOURNAL_UNAVAILABLE_AFTER_SEND', { id: original.id, outcome: 'done', transId: 'T-9', reason: 'disk full' }],
  ] as const)('%s: shows the message in the operator’s language and refreshes the entry', async (code, details) => {
    const refreshed = code === 'MONEY_RETRY_APPLIED_LATE' ? entry({ state: 'reconciled-done', transId: 'T-9', evidence: evidence({ lateRecord: true }) }) : original;
    api.activity.list.mockResolvedValueOnce(page(original)).mockResolvedValueOnce(page(refreshed));
    await useActivityStore.getState().load();
    const error = toIpcError(code, details, 'en');
    api.money.execute.mockRejectedValueOnce(new ApiError(error));
    await resend();
    await vi.waitFor(() => expect(useActivityStore.getState().page?.entries[0]?.state).toBe(refreshed.state));

    // Server rendering sees only a store's initial state: render what the screen shows from it.
    expect(useFundingStore.getState().error?.code).toBe(code);
    const notice = () => text(createElement(ErrorNotice, { error: useFundingStore.getState().error }));
    const shown = () => row(useActivityStore.getState().page!.entries[0]!);
    await i18next.changeLanguage('en');
    expect(notice()).toContain(error.messages.en);
    expect(notice()).toContain(code);
    expect(shown()).toContain(`data-state="${refreshed.state}"`);
    await i18next.changeLanguage('zh-CN');
    expect(notice()).toContain(error.messages['zh-CN']);
    if (code === 'MONEY_RETRY_APPLIED_LATE') expect(shown()).toContain('已执行（对账确认）');
  });
});

function profile(extra: Partial<ProfileView>): ProfileView {
  return { id: 'p', name: 'Main', site: 'china', endpoint: '', akMasked: 'HPUA****0001', domainId: 'd1', role: 'SP', builtIn: false, active: false, ...extra };
}
function profilesList(profiles: ProfileView[], activeId: string | null): ProfilesList {
  return { profiles: profiles.map((p) => ({ ...p, active: p.id === activeId })), activeId, keychain: { available: true } };
}

describe('a profile delete refused for unresolved operations', () => {
  const main = profile({ id: 'p1', name: 'Main', active: true });
  const other = profile({ id: 'p2', name: 'Other', domainId: 'd2' });
  const refused = (name: string) => toIpcError('PROFILE_HAS_UNRESOLVED', { name, count: 2 }, 'en');
  const blocked = (target: ProfileView) =>
    text(createElement(DeleteBlocked, { error: refused(target.name), target, active: main, busy: false, onOpenActivity: () => undefined, onSwitchAndOpen: () => undefined }));

  it('shows the core’s message in the operator’s language on the Profiles screen', async () => {
    api.profiles.list.mockResolvedValue(profilesList([main, other], 'p1'));
    api.profiles.delete.mockRejectedValueOnce(new ApiError(refused('Other')));
    await useProfilesStore.getState().remove('p2');
    expect(useProfilesStore.getState().error?.code).toBe('PROFILE_HAS_UNRESOLVED');
    const notice = () => text(createElement(ErrorNotice, { error: useProfilesStore.getState().error }));
    await i18next.changeLanguage('en');
    expect(notice()).toContain('Profile "Other" cannot be deleted: its partner account has 2 money operation(s) with an unknown outcome.');
    await i18next.changeLanguage('zh-CN');
    expect(notice()).toContain('无法删除配置“Other”：其伙伴账号有 2 笔结果未知的资金操作。');
  });

  it('suggests opening Activity, or using the profile first when its account is not the active one', async () => {
    await i18next.changeLanguage('en');
    const here = blocked(profile({ id: 'p3', name: 'Same account', domainId: 'd1' }));
    expect(here).toContain('Open Activity and reconcile the operations with an unknown outcome, then delete "Same account" again.');
    expect(here).toContain('data-testid="profile-open-activity"');
    const there = blocked(other);
    expect(there).toContain('Use "Other" and open Activity');
    expect(there).not.toContain('profile-open-activity');
    await i18next.changeLanguage('zh-CN');
    expect(blocked(other)).toContain('切换到“Other”并打开“活动”');
    expect(blocked(profile({ id: 'p3', name: 'Same account', domainId: 'd1' }))).toContain('打开“活动”');
  });

  it('says nothing for other errors', () => {
    const other = html(createElement(DeleteBlocked, { error: toIpcError('KEYCHAIN_FAILED', { operation: 'delete' }, 'en'), target: main, active: main, busy: false, onOpenActivity: () => undefined, onSwitchAndOpen: () => undefined }));
    expect(other).toBe('');
  });
});
