// Server-rendered four-eyes screens in both languages: who signed a plan and with which key,
// an unsigned approval named as not accepted, the policy and its change log in words.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import type { ApprovalSetupView } from '../../../shared/contract/channels/plans-approvers';
import { catalogues } from '../../../renderer/i18n/catalogue';

// The components only call the API on clicks; rendering needs no host bridge.
vi.mock('../../../renderer/bridge', () => ({ api: {}, ApiError: class extends Error {} }));
const { PlanApprovalSection } = await import('../../../renderer/screens/plans/PlanApprovalSection');
const { ApprovalPolicyCard } = await import('../../../renderer/screens/plans/ApprovalPolicyCard');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const HASH = 'a'.repeat(64);
const KEY = '0123456789abcdef'.repeat(4);

function plan(approval: PlanDetail['approval']): PlanDetail {
  return {
    id: 'p1', name: 'November', kind: 'fund-customers', params: {}, status: 'ready', author: 'alice', createdAt: 't', updatedAt: 't', rowCount: 1,
    errorRows: 0, total: '1.00', contentHash: HASH, requiresApproval: true, approval, approvalValid: approval?.keyFingerprint != null,
    execution: null, rows: [], problems: [], allocatable: null, items: [],
  };
}

const signed = { approver: 'bob', approvedAt: '2026-01-05T08:00:00.000Z', contentHash: HASH, via: 'file' as const, keyFingerprint: KEY };
const section = (p: PlanDetail) => renderToStaticMarkup(createElement(PlanApprovalSection, { plan: p }));

describe('a plan’s approval state', () => {
  it('names who signed and the key, and offers the signed approval file', async () => {
    await i18next.changeLanguage('en');
    const html = section(plan(signed));
    expect(html).toContain('Approved by bob');
    expect(html).toContain('Signed with key 0123 4567 89ab cdef');
    expect(html).toContain('data-testid="plan-export-approval"');
    await i18next.changeLanguage('zh-CN');
    expect(section(plan(signed))).toContain('签名密钥 0123 4567 89ab cdef');
  });

  it('says an unsigned approval of an older version is not accepted, and offers no approval file', async () => {
    await i18next.changeLanguage('en');
    const html = section(plan({ ...signed, keyFingerprint: null }));
    expect(html).toContain('carries no signature: it is not accepted');
    expect(html).not.toContain('plan-export-approval');
    await i18next.changeLanguage('zh-CN');
    expect(section(plan({ ...signed, keyFingerprint: null }))).toContain('没有签名，不予接受');
  });
});

describe('the policy and its log', () => {
  const bob = { operator: 'bob', fingerprint: KEY, publicKey: 'x', enrolledAt: 't', enrolledBy: 'alice' };
  const setup: ApprovalSetupView = {
    account: 'domain-1', operator: 'alice', myKey: null, roster: [], policy: { plansRequireApproval: true, singleOperationLimit: '5000.00' },
    events: [
      { seq: 3, at: '2026-01-05T09:00:00.000Z', operator: 'carol', account: 'domain-1', change: 'approver-removed', subject: KEY, before: JSON.stringify(bob), after: null },
      { seq: 2, at: '2026-01-05T08:30:00.000Z', operator: 'alice', account: 'domain-1', change: 'policy-set', subject: 'single-operation-limit', before: '{"singleOperationLimit":null}', after: '{"singleOperationLimit":"5000.00"}' },
      { seq: 1, at: '2026-01-05T08:00:00.000Z', operator: 'alice', account: 'domain-1', change: 'approver-enrolled', subject: KEY, before: null, after: JSON.stringify(bob) },
    ],
  };
  const card = () => renderToStaticMarkup(createElement(ApprovalPolicyCard, { setup }));

  it('reads every change in words, newest first, in English and Chinese', async () => {
    await i18next.changeLanguage('en');
    const en = card();
    expect(en).toContain('every plan needs a second operator’s signed approval');
    expect(en).toContain('Now: above ¥5,000.00');
    const changes = ['Removed bob (key 0123 4567 89ab cdef)', 'Single-operation limit: none → ¥5,000.00', 'Enrolled bob (key 0123 4567 89ab cdef)'];
    const at = changes.map((c) => en.indexOf(c));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    await i18next.changeLanguage('zh-CN');
    const zh = card();
    expect(zh).toContain('单笔操作限额：无 → ¥5,000.00');
    expect(zh).toContain('移除 bob（密钥 0123 4567 89ab cdef）');
  });
});
