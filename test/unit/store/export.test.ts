import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customersQuery, quotasQuery } from '../../../shared/contract/channels/review';
import { downloadExport, listExports } from '../../../electron/core/infra/export/downloads';
import { exportView } from '../../../electron/core/infra/export/export-view';
import type { LocalStore } from '../../../electron/core/infra/store/local-store';
import { ctx, openTemp, sampleCustomers } from './fixtures';
import { tempDir } from './fixtures';

let store: LocalStore;
let profileDir: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const t = openTemp();
  store = t.store;
  const d = tempDir();
  profileDir = d.dir;
  cleanups.push(t.cleanup, d.cleanup);
  store.customers.customers(
    [...sampleCustomers, { customer_id: 'c-006', account_name: 'quote"comma,co', customer: '=HYPERLINK("x")', telephone: '008613800000000' }],
    null,
    ctx,
  );
  store.customers.balances([{ customer_id: 'c-001', amount: '1234567.89' }, { customer_id: 'c-002', amount: '-0.5' }], ctx);
  store.lists.patch('customers', { asOf: ctx.fetchedAt, state: 'done' });
});
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const query = (input: unknown) => customersQuery.parse(input);

describe('CSV export', () => {
  it('is UTF-8 with a BOM, starts with the as-of time and the filter, then the header and the rows', async () => {
    const result = await exportView(store, profileDir, {
      view: 'customers',
      query: query({ search: 'c-00', filters: { associationType: '2' }, sort: { column: 'customerId', direction: 'asc' } }),
      format: 'csv',
      language: 'zh-CN',
      columns: ['customerId', 'customerName', 'telephone', 'balance'],
    });
    const bytes = readFileSync(result.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(`数据时间,${ctx.fetchedAt}`);
    expect(lines[1]).toBe('筛选条件,search=c-00; associationType=2; sort=customerId asc');
    expect(lines[3]).toBe('客户ID,客户名称,手机号,余额');
    expect(lines[4]).toBe('c-001,张三科技有限公司,13800138000,1234567.89');
    expect(result.rowCount).toBe(4);
    expect(result.path.startsWith(`${profileDir}/exports/`)).toBe(true);
  });

  it('quotes commas and quotes, keeps leading zeros, and defuses formulas', async () => {
    const result = await exportView(store, profileDir, {
      view: 'customers', query: query({ search: 'c-006' }), format: 'csv', language: 'en',
      columns: ['accountName', 'customerName', 'telephone'],
    });
    const lines = readFileSync(result.path, 'utf8').slice(1).split('\r\n');
    expect(lines[4]).toBe('"quote""comma,co","\'=HYPERLINK(""x"")",008613800000000');
  });
});

describe('XLSX export', () => {
  it('writes money as numbers with two decimals and ids as text, under the as-of and filter rows', async () => {
    const result = await exportView(store, profileDir, {
      view: 'customers', query: query({ sort: { column: 'customerId', direction: 'asc' } }), format: 'xlsx', language: 'en',
      columns: ['customerId', 'telephone', 'balance'],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.path);
    const sheet = book.worksheets[0]!;
    expect([1, 2].map((c) => sheet.getRow(1).getCell(c).value)).toEqual(['As of', ctx.fetchedAt]);
    expect([1, 2, 3].map((c) => sheet.getRow(4).getCell(c).value)).toEqual(['Customer ID', 'Phone', 'Balance']);
    const first = sheet.getRow(5);
    expect(first.getCell(1).value).toBe('c-001');
    expect(first.getCell(2).value).toBe('13800138000');
    expect(first.getCell(3).value).toBe(1234567.89);
    expect(first.getCell(3).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(6).getCell(3).value).toBe(-0.5);
    expect(result.rowCount).toBe(6);
  });
});

describe('downloads for the web host', () => {
  it('returns the bytes of an export by file name, and nothing outside the exports folder', async () => {
    const result = await exportView(store, profileDir, { view: 'customers', query: query({}), format: 'csv', language: 'en' });
    const download = downloadExport(profileDir, result.fileName);
    expect(Buffer.from(download.base64, 'base64').equals(readFileSync(result.path))).toBe(true);
    expect(download.mimeType).toMatch(/text\/csv/);
    expect(listExports(profileDir).map((e) => e.fileName)).toEqual([result.fileName]);
    expect(() => downloadExport(profileDir, '../partner-desk.db')).toThrow(/does not exist/);
  });
});

describe('quota restrictions in an export', () => {
  it('are written in words of the export language, not as keys', async () => {
    store.vouchers.quotas(
      [{ quota_id: 'Q1', quota_value: 100, balance: 50, currency: 'CNY', limit_infos: [{ limit_key: 'usageTimes', limit_values: [{ value1: '1', value2: '' }] }, { limit_key: 'chargeScene', limit_values: [{ value1: '5' }] }] }],
      ctx,
    );
    store.lists.patch('quotas', { asOf: ctx.fetchedAt, state: 'done' });
    const run = (language: 'en' | 'zh-CN') =>
      exportView(store, profileDir, { view: 'quotas', query: quotasQuery.parse({}), format: 'csv', language, columns: ['quotaId', 'limits'] });
    const en = readFileSync((await run('en')).path, 'utf8').slice(1).split('\r\n');
    expect(en[4]).toBe('Q1,Usable once; Billing modes: pay-per-use');
    const zh = readFileSync((await run('zh-CN')).path, 'utf8').slice(1).split('\r\n');
    expect(zh[4]).toBe('Q1,仅可使用一次; 计费模式：按需');
    const all = readFileSync((await exportView(store, profileDir, { view: 'quotas', query: quotasQuery.parse({}), format: 'csv', language: 'en' })).path, 'utf8');
    expect(all).not.toContain('limit_key');
    expect(all).not.toContain('"key"');
  });
});
