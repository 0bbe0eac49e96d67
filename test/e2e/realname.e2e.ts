// Real-name authentication from a customer's detail, through the web host, on a profile of a
// sandbox's demo solution provider (the demo tier-1's customers all belong to its resellers, and
// a reseller's customer is filed by that reseller): an individual filed with an ID card and its
// three attachments, then shown under review (English); a wrong ID number named in Chinese, and
// an enterprise filing that Huawei refuses shown with the reason in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../electron/sandbox';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';
import { switchLanguage, syncLists } from './sandbox-steps';

interface CustomerPage {
  rows: { customerId: string; accountName: string }[];
}

describe('real-name authentication through the web host', () => {
  let app: LaunchedApp;
  let unverified: CustomerPage['rows'];
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    // The built-in sandbox stops when another profile is active: this profile has its own.
    sandbox = await startSandbox({ customers: 2000, seed: 13, latencyMs: 40 });
    app = await launchApp();
    const endpoint = sandbox.url;
    const sp = await invoke<{ id: string }>(app, 'profiles.create', {
      name: 'Demo SP', site: 'custom', endpoint, ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, role: 'SP', sk: DEMO_SP.sk,
    });
    await invoke(app, 'profiles.activate', { id: sp.id });
    await app.page.reload();
    await syncLists(app, ['customers']);
    unverified = (await invoke<CustomerPage>(app, 'review.customers', { limit: 2, filters: { verifiedStatus: ['-1'], associationType: '2' } })).rows;
    expect(unverified).toHaveLength(2);
  });
  afterAll(async () => {
    await app?.close();
    await sandbox?.close();
  });

  async function openRealname(c: CustomerPage['rows'][number]): Promise<void> {
    const { page } = app;
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-search').fill(c.accountName);
    const row = page.locator('[data-testid="customers-grid"] [role="row"][aria-rowindex="2"]');
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain(c.accountName);
    await row.click();
    // The detail of this customer (not the one shown before), then its real-name section opened.
    await expect.poll(() => page.getByTestId('customer-detail').textContent(), { timeout: 30_000 }).toContain(c.customerId);
    const section = page.getByTestId('customer-realname');
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    await expect.poll(() => page.getByTestId('realname-review').count(), { timeout: 30_000 }).toBe(1);
  }

  it('files an individual with an ID card and three attachments, and shows it under review (English)', async () => {
    const { page } = app;
    await openRealname(unverified[0]!);
    expect(await page.getByTestId('realname-review').textContent()).toBe('Not authenticated');
    await page.getByTestId('realname-name').fill('张三');
    await page.getByTestId('realname-documentNumber').fill('11010119900307803X');
    await page.getByTestId('realname-slot-idFront').fill('kyc/zhang-front.jpg');
    await page.getByTestId('realname-slot-idBack').fill('kyc/zhang-back.jpg');
    await page.getByTestId('realname-slot-idHeld').fill('kyc/zhang-held.png');
    await page.getByTestId('realname-file').click();
    await page.getByTestId('realname-confirm').waitFor();
    expect(await page.getByTestId('realname-confirm').textContent()).toContain('document ending 803X');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'File now' }).click();
    await page.getByTestId('realname-done').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('realname-review').textContent()).toBe('Under review at Huawei');
    expect(await page.getByTestId('realname-status').textContent()).toContain('File individual real-name authentication');
    await app.screenshot('realname-filed-en');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const journal = await invoke<{ entries: { operation: string; state: string; details: Record<string, unknown> }[] }>(app, 'activity.list', { filters: { operations: ['realnameIndividual'] } });
    expect(journal.entries[0]).toMatchObject({ state: 'done', details: { documentNumberTail: '803X', attachmentCount: 3 } });
    expect(JSON.stringify(journal)).not.toContain('11010119900307803X');
  });

  it('names a wrong ID number and shows Huawei’s refusal of an enterprise filing in plain words (Chinese)', async () => {
    const { page } = app;
    await switchLanguage(app, 'zh-CN');
    await openRealname(unverified[1]!);
    expect(await page.getByTestId('realname-review').textContent()).toBe('未实名认证');
    await page.getByTestId('realname-name').fill('李四');
    await page.getByTestId('realname-documentNumber').fill('110101199003078031');
    await page.getByTestId('realname-slot-idFront').fill('kyc/li-front.jpg');
    await page.getByTestId('realname-slot-idBack').fill('kyc/li-back.jpg');
    await page.getByTestId('realname-slot-idHeld').fill('kyc/li-held.jpg');
    await page.getByTestId('realname-file').click();
    await expect.poll(() => page.getByTestId('customer-realname').getByRole('alert').allTextContents()).toEqual([expect.stringContaining('证件号码：身份证号校验位不正确')]);

    await page.getByTestId('realname-kind').selectOption('enterprise');
    await page.getByTestId('realname-corpName').fill('华云示范科技有限公司');
    await page.getByTestId('realname-certificateType').selectOption('99');
    await page.getByTestId('realname-documentNumber').fill('11010519491231002X');
    await page.getByTestId('realname-slot-companyDocument').fill('kyc/licence.pdf');
    await page.getByTestId('realname-file').click();
    await page.getByTestId('realname-confirm').waitFor();
    expect(await page.getByTestId('realname-confirm').textContent()).toContain('企业实名认证');
    await page.getByRole('button', { name: '立即提交' }).click();
    await page.getByTestId('realname-refused').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('realname-refused').textContent()).toBe('华为拒绝了此次提交（CBC.99007189）：使用该证件号实名认证的账号数已超过上限');
    expect(await page.getByTestId('realname-review').textContent()).toBe('未实名认证');
    await app.screenshot('realname-refused-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await switchLanguage(app, 'en');
  });
});
