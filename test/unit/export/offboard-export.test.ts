// An offboarding's summary is read from its journal entries (so reconciliation shows), and its
// export is a file finance can open: one row per reclaim, the total applied, typed amounts,
// nothing a spreadsheet would run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { JournalEntryView, JournalState } from '../../../shared/contract/channels/activity';
import { OFFBOARDING_MEMO } from '../../../shared/contract/channels/offboarding';
import { summaryOf } from '../../../electron/core/customers/offboarding';
import { exportOffboardSummary } from '../../../electron/core/customers/offboard-export';

const dir = mkdtempSync(join(tmpdir(), 'pd-offboard-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GROUP = '6b0f7a52-6a39-4c2e-9d0b-1c1c1c1c1c1c';

function entry(n: number, operation: 'reclaimCustomer' | 'reclaimCoupon', amount: string, state: JournalState, extra: Partial<JournalEntryView> = {}): JournalEntryView {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`, seq: n, createdAt: '2026-12-01T08:00:00.000Z', operator: 'alice', profileId: 'p', profileName: 'P',
    operation, counterpartyId: 'cust-1', counterpartyName: '=HYPERLINK("x")', indirectPartnerId: null, amount, currency: 'CNY', memo: OFFBOARDING_MEMO,
    retryOf: null, retriedBy: null, planId: null, planItemId: null, details: operation === 'reclaimCoupon' ? { couponId: `CP${n}` } : null, batchId: GROUP,
    intentKey: `k${n}`, state, stateAt: '2026-12-01T08:00:01.000Z', requestId: null, sentAt: null, code: state === 'failed' ? 'CBC.99005003' : null,
    message: null, transId: state === 'done' ? `T${n}` : null, evidence: null, events: [], ...extra,
  };
}

const entries = [
  entry(1, 'reclaimCustomer', '120.40', 'failed'),
  entry(2, 'reclaimCoupon', '20.00', 'done'),
  entry(3, 'reclaimCoupon', '30.00', 'reconciled-done'),
  entry(4, 'reclaimCoupon', '5.00', 'unknown'),
];

describe('an offboarding summary', () => {
  it('counts what was applied, refused and is still unresolved, and sums only what was applied', () => {
    const s = summaryOf(GROUP, entries);
    expect(s).toMatchObject({ id: GROUP, customerId: 'cust-1', reclaimed: '50.00', applied: 2, failed: 1, unresolved: 1, operator: 'alice' });
    expect(s.items.map((i) => [i.kind, i.key])).toEqual([['balance', 'cust-1'], ['coupon', 'CP2'], ['coupon', 'CP3'], ['coupon', 'CP4']]);
    expect(s.items[0]!.reason?.en).toBeTruthy();
  });

  it('is not found for an unknown group or a batch that is not an offboarding', () => {
    expect(() => summaryOf(GROUP, [])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => summaryOf(GROUP, [entry(1, 'reclaimCoupon', '1.00', 'done', { memo: null })])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('its export', () => {
  const s = summaryOf(GROUP, entries);

  it('CSV (Chinese): one row per reclaim, the total and the unresolved count, a hostile name defused', async () => {
    const file = await exportOffboardSummary(s, 'csv', 'zh-CN', dir, new Date('2026-12-01T09:00:00Z'));
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('客户 ID,客户,')).toBe(true);
    expect(lines.filter((l) => l.startsWith('cust-1,'))).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('回收合计'))).toContain('50.00');
    expect(lines.find((l) => l.startsWith('仍未确认'))).toContain(',1,');
    expect(text).not.toMatch(/,"?=HYPERLINK/);
    expect(file).toMatchObject({ rows: 4, fileName: 'offboarding-cust-1-20261201T090000.csv' });
  });

  it('XLSX: amounts are numbers with two decimals, text is text', async () => {
    const file = await exportOffboardSummary(s, 'xlsx', 'en', dir, new Date('2026-12-01T09:00:00Z'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe('Amount');
    expect(sheet.getRow(2).getCell(6).value).toBe(120.4);
    expect(sheet.getRow(2).getCell(6).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("x")');
    expect(sheet.getRow(6).getCell(1).value).toBe('Total reclaimed');
    expect(sheet.getRow(6).getCell(6).value).toBe(50);
  });
});
