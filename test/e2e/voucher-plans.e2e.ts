// Voucher plans through the web host against the built-in sandbox (the demo tier-1). An issue
// plan: the quota is picked from the synced quotas with the keyboard (a reclaimed child quota is
// refused with its reason), a CSV of 120 of reseller_north's customers and one of
// reseller_south's is imported, the preview refuses that one row and says why, a second
// operator approves through a signed approval file, the plan runs in two calls with progress and
// its per-row result is exported (CSV and XLSX). Then, in Chinese, a reclaim plan from an XLSX
// takes back one customer's vouchers. Screenshots and an axe check on each screen.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOperatorKey, signApproval, writeEnrolment, type OperatorKey } from '../../electron/core/plans/four-eyes/keys';
import { readPlanFile, writeApprovalFile } from '../../electron/core/plans/plan-file';
import type { PlanDetail, PlanFileOut } from '../../shared/contract/channels/plans';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';
import { sandboxEndpoint, switchLanguage as language, syncLists as syncAll } from './sandbox-steps';

const NORTH = '2c9e2f4d73fa6c80be5f3f40'; // reseller_north
const SOUTH = '3daf3051840b7d91cf60405f'; // reseller_south

interface ChildQuotaPage {
  rows: { quotaId: string; quotaStatus: number | null; indirectPartnerId: string | null; indirectPartnerName: string | null }[];
}

async function customersOf(sandboxUrl: string, t2: string, limit: number): Promise<string[]> {
  const listed = (await (await fetch(`${sandboxUrl}/_sandbox/customers?owner=${t2}&association_type=2&limit=${limit}`)).json()) as { customers: { id: string }[] };
  return listed.customers.map((c) => c.id);
}

/** The second operator's workstation reads the exported plan file and signs its approval there. */
async function approveAsSecond(app: LaunchedApp, second: OperatorKey, planId: string, dir: string): Promise<void> {
  const exported = await invoke<PlanFileOut>(app, 'plans.exportPlanFile', { id: planId });
  const plan = readPlanFile(exported.content);
  const { total } = await invoke<PlanDetail>(app, 'plans.get', { id: planId });
  const account = plan.account!;
  const statement = { account, planId: plan.id, contentHash: plan.contentHash, approver: second.operator };
  const file = join(dir, `${planId}.pdapproval.json`);
  writeFileSync(file, writeApprovalFile({
    planId: plan.id, planName: plan.name, author: plan.author, contentHash: plan.contentHash, approver: second.operator,
    approvedAt: new Date().toISOString(), total, itemCount: plan.items.length, account,
    keyFingerprint: second.fingerprint, signature: signApproval(second, statement),
  }));
  await app.page.getByTestId('approval-file-import').setInputFiles(file);
}

async function planIdNamed(app: LaunchedApp, name: string): Promise<string> {
  return (await invoke<{ id: string; name: string }[]>(app, 'plans.list')).find((p) => p.name === name)!.id;
}

