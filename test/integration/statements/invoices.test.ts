// Invoices from the synced bills: a request to Huawei by period, by customer and by order, with
// the amount checked against the bills; statuses appended in the operations file (journal
// migration 6), which refuses edits; the partner's own invoices numbered when issued; the
// package (PDF + XLSX); and the international site's ListInvoices from the sandbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceDetails } from '../../../shared/contract/channels/invoices';
import { toChineseCapital } from '../../../shared/domain/money';
import { createHttpClient } from '../../../electron/core/infra/http';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { invoiceAmounts } from '../../../electron/core/invoices/bill-amounts';
import { exportInvoice } from '../../../electron/core/invoices/invoice-export';
import { InvoiceRepository } from '../../../electron/core/invoices/invoice-repository';
import { checkDetails } from '../../../electron/core/invoices/invoice-rules';
import { readIntlInvoices, syncIntlInvoices } from '../../../electron/core/invoices/intl-invoices';
import { consumersOf, syncConsumers } from '../../../electron/core/statements/consumers';
import { addMonths, beijingMonthOf } from '../../../electron/core/statements/period';
import { checkGlyphs, pdfText } from '../../support/pdf-glyphs';
import { syncRig, type SyncRig } from '../sync/harness';

let rig: SyncRig;
let journal: JournalDb;
let dir: string;
let month: string;

const enterprise: InvoiceDetails = {
  titleType: 'enterprise', title: '华云示范科技有限公司', taxId: '91110108MA01ABCD2X', bankName: '中国银行北京分行', bankAccount: '1234 5678 9012',
  registeredAddress: '北京市海淀区示范路 1 号', registeredPhone: '010-12345678', email: 'finance@example.com',
};

beforeAll(async () => {
  rig = await syncRig('SP', { customers: 150, seed: 9 });
  month = addMonths(beijingMonthOf(new Date().toISOString()), -1);
  rig.service.start({ months: [month], lists: ['customers', 'billSums'] });
  await rig.service.whenIdle();
  dir = mkdtempSync(join(tmpdir(), 'pd-inv-'));
  journal = openJournalDb(join(dir, 'journal.db'));
}, 120_000);

