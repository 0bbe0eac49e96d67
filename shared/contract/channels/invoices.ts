// Invoices (issue #14). China site: no invoice API (spec §7.1), so the app prepares the request
// the operator submits in Huawei's Partner Center — amounts from the offline bills — and tracks
// its status as the operator reports it. International site: ListInvoices, synced and shown.
// And the partner's own invoices to its resale customers: drafts from the bills, numbered.
import { z } from 'zod';
import { channel } from '../define';
import { monthText } from './review';
import { statementPeriod } from './statements';

export const invoiceKinds = ['request', 'customer'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];
/** 按账期 / 按订单 / 按客户分账期 (spec §7.2). */
export const invoiceBases = ['period', 'order', 'customerPeriod'] as const;
export type InvoiceBasis = (typeof invoiceBases)[number];
/** VAT ordinary (electronic, paper); VAT special (paper, 数电专票 fully digital) — special for enterprise titles only. */
export const invoiceTypes = ['ordinary-electronic', 'ordinary-paper', 'special-paper', 'special-digital'] as const;
export type InvoiceType = (typeof invoiceTypes)[number];
export const isElectronic = (t: InvoiceType): boolean => t === 'ordinary-electronic' || t === 'special-digital';
export const isSpecial = (t: InvoiceType): boolean => t === 'special-paper' || t === 'special-digital';

export const requestStatuses = ['prepared', 'submitted', 'issued', 'rejected'] as const;
export const customerStatuses = ['draft', 'issued', 'sent', 'void'] as const;
export type InvoiceStatus = (typeof requestStatuses)[number] | (typeof customerStatuses)[number];

/** Which status may follow which (the operator reports Huawei's; ours follow our own steps). */
export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceKind, Readonly<Record<string, readonly InvoiceStatus[]>>>> = {
  request: { prepared: ['submitted'], submitted: ['issued', 'rejected'], issued: [], rejected: [] },
  customer: { draft: ['issued', 'void'], issued: ['sent', 'void'], sent: ['void'], void: [] },
};

const text = (max: number) => z.string().trim().max(max);

/** The invoice information profile (发票信息) and delivery, as entered (spec §7.2). */
export const invoiceDetails = z.strictObject({
  titleType: z.enum(['individual', 'enterprise']),
  title: text(100).min(1),
  /** Taxpayer id / unified social credit code (enterprise). */
  taxId: z.string().trim().regex(/^[0-9A-Z]{15,20}$/).optional().or(z.literal('')),
  bankName: text(100).optional(),
  bankAccount: z.string().trim().regex(/^[0-9 -]{6,40}$/).optional().or(z.literal('')),
  registeredAddress: text(200).optional(),
  registeredPhone: z.string().trim().regex(/^[0-9+() -]{5,30}$/).optional().or(z.literal('')),
  /** Printed on the invoice, at most 128 characters. */
  remark: text(128).optional(),
  email: z.string().trim().email().max(100).optional().or(z.literal('')),
  recipient: text(50).optional(),
  postalAddress: text(200).optional(),
  zipCode: z.string().trim().regex(/^\d{6}$/).optional().or(z.literal('')),
  mobile: z.string().trim().regex(/^\+?\d{6,15}$/).optional().or(z.literal('')),
});
export type InvoiceDetails = z.infer<typeof invoiceDetails>;

export const invoiceSource = z.strictObject({
  kind: z.enum(invoiceKinds),
  basis: z.enum(invoiceBases),
  period: statementPeriod,
  customerId: z.string().min(1).max(64).optional(),
  orderId: z.string().trim().min(1).max(64).optional(),
  /** By order: the order's amount as the operator reads it; checked against the bills. */
  orderAmount: z.string().regex(/^\d{1,16}(\.\d{1,2})?$/).optional(),
});

export interface InvoiceLine {
  readonly cycle: string;
  readonly customerId: string;
  readonly service: string | null;
  /** What the customer's balance paid (invoiced). */
  readonly cash: string;
  /** What vouchers paid (not invoiced: a voucher is a discount). */
  readonly voucher: string;
}

export interface InvoiceAmounts {
  readonly currency: string;
  /** The amount to invoice: the cash part, or the order amount when by order. */
  readonly amount: string;
  readonly cashAmount: string;
  readonly voucherAmount: string;
  readonly lines: readonly InvoiceLine[];
  readonly billsAsOf: string | null;
  readonly customerName: string | null;
}

export interface InvoiceEventView {
  readonly at: string;
  readonly operator: string;
  readonly status: InvoiceStatus;
  readonly invoiceNumber: string | null;
  readonly note: string | null;
}

export interface InvoiceView {
  readonly id: string;
  readonly kind: InvoiceKind;
  readonly basis: InvoiceBasis;
  readonly invoiceType: InvoiceType;
  readonly period: { readonly fromMonth: string; readonly toMonth: string };
  readonly customerId: string | null;
  readonly customerName: string | null;
  readonly orderId: string | null;
  readonly currency: string;
  readonly amount: string;
  readonly cashAmount: string;
  readonly voucherAmount: string;
  readonly details: InvoiceDetails;
  readonly lines: readonly InvoiceLine[];
  readonly billsAsOf: string | null;
  readonly createdAt: string;
  readonly operator: string;
  readonly status: InvoiceStatus;
  readonly invoiceNumber: string | null;
  readonly events: readonly InvoiceEventView[];
}

