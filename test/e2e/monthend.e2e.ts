// Month end through the screens, on the built-in sandbox, in English and Chinese: a month's
// statements for all customers synced and exported as one workbook (a sheet per customer plus
// the summary); an invoice request prepared with the amount from the bills, exported as its
// package (PDF + XLSX) and marked submitted, then issued with Huawei's number.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_INVOKE_PATH } from '../../shared/contract/transport';
import { launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

/** A channel called through the web host, as the renderer calls it. */
async function call<T>(app: LaunchedApp, channel: string, input?: unknown): Promise<T> {
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` }, body: JSON.stringify({ channel, input }) };
  return ((await (await fetch(`${app.url.replace(/\/+$/, '')}${WEB_INVOKE_PATH}`, init)).json()) as { value: T }).value;
}

const text = {
  en: { summary: 'Summary', opening: 'Opening balance', prepared: 'Prepared', submitted: 'Submitted', issued: 'Issued', request: 'Invoice request to Huawei Cloud' },
  'zh-CN': { summary: '汇总', opening: '期初余额', prepared: '已准备', submitted: '已提交', issued: '已开具', request: '华为云开票申请' },
} as const;

/** The Beijing-time month `n` months before this one. */
function monthsBack(n: number): string {
  const b = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() - n, 1)).toISOString().slice(0, 7);
}

/** The month before this one: the screens' default period. */
const lastMonth = (): string => monthsBack(1);

describe('month end on the sandbox', () => {
  let app: LaunchedApp;
  const downloads: Download[] = [];
  beforeAll(async () => {
    app = await launchApp();
    app.page.on('download', (d) => downloads.push(d));
  });
  afterAll(async () => {
    await app?.close();
  });

  async function nextDownloads(n: number): Promise<Download[]> {
    const start = downloads.length;
    await expect.poll(() => downloads.length - start, { timeout: 60_000 }).toBeGreaterThanOrEqual(n);
    return downloads.slice(start, start + n);
  }

  for (const language of ['en', 'zh-CN'] as const) {
    const l = text[language];
    it(`${language}: exports a month's statements for all customers as one workbook`, async () => {
      const { page } = app;
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('language-select').selectOption(language);
      await page.getByTestId('nav-statements').click();
      if (language === 'en') {
        await page.getByTestId('statements-sync').click();
        await expect.poll(async () => (await page.getByTestId('statements-count').textContent()) ?? '', { timeout: 120_000 }).toMatch(/^[1-9]/);
        // Every list of the run finished before the summary is read again.
        await expect.poll(async () => (await call<{ running: boolean }>(app, 'sync.status')).running, { timeout: 120_000, interval: 250 }).toBe(false);
        await page.getByTestId('statements-only-differences').check();
        await page.getByTestId('statements-only-differences').uncheck();
      }
      const summary = await call<{ total: number; period: { fromMonth: string } }>(app, 'statements.summary', { period: { fromMonth: lastMonth(), toMonth: lastMonth() } });
      await expect.poll(async () => (await page.getByTestId('statements-count').textContent()) ?? '').toMatch(new RegExp(`^${summary.total.toLocaleString('en-US')} `));
      await expect.poll(async () => (await page.getByTestId('statements-count').textContent()) ?? '').toMatch(/^[1-9]/);
      const count = Number(/^([\d,]+)/.exec((await page.getByTestId('statements-count').textContent())!)![1]!.replace(/,/g, ''));
      await page.getByTestId('statements-export-xlsx').click();
      const [file] = await nextDownloads(1);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile((await file!.path())!);
      expect(wb.worksheets[0]!.name).toBe(l.summary);
      expect(wb.worksheets.length).toBe(count + 1);
      expect(wb.worksheets[0]!.getRow(9).getCell(5).value).toBe(l.opening);
      // One customer's statement on screen, with the closing in 大写 in Chinese.
      await page.getByTestId('statements-table').locator('tbody tr').first().getByRole('button').click();
      await page.getByTestId('statement-detail').waitFor();
      if (language === 'zh-CN') expect(await page.getByTestId('statement-in-words').textContent()).toMatch(/元/);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await app.screenshot(`statements-${language}`);
      await page.getByRole('button', { name: language === 'en' ? 'Back to all customers' : '返回全部客户' }).click();
    });

    it(`${language}: prepares an invoice request from the bills, exports its package and marks it issued`, async () => {
      const { page } = app;
      await page.getByTestId('nav-invoices').click();
      await page.getByTestId('invoice-check').click();
      await expect.poll(async () => (await page.getByTestId('invoice-amounts').textContent()) ?? '', { timeout: 20_000 }).toMatch(/\d/);
      await page.getByTestId('invoice-title-type').selectOption('enterprise');
      await page.getByTestId('invoice-type').selectOption(language === 'zh-CN' ? 'special-digital' : 'ordinary-electronic');
      await page.getByTestId('invoice-title').fill(language === 'zh-CN' ? '华云示范科技有限公司' : 'Demo Solutions Ltd.');
      await page.getByTestId('invoice-taxId').fill('91110108MA01ABCD2X');
      await page.getByTestId('invoice-bankName').fill('中国银行北京分行');
      await page.getByTestId('invoice-bankAccount').fill('1234 5678 9012');
      await page.getByTestId('invoice-registeredAddress').fill('北京市海淀区示范路 1 号');
      await page.getByTestId('invoice-registeredPhone').fill('010-12345678');
      await page.getByTestId('invoice-email').fill('finance@example.com');
      const before = await page.getByTestId('invoice-row').count();
      await page.getByTestId('invoice-prepare').click();
      await expect.poll(() => page.getByTestId('invoice-row').count()).toBe(before + 1);
      const row = page.getByTestId('invoice-row').first();
      expect(await row.getByTestId('invoice-status').textContent()).toBe(l.prepared);

      await row.getByTestId('invoice-export').click();
      const files = await nextDownloads(2);
      const names = files.map((f) => f.suggestedFilename()).sort();
      expect(names[0]).toMatch(/\.pdf$/);
      expect(names[1]).toMatch(/\.xlsx$/);
      const pdf = files.find((f) => f.suggestedFilename().endsWith('.pdf'))!;
      const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', (await pdf.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(pdfText).toContain(l.request.replace(/\s+/g, ''));

      await row.getByTestId('invoice-to-submitted').click();
      await expect.poll(() => row.getByTestId('invoice-status').textContent()).toBe(l.submitted);
      await row.getByTestId('invoice-to-issued').click();
      const number = language === 'en' ? '26110000000101' : '26110000000102';
      await row.getByTestId('invoice-number-input').fill(number);
      await row.getByTestId('invoice-confirm-issued').click();
      await expect.poll(() => row.getByTestId('invoice-status').textContent()).toBe(l.issued);
      expect(await row.getByTestId('invoice-number').textContent()).toBe(number);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await app.screenshot(`invoices-${language}`);
    });
  }

  it('bills: any months of the last 18, several at once, and who consumed in one of them', async () => {
    const { page } = app;
    await page.getByTestId('nav-bills').click();
    const older = [monthsBack(7), monthsBack(12)];
    await page.getByRole('button', { name: '清空' }).click();
    for (const m of older) await page.getByTestId(`bill-month-${m}`).check();
    expect(await page.getByTestId('bill-months').textContent()).toContain('已选 2 个月');
    await page.getByTestId('bills-sync').click();
    await expect.poll(async () => (await call<{ running: boolean }>(app, 'sync.status')).running, { timeout: 120_000, interval: 250 }).toBe(false);
    const byMonth = await call<{ rows: { cycle: string | null }[] }>(app, 'review.billSums', { groupBy: ['cycle'], filters: { fromCycle: older[1], toCycle: older[0] } });
    expect(byMonth.rows.map((r) => r.cycle).sort()).toEqual([...older].sort());
    await page.getByTestId('tab-consumers').click();
    await page.getByTestId('consumers-month').selectOption(older[0]!);
    await page.getByTestId('consumers-fetch').click();
    await expect.poll(async () => (await page.getByTestId('consumers-fetched').textContent()) ?? '', { timeout: 60_000 }).toMatch(/获取于 .* · [1-9][\d,]* 个客户/);
    expect(await page.getByTestId('consumers-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await app.screenshot('bills-consumers-zh-CN');
  });
});
