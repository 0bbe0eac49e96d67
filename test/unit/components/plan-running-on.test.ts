// A shared plan running on another workstation (issue #16): its status carries a "running on
// <role>" badge in the list and the detail, and this workstation offers no run or resume while
// that run holds the plan's run lock, saying why.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import { initTestI18n } from '../../support/i18n';

vi.mock('../../../renderer/bridge', () => ({ api: {}, bridge: { onEvent: () => () => undefined }, ApiError: class extends Error {} }));
const { PlanDetailView } = await import('../../../renderer/screens/plans/PlanDetailView');
const { RunningOnBadge } = await import('../../../renderer/screens/plans/RunningOn');

beforeAll(initTestI18n);

const HASH = 'a'.repeat(64);
const approval = { approver: 'bob', approvedAt: '2026-01-05T08:00:00.000Z', contentHash: HASH, via: 'local' as const, keyFingerprint: '0'.repeat(64) };
const execution = { total: 2, done: 1, succeeded: 1, failed: 0, unknown: 0, notApplied: 0, skipped: 0, amountMoved: '1.00', startedAt: 't', finishedAt: null };

function plan(over: Partial<PlanDetail> = {}): PlanDetail {
  return {
    id: 'p1', name: 'November', kind: 'fund-customers', params: {}, status: 'paused', author: 'alice', createdAt: 't', updatedAt: 't', rowCount: 2,
    errorRows: 0, total: '2.00', contentHash: HASH, requiresApproval: true, approval, approvalValid: true,
    execution, rows: [], problems: [], allocatable: null, items: [], ...over,
  };
}
const detail = (p: PlanDetail) => renderToStaticMarkup(createElement(PlanDetailView, { plan: p }));
const elsewhere = { role: 'carol', application: 'Partner Desk (ws-7)' };

describe('a plan running on another workstation', () => {
  it('offers resume here while no other workstation holds it', async () => {
    await i18next.changeLanguage('en');
    const html = detail(plan());
    expect(html).toContain('data-testid="plan-execute"');
    expect(html).not.toContain('plan-running-on');
  });

  it('shows who runs it beside the status, offers no run or resume, and says why', async () => {
    await i18next.changeLanguage('en');
    const html = detail(plan({ status: 'running', runningOn: elsewhere }));
    expect(html).toContain('data-testid="plan-running-on"');
    expect(html).toContain('Running on carol');
    expect(html).toContain('title="Run by carol (Partner Desk (ws-7))"');
    expect(html).not.toContain('data-testid="plan-execute"');
    expect(html).toContain('It cannot be run or resumed here while that run lasts');
    expect(detail(plan({ runningOn: elsewhere }))).not.toContain('data-testid="plan-execute"');
    await i18next.changeLanguage('zh-CN');
    const zh = detail(plan({ status: 'running', runningOn: elsewhere }));
    expect(zh).toContain('正在 carol 上执行');
    expect(zh).toContain('不能在此执行或继续执行');
    await i18next.changeLanguage('en');
  });

  it('carries the same badge in the plans list', () => {
    expect(renderToStaticMarkup(createElement(RunningOnBadge, { plan: plan({ runningOn: elsewhere }) }))).toContain('data-testid="plan-running-on"');
    expect(renderToStaticMarkup(createElement(RunningOnBadge, { plan: plan() }))).toBe('');
  });
});
