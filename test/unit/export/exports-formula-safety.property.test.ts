// Every export (review tables, the activity journal, a plan's result) in CSV and XLSX: whatever
// text the data holds, no written cell starts with a character that makes a spreadsheet
// evaluate it, and amounts — negative ones included — stay numbers.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import { customersQuery } from '../../../shared/contract/channels/review';
import { exportView } from '../../../electron/core/infra/export/export-view';
import type { StoredItem, StoredPlan } from '../../../electron/core/plans/plan-repository';
import { exportResult } from '../../../electron/core/plans/result-export';
import { exportJournal } from '../../../electron/core/activity/journal-export';
import { ctx, openTemp, tempDir } from '../store/fixtures';

/** What OWASP lists, plus LF and the full-width forms. */
const DANGEROUS_FIRST = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

const isSafe = (cell: unknown) =>
  typeof cell !== 'string' || cell === '' || PLAIN_DECIMAL.test(cell) || !DANGEROUS_FIRST.includes(cell[0]!);

/** Any text, often starting with something a spreadsheet would run. */
const text = fc
  .tuple(fc.constantFrom('', ...DANGEROUS_FIRST, "-1+cmd|' /C calc'!A0", '\t=1', '\r=1', '-12', ' ', "'"), fc.string({ maxLength: 16 }))
  .map(([head, tail]) => head + tail);
const amount = fc.tuple(fc.boolean(), fc.nat(10_000_000), fc.nat(99)).map(([neg, units, cents]) => `${neg ? '-' : ''}${units}.${String(cents).padStart(2, '0')}`);

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((c) => c()));

function csvCells(bytes: Buffer): string[] {
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  return parsed.data.flat();
}

async function xlsxCells(bytes: Buffer): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: unknown[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
  return cells;
}

async function cellsOf(format: 'csv' | 'xlsx', bytes: Buffer): Promise<unknown[]> {
  return format === 'csv' ? csvCells(bytes) : xlsxCells(bytes);
}

const formats = ['csv', 'xlsx'] as const;

describe.each(formats)('%s exports never start a cell with a formula character', (format) => {
  it('review table export (customers, with the search in the filter line)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: text, login: text, phone: text, email: text, balance: amount }), { minLength: 1, maxLength: 4 }), text, async (rows, search) => {
        const t = openTemp();
        const d = tempDir();
        cleanups.push(t.cleanup, d.cleanup);
        const wire = rows.map((r, i) => ({ customer_id: `c-${i}`, account_name: r.login, customer: r.name, telephone: r.phone, email: r.email, association_type: '2' }));
        t.store.customers.customers(wire, null, ctx);
        t.store.customers.balances(rows.map((r, i) => ({ customer_id: `c-${i}`, amount: r.balance })), ctx);
        const columns = ['customerId', 'accountName', 'customerName', 'telephone', 'email', 'balance'];
        const all = await exportView(t.store, d.dir, { view: 'customers', query: customersQuery.parse({}), format, language: 'en', columns });
        const filtered = await exportView(t.store, d.dir, { view: 'customers', query: customersQuery.parse({ search }), format, language: 'zh-CN', columns }, new Date(0));
        for (const result of [all, filtered]) expect((await cellsOf(format, readFileSync(result.path))).filter((c) => !isSafe(c))).toEqual([]);
        const written = await cellsOf(format, readFileSync(all.path));
        for (const r of rows) expect(written).toContain(format === 'csv' ? r.balance : Number(r.balance));
        t.cleanup();
        d.cleanup();
      }),
      { numRuns: 15 },
    );
  });

  it('activity journal export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ operator: text, name: text, memo: text, code: text, message: text, amount }), { minLength: 1, maxLength: 5 }), async (rows) => {
        const d = tempDir();
        cleanups.push(d.cleanup);
        const entries = rows.map((r, i) => journalEntry(i, r));
        const out = await exportJournal(entries, format, 'en', d.dir);
        const written = await cellsOf(format, Buffer.from(out.base64, 'base64'));
        expect(written.filter((c) => !isSafe(c))).toEqual([]);
        for (const r of rows) expect(written).toContain(format === 'csv' ? r.amount : Number(r.amount));
        d.cleanup();
      }),
      { numRuns: 40 },
    );
  });

  it('plan result export', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.record({ id: text, name: text, memo: text, code: text, message: text, amount }), { minLength: 1, maxLength: 5 }), async (planName, rows) => {
        const items = rows.map((r, i) => planItem(i, r));
        const out = await exportResult(plan(planName), items, format, 'en');
        const written = await cellsOf(format, Buffer.from(out.contentBase64, 'base64'));
        expect(written.filter((c) => !isSafe(c))).toEqual([]);
        for (const r of rows) expect(written).toContain(format === 'csv' ? r.amount : Number(r.amount));
      }),
      { numRuns: 40 },
    );
  });
});

describe('the classic payloads in each export', () => {
  const payloads = ["-1+cmd|' /C calc'!A0", '\t=1', '\r=1'];

  it.each(formats)('are written with a leading quote by the plan result and journal exports (%s)', async (format) => {
    const items = payloads.map((p, i) => planItem(i, { id: p, name: p, memo: p, code: p, message: p, amount: '-12.50' }));
    const result = await cellsOf(format, Buffer.from((await exportResult(plan('p'), items, format, 'en')).contentBase64, 'base64'));
    const d = tempDir();
    cleanups.push(d.cleanup);
    const entries = payloads.map((p, i) => journalEntry(i, { operator: p, name: p, memo: p, code: p, message: p, amount: '-12.50' }));
    const journal = await cellsOf(format, Buffer.from((await exportJournal(entries, format, 'en', d.dir)).base64, 'base64'));
    // Reading XLSX back turns a lone CR into LF (XML line-end normalisation); the quote is what counts.
    const asRead = (p: string) => (format === 'xlsx' ? p.replace(/\r/g, '\n') : p);
    for (const written of [result, journal]) {
      for (const p of payloads) expect(written).toContain(`'${asRead(p)}`);
      for (const p of payloads) expect(written).not.toContain(asRead(p));
      expect(written).toContain(format === 'csv' ? '-12.50' : -12.5);
    }
  });
});

function journalEntry(i: number, r: { operator: string; name: string; memo: string; code: string; message: string; amount: string }): JournalEntryView {
  return {
    id: `e-${i}`, seq: i + 1, createdAt: '2026-01-05T08:00:00.000Z', operator: r.operator, profileId: 'p1', profileName: r.name,
    operation: 'fundCustomer', counterpartyId: r.name, counterpartyName: r.name, indirectPartnerId: null, amount: r.amount, currency: 'CNY',
    details: null, batchId: null, intentKey: `fundCustomer|${r.name}||${r.amount}`,
    memo: r.memo, retryOf: null, retriedBy: null, planId: null, planItemId: null, state: 'failed', stateAt: '2026-01-05T08:00:01.000Z',
    requestId: r.code, sentAt: null, code: r.code, message: r.message, transId: r.message, evidence: null, events: [],
  } as JournalEntryView;
}

function planItem(i: number, r: { id: string; name: string; memo: string; code: string; message: string; amount: string }): StoredItem {
  return {
    index: i, counterpartyId: r.id, counterpartyName: r.name, indirectPartnerId: null, amount: r.amount, memo: r.memo, outcome: 'failed',
    attempts: 1, journalEntryId: r.code, transId: r.message, errorCode: r.code, errorMessage: r.message, finishedAt: '2026-01-05T08:00:00.000Z',
  };
}

function plan(name: string): StoredPlan {
  return { id: 'plan-1', name } as StoredPlan;
}