describe('Voucher plans through the web host', () => {
  let app: LaunchedApp;
  let sandboxUrl = '';
  let northName = '';
  let northQuota = '';
  let issuePlan = '';
  const dir = mkdtempSync(join(tmpdir(), 'voucher-plans-e2e-'));
  const second = generateOperatorKey('second.operator');
  const north = { ids: [] as string[] };

  beforeAll(async () => {
    app = await launchApp();
    sandboxUrl = await sandboxEndpoint(app);
    // Validation and the picker read the local store: customers, T2s, quotas and coupons first.
    await syncAll(app, ['customers', 'resellers', 'quotas', 'childQuotas', 'issuedCoupons', 'couponRecords']);
    const children = await invoke<ChildQuotaPage>(app, 'review.childQuotas', { limit: 100, filters: { indirectPartnerId: NORTH } });
    const usable = children.rows.find((q) => q.quotaStatus === 0)!;
    expect(children.rows.some((q) => q.quotaStatus === 6)).toBe(true); // the seed's reclaimed extra grant
    northQuota = usable.quotaId;
    northName = usable.indirectPartnerName!;
    north.ids = await customersOf(sandboxUrl, NORTH, 120);
    expect(north.ids).toHaveLength(120);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('picks the quota from the synced quotas with the keyboard; a reclaimed one is refused with its reason', async () => {
    const { page } = app;
    await language(app, 'en');
    await page.getByTestId('nav-plans').click();
    await page.getByTestId('plan-kind').selectOption('issue-coupons');
    const picker = page.getByTestId('plan-param-quota');
    await picker.focus();
    await picker.fill(northName);
    const options = page.getByTestId('plan-quota-options').getByRole('option');
    // The reseller's usable quota first, its reclaimed one below with the reason.
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.nth(0).getAttribute('data-quota-id')).toBe(northQuota);
    expect(await options.nth(1).textContent()).toMatch(/status is not normal \(status: reclaimed\)/);
    await app.screenshot('voucher-plans-picker-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await picker.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await picker.press('Enter');
    await expect.poll(() => page.getByTestId('plan-quota-problem').textContent()).toMatch(/^Quota QT\w+ cannot be drawn on: its status is not normal \(status: reclaimed\)\. Choose a usable quota\.$/);
    expect(await page.getByTestId('plan-quota-problem').getAttribute('data-code')).toBe('notUsable');
    expect(await picker.getAttribute('aria-invalid')).toBe('true');

    await picker.fill(`${northName} normal`);
    await expect.poll(() => options.count()).toBe(1);
    await picker.press('Enter');
    await expect.poll(() => page.getByTestId('plan-quota-problem').count()).toBe(0);
    expect(await page.getByTestId('plan-quota-t2').textContent()).toContain(`Issued in cloud reseller ${northName}’s scope (${NORTH})`);
    expect(await page.getByTestId('plan-quota-summary').textContent()).toMatch(/Voucher quota .* left of .*Valid/);

    await picker.fill('no-such-quota-anywhere');
    await expect.poll(() => page.getByTestId('plan-quota-count').textContent()).toBe('No synced quota matches “no-such-quota-anywhere”. Check the spelling, or sync Vouchers first.');
    await picker.press('Escape');
    expect(await picker.inputValue()).toContain(northQuota);
  });

  it('imports 121 rows from CSV; the row of another reseller’s customer is refused with its reason', async () => {
    const { page } = app;
    const stranger = (await customersOf(sandboxUrl, SOUTH, 1))[0]!;
    const lines = [...north.ids.slice(0, 60), stranger, ...north.ids.slice(60)].map((id) => `${id},10,双十二促销,,`);
    // One memo for the promotion: customers share a call only when their coupon is the same, memo included.
    const csv = join(dir, 'issue-121.csv');
    writeFileSync(csv, `\uFEFFcustomer_id,face_value,memo,valid_time,expire_time\n${lines.join('\n')}\n`);
    await page.getByTestId('plan-name').fill('December promotion');
    await page.getByTestId('plan-file').setInputFiles(csv);
    await page.getByTestId('plan-import').click();
    await expect.poll(() => page.getByTestId('plan-rows').textContent()).toBe('121');
    expect(await page.getByTestId('plan-error-rows').textContent()).toBe('1');
    expect(await page.getByTestId('plan-row-60').textContent()).toContain(`is not a customer of cloud reseller ${NORTH}, the plan’s issuer.`);
    expect(await page.getByTestId('plan-total').textContent()).toBe('¥1,210.00');
    await app.screenshot('voucher-plans-issue-preview-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('plan-row-60').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => page.getByTestId('plan-error-rows').textContent()).toBe('0');
    expect(await page.getByTestId('plan-total').textContent()).toBe('¥1,200.00');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('Ready');
    issuePlan = await planIdNamed(app, 'December promotion');
  });

  it('is approved by a second operator, runs in two calls with progress, and exports the per-row result', async () => {
    const { page } = app;
    const enrolment = join(dir, 'second.pdkey.json');
    writeFileSync(enrolment, writeEnrolment(second, new Date()));
    await page.getByTestId('approvers-open').click();
    await page.getByTestId('approver-enrol-file').setInputFiles(enrolment);
    await expect.poll(() => page.getByTestId('approver-roster').textContent()).toContain('second.operator');
    await page.getByRole('button', { name: /^December promotion/ }).click();
    await approveAsSecond(app, second, issuePlan, dir);
    await expect.poll(() => page.getByTestId('plan-approval-state').textContent()).toContain('Approved by second.operator');

    await page.getByTestId('plan-execute').click();
    await page.getByRole('button', { name: 'Execute now' }).click();
    const bar = page.locator('progress');
    await bar.waitFor();
    await app.screenshot('voucher-plans-running-en');
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 90_000, interval: 1000 }).toBe('Finished');
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));

    const detail = await invoke<PlanDetail>(app, 'plans.get', { id: issuePlan });
    expect(detail.execution).toMatchObject({ total: 120, succeeded: 120, failed: 0, unknown: 0 });
    const coupons = detail.items.map((i) => i.transId);
    expect(new Set(coupons).size).toBe(120);
    expect(coupons.every((c) => /^CP/.test(c ?? ''))).toBe(true);
    // Calls of at most 100 customers: every journal entry names the call (batch) it went in.
    const entries = await Promise.all(detail.items.map((i) => invoke<{ batchId: string | null }>(app, 'activity.get', { id: i.journalEntryId })));
    const calls = new Map<string, number>();
    for (const e of entries) calls.set(e.batchId!, (calls.get(e.batchId!) ?? 0) + 1);
    expect([...calls.values()].sort((a, b) => b - a)).toEqual([100, 20]);
    await expect.poll(() => page.getByTestId('plan-summary').textContent()).toContain('120 applied');
    expect(await page.getByTestId('plan-item-id-0').textContent()).toBe(coupons[0]);
    await app.screenshot('voucher-plans-finished-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const csv = page.waitForEvent('download');
    await page.getByTestId('plan-export-csv').click();
    const csvText = readFileSync((await (await csv).path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const lines = csvText.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toContain('Coupon ID');
    expect(lines).toHaveLength(121);
    for (const c of coupons) expect(csvText).toContain(c!);
    const xlsx = page.waitForEvent('download');
    await page.getByTestId('plan-export-xlsx').click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await (await xlsx).path())!) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(121);
    expect(JSON.stringify(sheet.getRow(2).values)).toContain(coupons[0]!);
  });

  it('reclaims one customer’s vouchers from an XLSX plan, in Chinese', async () => {
    const { page } = app;
    const customer = north.ids[0]!;
    await syncAll(app, ['issuedCoupons', 'couponRecords']);
    const held = await invoke<{ rows: { couponId: string; status: number | null }[] }>(app, 'review.issuedCoupons', { limit: 100, filters: { customerId: customer, status: [2] } });
    expect(held.rows.length).toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('回收');
    sheet.addRow(['代金券ID', '备注']);
    for (const c of held.rows) sheet.addRow([c.couponId, '客户离网']);
    const xlsx = join(dir, 'reclaim.xlsx');
    writeFileSync(xlsx, Buffer.from(await book.xlsx.writeBuffer()));

    await language(app, 'zh-CN');
    await page.getByTestId('nav-plans').click();
    // A frozen quota of our own, chosen by keyboard, is refused in Chinese and holds the import.
    await page.getByTestId('plan-kind').selectOption('issue-coupons');
    const picker = page.getByTestId('plan-param-quota');
    await picker.fill('QT1D');
    await expect.poll(() => page.getByTestId('plan-quota-options').getByRole('option').count()).toBe(1);
    await picker.press('Enter');
    await expect.poll(() => page.getByTestId('plan-quota-problem').textContent()).toBe('额度 QT1D00000000000000000004 无法使用：其状态不是正常（状态：冻结）。请选择可用的额度。');
    await page.getByTestId('plan-file').setInputFiles(xlsx);
    expect(await page.getByTestId('plan-import').isDisabled()).toBe(true);
    await app.screenshot('voucher-plans-picker-refused-zh-CN');
    await page.getByTestId('plan-kind').selectOption('reclaim-coupons');
    await page.getByTestId('plan-name').fill('客户离网回收');
    await page.getByTestId('plan-import').click();
    await expect.poll(() => page.getByTestId('plan-rows').textContent()).toBe(String(held.rows.length));
    expect(await page.getByTestId('plan-error-rows').textContent()).toBe('0');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('就绪');
    await app.screenshot('voucher-plans-reclaim-preview-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const id = await planIdNamed(app, '客户离网回收');
    await approveAsSecond(app, second, id, dir);
    await expect.poll(() => page.getByTestId('plan-approval-state').textContent()).toContain('second.operator 于');

    await page.getByTestId('plan-execute').click();
    await page.getByRole('button', { name: '立即执行' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 90_000, interval: 1000 }).toBe('已完成');
    const detail = await invoke<PlanDetail>(app, 'plans.get', { id });
    expect(detail.execution).toMatchObject({ total: held.rows.length, succeeded: held.rows.length, failed: 0, unknown: 0 });
    await expect.poll(() => page.getByTestId('plan-summary').textContent()).toContain(`成功 ${held.rows.length}`);
    await app.screenshot('voucher-plans-reclaim-finished-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await syncAll(app, ['issuedCoupons']);
    const after = await invoke<{ rows: { couponId: string; status: number | null }[] }>(app, 'review.issuedCoupons', { limit: 100, filters: { customerId: customer, couponIds: held.rows.map((c) => c.couponId) } });
    expect(after.rows.map((c) => c.status)).toEqual(held.rows.map(() => 5));
    await language(app, 'en');
  });
});