export interface InvoiceExport {
  readonly files: readonly { readonly fileName: string; readonly path: string; readonly format: 'pdf' | 'xlsx'; readonly bytes: number }[];
}

/** An invoice Huawei lists on the international site (ListInvoices, spec §7.7). */
export interface IntlInvoiceRow {
  readonly requestId: string | null;
  readonly invoiceNo: string | null;
  readonly invoiceTitle: string | null;
  readonly invoiceAmount: string | null;
  /** 0 VAT special, 1 VAT ordinary. */
  readonly invoiceType: number | null;
  /** 0 tax invoice, 1 commercial invoice. */
  readonly invoiceClass: number | null;
  /** 0 draft, 1 pending review, 4 waiting export … 8 done, 9 returned … (spec §7.7). */
  readonly invoiceState: number | null;
  readonly invoiceMethod: number | null;
  readonly billCycle: string | null;
  readonly applyTime: string | null;
  readonly email: string | null;
}

export interface IntlInvoices {
  readonly fetchedAt: string | null;
  readonly window: { readonly from: string; readonly to: string } | null;
  readonly rows: readonly IntlInvoiceRow[];
}

/** The partner's own postpaid bill of one month on the international site (ListPostpaidBillSum, spec §7.7). */
export interface PostpaidBillRow {
  readonly billCycle: string;
  /** Decimal text, the bill's currency (USD): amount due incl. tax. */
  readonly initialAmountDue: string | null;
  readonly consumeAmount: string | null;
  readonly refunds: string | null;
  readonly adjustments: string | null;
  readonly taxAmount: string | null;
  readonly currency: string | null;
  /** When this month was last fetched (each month is fetched on its own). */
  readonly fetchedAt: string;
}

export interface PostpaidBills {
  /** The last fetch of any month; null: never fetched. */
  readonly fetchedAt: string | null;
  /** Newest month first. */
  readonly rows: readonly PostpaidBillRow[];
}

const storeErrors = ['STORE_UNAVAILABLE', 'STORE_CORRUPT'] as const;
const sourceErrors = [...storeErrors, 'STATEMENT_PERIOD_TOO_LONG', 'STATEMENT_CUSTOMER_UNKNOWN', 'INVOICE_NOTHING_TO_INVOICE', 'INVOICE_DETAILS_INCOMPLETE'] as const;

export const invoicesChannels = {
  /** What the bills say for a basis, before anything is written. */
  amounts: channel<InvoiceAmounts>()(invoiceSource, sourceErrors),
  prepare: channel<InvoiceView>()(
    invoiceSource.extend({ invoiceType: z.enum(invoiceTypes), details: invoiceDetails }),
    [...sourceErrors, 'INVOICE_SPECIAL_NEEDS_ENTERPRISE'],
  ),
  list: channel<readonly InvoiceView[]>()(z.strictObject({ kind: z.enum(invoiceKinds) }), storeErrors),
  /** The details last used for this customer (or the last request), to fill the form. */
  lastDetails: channel<InvoiceDetails | null>()(z.strictObject({ kind: z.enum(invoiceKinds), customerId: z.string().min(1).max(64).optional() }), storeErrors),
  setStatus: channel<InvoiceView>()(
    z.strictObject({
      id: z.string().min(1).max(64),
      status: z.enum([...requestStatuses, ...customerStatuses] as [InvoiceStatus, ...InvoiceStatus[]]),
      /** Huawei's invoice number when a request is issued (as printed on the invoice). */
      invoiceNumber: z.string().trim().regex(/^[0-9A-Za-z-]{1,32}$/).optional(),
      note: z.string().trim().max(200).optional(),
    }),
    [...storeErrors, 'INVOICE_REQUEST_UNKNOWN', 'INVOICE_STATUS_NOT_ALLOWED', 'INVOICE_NUMBER_REQUIRED', 'INVOICE_NUMBER_TAKEN'],
  ),
  /** The package: a PDF and an XLSX of the request or invoice, from the operations file. */
  export: channel<InvoiceExport>()(
    z.strictObject({ id: z.string().min(1).max(64), language: z.enum(['en', 'zh-CN']) }),
    [...storeErrors, 'INVOICE_REQUEST_UNKNOWN', 'EXPORT_FAILED', 'PDF_FONT_MISSING'],
  ),
  /** International site: what was last fetched with ListInvoices (offline). */
  intlList: channel<IntlInvoices>()(z.undefined().optional(), storeErrors),
  /** International site: fetches ListInvoices for the months (request time, UTC) and keeps them. */
  intlSync: channel<IntlInvoices>()(
    z.strictObject({ fromMonth: monthText, toMonth: monthText }),
    ['INVOICE_INTL_ONLY', 'STORE_UNAVAILABLE'],
    ['online'],
  ),
  /** International site: the partner's postpaid monthly bills as last fetched (offline). */
  postpaidList: channel<PostpaidBills>()(z.undefined().optional(), storeErrors),
  /** International site: fetches ListPostpaidBillSum for each month (of the 18 Huawei keeps) and keeps them. */
  postpaidSync: channel<PostpaidBills>()(
    z.strictObject({ months: z.array(monthText).min(1).max(18) }),
    ['POSTPAID_INTL_ONLY', 'POSTPAID_MONTH_OUTSIDE_WINDOW', 'STORE_UNAVAILABLE', 'API_HUAWEI_ERROR', 'API_NETWORK', 'API_RATE_LIMITED', 'NO_ACTIVE_PROFILE'],
    ['online'],
  ),
};
