// Profiles through the UI against a real keychain (npm run test:e2e runs under
// scripts/with-keyring.sh): every bad input gets its own message in both languages and
// saves nothing; a good profile against a sandbox endpoint saves, tests and activates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SP, startSandbox } from '../../electron/sandbox';
import { launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

describe('Profiles through the web host', () => {
  let app: LaunchedApp;
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ customers: 50, latencyMs: 0 });
    app = await launchApp();
    await app.page.getByTestId('nav-profiles').click();
  });
  afterAll(async () => {
    await app?.close();
    await sandbox?.close();
  });

  const rows = () => app.page.locator('[data-testid^="profile-row-"]').count();

  async function openForm() {
    await app.page.getByTestId('profile-add').click();
    await app.page.getByTestId('profile-name').waitFor();
  }

  async function fillForm(fields: { name: string; endpoint: string; ak: string; domainId: string; sk: string }) {
    const { page } = app;
    await page.getByTestId('profile-name').fill(fields.name);
    await page.getByTestId('profile-site').selectOption('custom');
    await page.getByTestId('profile-endpoint').fill(fields.endpoint);
    await page.getByTestId('profile-ak').fill(fields.ak);
    await page.getByTestId('profile-domainId').fill(fields.domainId);
    await page.getByTestId('profile-role').selectOption('SP');
    await page.getByTestId('profile-sk').fill(fields.sk);
  }

  const good = () => ({ name: 'Demo SP', endpoint: sandbox.url, ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, sk: DEMO_SP.sk });
  const alerts = () => app.page.locator('form [role="alert"]').allTextContents();

  it('starts with the built-in Sandbox profile active', async () => {
    await expect.poll(rows).toBeGreaterThanOrEqual(1);
    expect(await app.page.locator('[data-testid^="profile-row-"][aria-current="true"]').count()).toBe(1);
  });

  it('names each bad field in English and in Chinese, and saves nothing', async () => {
    const before = await rows();
    await openForm();
    await fillForm({ ...good(), name: '', ak: 'not an ak', domainId: 'xyz' });
    await app.page.getByTestId('profile-save').click();
    const en = await alerts();
    expect(en.join('\n')).toContain('Enter a name for this profile.');
    expect(en.join('\n')).toContain('Access Key ID (AK)');
    expect(en.join('\n')).toContain('account ID (domain ID)');
    await app.screenshot('profiles-errors-en');

    await app.page.getByTestId('nav-settings').click();
    await app.page.getByTestId('language-select').selectOption('zh-CN');
    await app.page.getByTestId('nav-profiles').click();
    await openForm();
    await fillForm({ ...good(), name: '', ak: 'not an ak', domainId: 'xyz' });
    await app.page.getByTestId('profile-save').click();
    const zh = await alerts();
    expect(zh.join('\n')).toContain('请输入配置名称。');
    expect(zh.join('\n')).toContain('访问密钥 ID（AK）');
    await app.screenshot('profiles-errors-zh-CN');
    await app.page.getByTestId('nav-settings').click();
    await app.page.getByTestId('language-select').selectOption('en');
    await app.page.getByTestId('nav-profiles').click();
    expect(await rows()).toBe(before);
  });

  it('refuses a wrong SK (401) and an unreachable endpoint with specific messages, saving nothing', async () => {
    const before = await rows();
    await openForm();
    await fillForm({ ...good(), sk: 'wrong-secret-key-value' });
    await app.page.getByTestId('profile-save').click();
    const screenText = async () => (await app.page.locator('main').textContent()) ?? '';
    await expect.poll(screenText, { timeout: 30_000 }).toContain('rejected the AK/SK (HTTP 401');

    await app.page.getByTestId('profile-endpoint').fill('http://127.0.0.1:9');
    await app.page.getByTestId('profile-sk').fill(DEMO_SP.sk);
    await app.page.getByTestId('profile-save').click();
    await expect.poll(screenText, { timeout: 30_000 }).toContain('Could not reach http://127.0.0.1:9');
    await app.screenshot('profiles-unreachable-en');
    expect(await rows()).toBe(before);
  });

  it('saves a good profile, keeps the SK out of the page, tests the connection and activates it', async () => {
    const { page } = app;
    const before = await rows();
    await page.getByTestId('profile-endpoint').fill(sandbox.url);
    await page.getByTestId('profile-sk').fill(DEMO_SP.sk);
    await page.getByTestId('profile-save').click();
    await expect.poll(rows, { timeout: 30_000 }).toBe(before + 1);
    const html = await page.content();
    expect(html).not.toContain(DEMO_SP.sk);
    expect(html).not.toContain(DEMO_SP.ak); // shown masked only

    const row = page.locator('[data-testid^="profile-row-"]', { hasText: 'Demo SP' });
    const id = (await row.getAttribute('data-testid'))!.replace('profile-row-', '');
    await page.getByTestId(`profile-test-${id}`).click();
    await expect.poll(async () => (await page.getByTestId('profile-test-result').textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d/);
    await app.screenshot('profiles-test-connection-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId(`profile-use-${id}`).click();
    await expect.poll(() => row.getAttribute('aria-current'), { timeout: 30_000 }).toBe('true');
    expect(await page.locator('[data-testid^="profile-row-"][aria-current="true"]').count()).toBe(1);
  });
});