afterAll(async () => {
  journal.close();
  await rig.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('invoice requests to Huawei (China site: prepared here, submitted in Partner Center)', () => {
  it('takes the amount of a period from the bills: what cash paid, vouchers apart', () => {
    const a = invoiceAmounts(rig.store.db, { kind: 'request', basis: 'period', period: { fromMonth: month, toMonth: month } });
    const world = rig.sandbox.control.sandbox.world;
    const sp = rig.sandbox.accounts.find((x) => x.role === 'SP')!;
    const lines = world.store.customers.filter((c) => c.ownerId === sp.domainId && c.associationType === '2').flatMap((c) => world.bills.lines(c, month));
    expect(a.cashAmount).toBe(new Decimal(lines.reduce((s, l) => s + l.cashCents, 0)).div(100).toFixed(2));
    expect(a.voucherAmount).toBe(new Decimal(lines.reduce((s, l) => s + l.couponCents, 0)).div(100).toFixed(2));
    expect(a.amount).toBe(a.cashAmount);
    expect(a.lines.length).toBeGreaterThan(0);
  });

  it('refuses a special invoice for an individual, incomplete details, and an order above its bills', () => {
    expect(() => checkDetails('special-digital', { ...enterprise, titleType: 'individual' })).toThrow(expect.objectContaining({ code: 'INVOICE_SPECIAL_NEEDS_ENTERPRISE' }));
    expect(() => checkDetails('special-paper', { titleType: 'enterprise', title: 'X', taxId: '91110108MA01ABCD2X' })).toThrow(expect.objectContaining({ code: 'INVOICE_DETAILS_INCOMPLETE' }));
    expect(() => checkDetails('ordinary-paper', { titleType: 'individual', title: '张三' })).toThrow(expect.objectContaining({ code: 'INVOICE_DETAILS_INCOMPLETE', details: { fields: 'recipient, postalAddress, mobile' } }));
    expect(() => checkDetails('special-digital', enterprise)).not.toThrow();
    const customer = invoiceAmounts(rig.store.db, { kind: 'request', basis: 'period', period: { fromMonth: month, toMonth: month } }).lines[0]!.customerId;
    const own = invoiceAmounts(rig.store.db, { kind: 'request', basis: 'customerPeriod', period: { fromMonth: month, toMonth: month }, customerId: customer });
    expect(() => invoiceAmounts(rig.store.db, { kind: 'request', basis: 'order', period: { fromMonth: month, toMonth: month }, customerId: customer, orderId: 'CS2026', orderAmount: new Decimal(own.cashAmount).plus('0.01').toFixed(2) }))
      .toThrow(expect.objectContaining({ code: 'INVOICE_DETAILS_INCOMPLETE' }));
    const order = invoiceAmounts(rig.store.db, { kind: 'request', basis: 'order', period: { fromMonth: month, toMonth: month }, customerId: customer, orderId: 'CS2026', orderAmount: '1.00' });
    expect(order.amount).toBe('1.00');
  });

  it('tracks prepared → submitted → issued with Huawei\'s number; the operations file refuses edits', () => {
    const repo = new InvoiceRepository(journal);
    const amounts = invoiceAmounts(rig.store.db, { kind: 'request', basis: 'period', period: { fromMonth: month, toMonth: month } });
    const req = repo.create({ kind: 'request', basis: 'period', invoiceType: 'special-digital', period: { fromMonth: month, toMonth: month }, details: enterprise, amounts }, 'alice', 'p1');
    expect(req.status).toBe('prepared');
    expect(() => repo.setStatus(req.id, 'issued', 'alice', { invoiceNumber: '2611000000123' })).toThrow(expect.objectContaining({ code: 'INVOICE_STATUS_NOT_ALLOWED' }));
    repo.setStatus(req.id, 'submitted', 'alice', {});
    expect(() => repo.setStatus(req.id, 'issued', 'alice', {})).toThrow(expect.objectContaining({ code: 'INVOICE_NUMBER_REQUIRED' }));
    const issued = repo.setStatus(req.id, 'issued', 'bob', { invoiceNumber: '2611000000123' });
    expect(issued.status).toBe('issued');
    expect(issued.invoiceNumber).toBe('2611000000123');
    expect(issued.events.map((e) => e.status)).toEqual(['prepared', 'submitted', 'issued']);
    expect(() => journal.prepare('UPDATE invoice_document SET amount = ?').run('0.01')).toThrow(/append-only/);
    expect(() => journal.prepare('DELETE FROM invoice_event').run()).toThrow(/append-only/);
    const other = repo.create({ kind: 'request', basis: 'period', invoiceType: 'special-digital', period: { fromMonth: month, toMonth: month }, details: enterprise, amounts }, 'alice', 'p1');
    repo.setStatus(other.id, 'submitted', 'alice', {});
    expect(() => repo.setStatus(other.id, 'issued', 'alice', { invoiceNumber: '2611000000123' })).toThrow(expect.objectContaining({ code: 'INVOICE_NUMBER_TAKEN' }));
    expect(repo.setStatus(other.id, 'rejected', 'alice', { note: 'title mismatch' }).status).toBe('rejected');
  });

  it('exports the package: a Chinese PDF with real glyphs and the amount in 大写, and an XLSX', async () => {
    const repo = new InvoiceRepository(journal);
    const req = repo.list('request')[0]!;
    const pkg = await exportInvoice(req, dir, 'zh-CN');
    expect(pkg.files.map((f) => f.format)).toEqual(['pdf', 'xlsx']);
    const text = pdfText(pkg.files[0]!.path).replace(/\s+/g, '');
    expect(text).toContain('华为云开票申请');
    expect(text).toContain('数电专票');
    expect(text).toContain(toChineseCapital(req.amount));
    expect((await checkGlyphs(pkg.files[0]!.path, 1, 144, join(process.cwd(), 'test-results', 'statements', 'invoice-request-zh-CN.png'))).boxes).toEqual([]);
  });
});

describe('the partner\'s own invoices to its resale customers', () => {
  it('drafts from a customer\'s bills, numbered in issue order when issued', () => {
    const repo = new InvoiceRepository(journal, () => new Date('2026-12-04T10:00:00Z'));
    const customers = invoiceAmounts(rig.store.db, { kind: 'request', basis: 'period', period: { fromMonth: month, toMonth: month } }).lines.map((l) => l.customerId);
    const [a, b] = [...new Set(customers)];
    const draft = (customerId: string) => repo.create({
      kind: 'customer', basis: 'customerPeriod', invoiceType: 'ordinary-electronic', period: { fromMonth: month, toMonth: month }, customerId,
      details: { titleType: 'individual', title: '客户', email: 'c@example.com' },
      amounts: invoiceAmounts(rig.store.db, { kind: 'customer', basis: 'customerPeriod', period: { fromMonth: month, toMonth: month }, customerId }),
    }, 'alice', 'p1');
    const first = draft(a!);
    const second = draft(b!);
    expect(first.status).toBe('draft');
    expect(repo.setStatus(second.id, 'issued', 'alice', {}).invoiceNumber).toBe('2026-00001');
    expect(repo.setStatus(first.id, 'issued', 'alice', {}).invoiceNumber).toBe('2026-00002');
    expect(repo.setStatus(first.id, 'void', 'alice', { note: 'wrong title' }).status).toBe('void');
    expect(repo.lastDetails('customer', a)).toEqual({ titleType: 'individual', title: '客户', email: 'c@example.com' });
  });
});

describe('international site: ListInvoices', () => {
  it('fetches every page of the window and keeps it for offline review; the China site is refused', async () => {
    const sp = rig.sandbox.accounts.find((x) => x.role === 'SP')!;
    const client = createHttpClient({ endpoint: rig.sandbox.url, site: 'intl', credentials: { ak: sp.ak, domainId: sp.domainId, getSecret: async () => sp.sk }, maxReadRetries: 0 });
    try {
      const now = new Date();
      const current = beijingMonthOf(now.toISOString());
      const got = await syncIntlInvoices(createPartnerApi(client), 'intl', dir, { fromMonth: addMonths(current, -23), toMonth: current }, now);
      expect(got.rows.length).toBeGreaterThan(0);
      expect(got.rows.every((r) => r.requestId)).toBe(true);
      expect(readIntlInvoices(dir)).toEqual(got);
      await expect(syncIntlInvoices(createPartnerApi(client), 'sandbox', dir, { fromMonth: current, toMonth: current })).rejects.toMatchObject({ code: 'INVOICE_INTL_ONLY' });
    } finally {
      client.close();
    }
  });
});

describe('which customers consumed in a month (ListConsumeSubCustomers)', () => {
  it('fetches every page, keeps it, and shows it offline with names and the month\'s bill total', async () => {
    const sp = rig.sandbox.accounts.find((x) => x.role === 'SP')!;
    const client = createHttpClient({ endpoint: rig.sandbox.url, credentials: { ak: sp.ak, domainId: sp.domainId, getSecret: async () => sp.sk }, maxReadRetries: 0 });
    try {
      expect(consumersOf(rig.store.db, dir, month).fetchedAt).toBeNull();
      await syncConsumers(createPartnerApi(client), dir, month);
    } finally {
      client.close();
    }
    const got = consumersOf(rig.store.db, dir, month);
    const world = rig.sandbox.control.sandbox.world;
    const consumed = world.store.customers.filter((c) => c.ownerId === sp.domainId && world.bills.lines(c, month).length > 0);
    expect(new Set(got.rows.map((r) => r.customerId))).toEqual(new Set(consumed.map((c) => c.id)));
    const resale = got.rows.find((r) => world.store.customerById.get(r.customerId)?.associationType === '2')!;
    const cents = world.bills.lines(world.store.customerById.get(resale.customerId)!, month).reduce((a, l) => a + l.cashCents + l.couponCents, 0);
    expect(resale.billTotal).toBe(new Decimal(cents).div(100).toFixed(2));
    expect(resale.accountName).not.toBeNull();
  });
});
