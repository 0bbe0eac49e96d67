// Batch plans through the web host against the built-in sandbox (tier-1 profile): a 300-row
// CSV generated from the sandbox's customers is imported, its one bad row is shown and fixed,
// a second operator whose key is enrolled in the account's roster approves it (their
// workstation's signed approval file), it runs with the progress
// bar, one item's answer is lost (unknown) and reconciled, and the result is summarised.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOperatorKey, signApproval, writeEnrolment } from '../../electron/core/plans/four-eyes/keys';
import { readPlanFile, writeApprovalFile } from '../../electron/core/plans/plan-file';
import type { PlanDetail, PlanFileOut } from '../../shared/contract/channels/plans';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

// The sandbox's demo distributor (T1) has no direct customers: its plan funds its T2s'
// customers, each paid from that T2's balance (fundT2Customer).
const T2S = ['2c9e2f4d73fa6c80be5f3f40', '3daf3051840b7d91cf60405f', '4eb041629510e8a2d071516a', '5fc15273a621f9b3e182627b'];

describe('Batch plans through the web host', () => {
  let app: LaunchedApp;
  let sandboxUrl = '';
  let planId = '';
  const dir = mkdtempSync(join(tmpdir(), 'plans-e2e-'));

  beforeAll(async () => {
    app = await launchApp();
    for (let i = 0; i < 150 && !sandboxUrl; i++) {
      const list = await invoke<{ profiles: { active: boolean; endpoint: string }[] }>(app, 'profiles.list');
      sandboxUrl = list.profiles.find((p) => p.active)?.endpoint.replace(/\/+$/, '') ?? '';
      if (!sandboxUrl) await new Promise((r) => setTimeout(r, 200));
    }
    // Validation reads the local store: sync customers, resellers and balances first.
    await invoke(app, 'sync.start', { lists: ['customers', 'resellers', 'partnerBalances'] });
    for (let i = 0; i < 600; i++) {
      const status = await invoke<{ running: boolean }>(app, 'sync.status');
      if (!status.running) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports a 300-row CSV, shows the one bad row with its reason, and takes the fix', async () => {
    const ids: string[] = [];
    for (const t2 of T2S) {
      const listed = (await (await fetch(`${sandboxUrl}/_sandbox/customers?owner=${t2}&association_type=2&limit=75`)).json()) as { customers: { id: string }[] };
      ids.push(...listed.customers.map((c) => c.id));
    }
    expect(ids.length).toBe(300);
    const lines = ids.map((id, i) => `${id},${i === 41 ? '12.345' : `${(i % 9) + 1}.${String(i % 100).padStart(2, '0')}`},批量拨款 ${i + 1}`);
    const csv = join(dir, 'fund-300.csv');
    writeFileSync(csv, `\uFEFFcustomer_id,amount,memo\n${lines.join('\n')}\n`);

    const { page } = app;
    await page.getByTestId('nav-plans').click();
    await page.getByTestId('plan-kind').selectOption('fund-customers');
    await page.getByTestId('plan-name').fill('November top-ups');
    await page.getByTestId('plan-file').setInputFiles(csv);
    await page.getByTestId('plan-import').click();
    await expect.poll(() => page.getByTestId('plan-rows').textContent()).toBe('300');
    expect(await page.getByTestId('plan-error-rows').textContent()).toBe('1');
    const bad = page.getByTestId('plan-row-41');
    expect(await bad.textContent()).toContain('at most 2 decimals');
    await app.screenshot('plans-import-bad-row');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('edit-row-41').click();
    await page.getByTestId('edit-amount').fill('12.34');
    await page.getByTestId('edit-save').click();
    await expect.poll(() => page.getByTestId('plan-error-rows').textContent()).toBe('0');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('Ready');
    planId = (await invoke<{ id: string; name: string }[]>(app, 'plans.list')).find((p) => p.name === 'November top-ups')!.id;
  });

  it('is approved by a second operator through a signed approval file, bound to the content hash', async () => {
    const { page } = app;
    // The second operator's workstation: their own key, whose public half is enrolled here.
    const second = generateOperatorKey('second.operator');
    const enrolment = join(dir, 'second.pdkey.json');
    writeFileSync(enrolment, writeEnrolment(second, new Date()));
    await page.getByTestId('approvers-open').click();
    await page.getByTestId('approver-enrol-file').setInputFiles(enrolment);
    await expect.poll(() => page.getByTestId('approver-roster').textContent()).toContain('second.operator');
    await app.screenshot('plans-approvers');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // There, the exported plan file is read (its hash checked) and approved with that key.
    const exported = await invoke<PlanFileOut>(app, 'plans.exportPlanFile', { id: planId });
    const plan = readPlanFile(exported.content);
    const account = plan.account!;
    const statement = { account, planId: plan.id, contentHash: plan.contentHash, approver: 'second.operator' };
    const approval = join(dir, 'approval.pdapproval.json');
    writeFileSync(approval, writeApprovalFile({
      planId: plan.id, planName: plan.name, author: plan.author, contentHash: plan.contentHash, approver: 'second.operator',
      approvedAt: new Date().toISOString(), total: '0.00', itemCount: plan.items.length, account,
      keyFingerprint: second.fingerprint, signature: signApproval(second, statement),
    }));
    await page.getByTestId('approval-file-import').setInputFiles(approval);
    await expect.poll(() => page.getByTestId('plan-approval-state').textContent()).toContain('Approved by second.operator');
    await app.screenshot('plans-approved');
  });

  it('executes with a progress bar; one lost answer ends unknown and is reconciled', async () => {
    const { page } = app;
    const fault = await fetch(`${sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operation: 'UpdateCustomerAccountAmount', kind: 'drop-after-commit', times: 1 }),
    });
    expect(fault.ok).toBe(true);
    await page.getByTestId('plan-execute').click();
    await page.getByRole('button', { name: 'Execute now' }).click();
    const bar = page.locator('progress');
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(20);
    await app.screenshot('plans-running');
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 90_000, interval: 1000 }).toBe('Finished');

    const detail = await invoke<PlanDetail>(app, 'plans.get', { id: planId });
    expect(detail.execution).toMatchObject({ total: 300, succeeded: 300, failed: 0, unknown: 0 });
    const reconciled = detail.items.filter((i) => i.outcome === 'reconciled-done');
    expect(reconciled).toHaveLength(1);
    const entry = await invoke<{ events: { state: string }[] }>(app, 'activity.get', { id: reconciled[0]!.journalEntryId });
    expect(entry.events.map((e) => e.state)).toEqual(['pending', 'sent', 'unknown', 'reconciled-done']);
    const applied = (await (await fetch(`${sandboxUrl}/_sandbox/log`)).json()) as { entries: { transId: string }[] };
    expect(new Set(detail.items.map((i) => i.transId)).size).toBe(300);
    expect(applied.entries.filter((e) => detail.items.some((i) => i.transId === e.transId))).toHaveLength(300);
    await expect.poll(() => page.getByTestId('plan-summary').textContent()).toContain('300 applied');
    await app.screenshot('plans-finished');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('reads in Chinese too', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-plans').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('批量计划');
    await expect.poll(() => page.getByTestId('plan-summary').textContent()).toContain('成功 300');
    await app.screenshot('plans-finished-zh-CN');
    await page.getByTestId('approvers-open').click();
    await expect.poll(() => page.locator('#approvers-title').textContent()).toBe('审批人与审批策略');
    expect(await page.getByTestId('policy-plans').textContent()).toContain('每个计划都须经第二位操作员签名审批');
    await app.screenshot('plans-approvers-zh-CN');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });
});
