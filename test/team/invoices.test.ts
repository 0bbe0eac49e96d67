// Invoices of a shared profile in the team database (schema version 2): the same documents,
// statuses and numbers as the solo operations file for the same steps; a number names one
// invoice team-wide even when two workstations issue at the same moment; the server names the
// operator and refuses every change or removal of a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOICE_TRANSITIONS, type InvoiceAmounts, type InvoiceView } from '../../shared/contract/channels/invoices';
import { openJournalDb, type JournalDb } from '../../electron/core/infra/journal/database';
import { ensureInvoicesSchema } from '../../electron/core/infra/journal/invoices-schema';
import type { InvoiceStore, NewInvoice } from '../../electron/core/infra/invoice-store/invoice-records';
import { InvoiceRepository, SqliteInvoiceStore } from '../../electron/core/invoices/invoice-repository';
import { rawClient, useTeamSuite } from './support';

const suite = useTeamSuite();
const now = () => new Date('2026-12-04T10:00:00.000Z');
let solo: JournalDb;

beforeAll(() => {
  solo = openJournalDb(':memory:');
});
afterAll(() => solo.close());

const amounts = (customerId: string, amount: string): InvoiceAmounts => ({
  currency: 'CNY', amount, cashAmount: amount, voucherAmount: '0.00', customerName: `客户 ${customerId}`, billsAsOf: '2026-12-01T00:00:00.000Z',
  lines: [{ month: '2026-11', customerId, customerName: `客户 ${customerId}`, cashAmount: amount, voucherAmount: '0.00' }],
} as unknown as InvoiceAmounts);

const request = (n: number): NewInvoice => ({
  kind: 'request', basis: 'period', invoiceType: 'special-digital', period: { fromMonth: '2026-11', toMonth: '2026-11' },
  details: { titleType: 'enterprise', title: '北京某某科技有限公司', taxId: '91110108MA01ABCD2X', email: 'finance@example.com' },
  amounts: amounts(`c${n}`, `${n}00.50`),
});
const draft = (customerId: string): NewInvoice => ({
  kind: 'customer', basis: 'customerPeriod', invoiceType: 'ordinary-electronic', period: { fromMonth: '2026-11', toMonth: '2026-11' }, customerId,
  details: { titleType: 'individual', title: '客户', email: 'c@example.com' }, amounts: amounts(customerId, '12.30'),
});

/** One history, as an operator sees it: statuses, numbers and what was entered, no ids or operators. */
async function history(store: InvoiceStore, operator: string): Promise<unknown> {
  const a = await store.create(request(1), operator, 'p1');
  await store.setStatus(a.id, 'submitted', operator, {});
  const refusedEarly = await store.setStatus(a.id, 'submitted', operator, {}).catch((e: { code: string }) => e.code);
  const noNumber = await store.setStatus(a.id, 'issued', operator, {}).catch((e: { code: string }) => e.code);
  await store.setStatus(a.id, 'issued', operator, { invoiceNumber: '2611000000123' });
  const b = await store.create(request(2), operator, 'p1');
  await store.setStatus(b.id, 'submitted', operator, {});
  const taken = await store.setStatus(b.id, 'issued', operator, { invoiceNumber: '2611000000123' }).catch((e: { code: string }) => e.code);
  await store.setStatus(b.id, 'rejected', operator, { note: 'title mismatch' });
  const first = await store.create(draft('c7'), operator, 'p1');
  const second = await store.create(draft('c8'), operator, 'p1');
  await store.setStatus(second.id, 'issued', operator, {});
  await store.setStatus(first.id, 'issued', operator, {});
  const strip = (v: InvoiceView) => ({ ...v, id: undefined, operator: undefined, events: v.events.map((e) => ({ ...e, operator: undefined, at: undefined })), createdAt: undefined });
  return {
    refusedEarly, noNumber, taken,
    requests: (await store.list('request')).map(strip),
    customers: (await store.list('customer')).map(strip),
    lastDetails: await store.lastDetails('customer', 'c7'),
  };
}

describe('invoices in the team database', () => {
  it('give the same documents, statuses and numbers as the solo operations file for the same steps', async () => {
    const soloStore = new SqliteInvoiceStore(new InvoiceRepository(ensureInvoicesSchema(solo), now));
    const soloHistory = await history(soloStore, 'alice');
    const teamHistory = await history(suite.alice.invoices, 'ignored: the server names the operator');
    expect(teamHistory).toEqual(soloHistory);
    expect(teamHistory).toMatchObject({ refusedEarly: 'INVOICE_STATUS_NOT_ALLOWED', noNumber: 'INVOICE_NUMBER_REQUIRED', taken: 'INVOICE_NUMBER_TAKEN' });
    const [latest] = await suite.bob.invoices.list('customer');
    expect(latest!.operator).toBe(suite.t.alice);
    expect(latest!.events.map((e) => e.operator)).toEqual([suite.t.alice, suite.t.alice]);
  });

  it('numbers our own invoices once each when two workstations issue at the same moment', async () => {
    const drafts = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? suite.alice : suite.bob).invoices.create(draft(`d${i}`), 'x', 'p1')));
    const issued = await Promise.all(drafts.map((d, i) => (i % 2 ? suite.bob : suite.alice).invoices.setStatus(d.id, 'issued', 'x', {})));
    const numbers = issued.map((v) => v.invoiceNumber);
    expect(new Set(numbers).size).toBe(8);
    // After the two of the first test: 2026-00003 … 2026-00010, no gap and no repeat.
    expect([...numbers].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `2026-${String(i + 3).padStart(5, '0')}`));
  });

  it('checks each status change against the status the other workstation just wrote', async () => {
    for (let round = 0; round < 5; round++) {
      const doc = await suite.alice.invoices.create(draft(`race${round}`), 'x', 'p1');
      // Both start from draft; whichever lands second must be checked against the first's result.
      await Promise.allSettled([suite.alice.invoices.setStatus(doc.id, 'void', 'x', { note: 'no' }), suite.bob.invoices.setStatus(doc.id, 'issued', 'x', {})]);
      const path = (await suite.alice.invoices.get(doc.id)).events.map((e) => e.status);
      expect(path[0]).toBe('draft');
      for (let i = 1; i < path.length; i++) expect(INVOICE_TRANSITIONS.customer[path[i - 1]!] ?? []).toContain(path[i]);
      expect(path).not.toEqual(['draft', 'void', 'issued']);
    }
  });

  it('refuses every change and removal of an invoice row, to operators and the owner alike', async () => {
    const operator = await rawClient(suite.t, suite.t.alice);
    const admin = await rawClient(suite.t, suite.t.admin);
    try {
      await expect(operator.query("UPDATE invoice_document SET amount = '0.01'")).rejects.toMatchObject({ code: '42501' });
      await expect(operator.query('DELETE FROM invoice_event')).rejects.toMatchObject({ code: '42501' });
      await expect(operator.query("INSERT INTO invoice_event (invoice_id, at, status, operator) SELECT id, 'x', 'void', 'someone' FROM invoice_document LIMIT 1")).rejects.toMatchObject({ code: '42501' });
      await admin.query(`SET ROLE "${suite.t.database}_owner"`);
      await expect(admin.query("UPDATE invoice_number SET number = 'x'")).rejects.toMatchObject({ code: 'PDA01' });
      await expect(admin.query('DELETE FROM invoice_document')).rejects.toMatchObject({ code: 'PDA01' });
    } finally {
      await operator.end();
      await admin.end();
    }
  });
});
