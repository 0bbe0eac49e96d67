import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

describe('Settings / About through the web host', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the version and this launch data folder', async () => {
    await app.page.getByTestId('nav-settings').click();
    await expect.poll(() => app.page.getByTestId('data-dir').textContent()).toBe(app.dataDir);
    expect(await app.page.getByTestId('app-version').textContent()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('switches the language to Chinese and back, and remembers it across a reload', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => page.locator('h1').textContent()).toBe('设置');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await app.screenshot('settings-zh-CN');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    // The app lands on the Overview, already in Chinese.
    await expect.poll(() => page.locator('h1').textContent()).toBe('概览');
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('设置');

    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    await app.screenshot('settings-en');
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousA11yViolations(app.page)).toEqual([]);
  });
});
