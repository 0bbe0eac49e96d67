import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  invoiceBases, invoiceTypes, isElectronic, isSpecial, type InvoiceAmounts, type InvoiceBasis, type InvoiceDetails, type InvoiceKind, type InvoiceType, type InvoiceView,
} from '../../../shared/contract/channels/invoices';
import type { IpcError } from '../../../shared/contract/errors';
import { formatMoney } from '../../../shared/domain/money';
import { api } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currencyOf } from '../../components/MoneyCell';
import { errorOf } from '../../components/error-of';
import { recentBeijingMonths } from '../../components/format/time';

const lastMonth = recentBeijingMonths(new Date(), 2)[0]!;
const DETAIL_FIELDS = ['taxId', 'bankName', 'bankAccount', 'registeredAddress', 'registeredPhone', 'remark'] as const;
const POSTAL_FIELDS = ['recipient', 'postalAddress', 'zipCode', 'mobile'] as const;

/** A new request to Huawei (any basis) or a draft invoice to a customer (customer and period). */
export function InvoiceForm({ kind, onSaved }: { kind: InvoiceKind; onSaved: (view: InvoiceView) => void }) {
  const { t } = useTranslation();
  const [basis, setBasis] = useState<InvoiceBasis>(kind === 'customer' ? 'customerPeriod' : 'period');
  const [fromMonth, setFrom] = useState(lastMonth);
  const [toMonth, setTo] = useState(lastMonth);
  const [customerId, setCustomer] = useState('');
  const [orderId, setOrder] = useState('');
  const [orderAmount, setOrderAmount] = useState('');
  const [invoiceType, setType] = useState<InvoiceType>('ordinary-electronic');
  const [details, setDetails] = useState<InvoiceDetails>({ titleType: 'enterprise', title: '' });
  const [amounts, setAmounts] = useState<InvoiceAmounts | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);
  const needsCustomer = basis !== 'period';

  // The details last used for this customer (or the last request) fill the form.
  useEffect(() => {
    let live = true;
    api.invoices.lastDetails({ kind, ...(customerId ? { customerId } : {}) }).then((d) => live && d && setDetails(d), () => undefined);
    return () => { live = false; };
  }, [kind, customerId]);

  const source = () => ({
    kind, basis, period: { fromMonth, toMonth },
    ...(needsCustomer && customerId.trim() ? { customerId: customerId.trim() } : {}),
    ...(basis === 'order' ? { orderId: orderId.trim() || undefined, orderAmount: orderAmount.trim() || undefined } : {}),
  });
  const check = async () => {
    setSaved(false);
    try {
      setAmounts(await api.invoices.amounts(source()));
      setError(null);
    } catch (e) {
      setAmounts(null);
      setError(errorOf(e));
    }
  };
  const prepare = async () => {
    try {
      const view = await api.invoices.prepare({ ...source(), invoiceType, details });
      setError(null);
      setSaved(true);
      onSaved(view);
    } catch (e) {
      setError(errorOf(e));
    }
  };
  const set = (field: keyof InvoiceDetails) => (e: { target: { value: string } }) => setDetails({ ...details, [field]: e.target.value });
  const field = (name: keyof InvoiceDetails, type = 'text') => (
    <label key={name}>
      {t(`invoices.${name === 'title' ? 'invoiceTitle' : name}`)}
      <input type={type} data-testid={`invoice-${name}`} value={(details[name] as string | undefined) ?? ''} onChange={set(name)} />
    </label>
  );

  return (
    <section className="card" aria-labelledby={`invoice-form-${kind}`}>
      <h2 id={`invoice-form-${kind}`}>{t('invoices.form')}</h2>
      <fieldset className="filters">
        <legend>{t('invoices.basis')}</legend>
        {kind === 'request' ? (
          <label>
            {t('invoices.basis')}
            <select data-testid="invoice-basis" value={basis} onChange={(e) => setBasis(e.target.value as InvoiceBasis)}>
              {invoiceBases.map((b) => <option key={b} value={b}>{t(`invoices.basisOpt.${b}`)}</option>)}
            </select>
          </label>
        ) : null}
        <label>{t('invoices.from')}<input type="month" data-testid="invoice-from" value={fromMonth} onChange={(e) => e.target.value && setFrom(e.target.value)} /></label>
        <label>{t('invoices.to')}<input type="month" data-testid="invoice-to" value={toMonth} onChange={(e) => e.target.value && setTo(e.target.value)} /></label>
        {needsCustomer ? <label>{t('invoices.customerId')}<input data-testid="invoice-customer" value={customerId} onChange={(e) => setCustomer(e.target.value)} /></label> : null}
        {basis === 'order' ? (
          <>
            <label>{t('invoices.orderId')}<input data-testid="invoice-order" value={orderId} onChange={(e) => setOrder(e.target.value)} /></label>
            <label>{t('invoices.orderAmount')}<input inputMode="decimal" data-testid="invoice-order-amount" value={orderAmount} onChange={(e) => setOrderAmount(e.target.value)} /></label>
          </>
        ) : null}
        <button type="button" className="button" data-testid="invoice-check" onClick={() => void check()}>{t('invoices.check')}</button>
      </fieldset>
      {amounts ? (
        <p className="help" data-testid="invoice-amounts">
          {t('invoices.amountFrom', {
            asOf: amounts.billsAsOf ?? '—', lines: amounts.lines.length,
            amount: formatMoney(amounts.amount, { currency: currencyOf(amounts.currency) }),
            cash: formatMoney(amounts.cashAmount, { currency: currencyOf(amounts.currency) }),
            voucher: formatMoney(amounts.voucherAmount, { currency: currencyOf(amounts.currency) }),
          })}
        </p>
      ) : null}
      <fieldset className="filters">
        <legend>{t('invoices.invoiceType')}</legend>
        <label>
          {t('invoices.titleType')}
          <select data-testid="invoice-title-type" value={details.titleType} onChange={(e) => setDetails({ ...details, titleType: e.target.value as InvoiceDetails['titleType'] })}>
            <option value="enterprise">{t('invoices.titleOpt.enterprise')}</option>
            <option value="individual">{t('invoices.titleOpt.individual')}</option>
          </select>
        </label>
        <label>
          {t('invoices.invoiceType')}
          <select data-testid="invoice-type" value={invoiceType} onChange={(e) => setType(e.target.value as InvoiceType)}>
            {invoiceTypes.map((x) => (
              // Special invoices are for enterprise titles only (spec §7.2); the core refuses them too.
              <option key={x} value={x} disabled={isSpecial(x) && details.titleType !== 'enterprise'}>{t(`invoices.typeOpt.${x}`)}</option>
            ))}
          </select>
        </label>
        {field('title')}
        {DETAIL_FIELDS.map((f) => field(f))}
        {isElectronic(invoiceType) ? field('email', 'email') : POSTAL_FIELDS.map((f) => field(f))}
      </fieldset>
      <button type="button" className="button primary" data-testid="invoice-prepare" onClick={() => void prepare()}>{t(`invoices.prepare.${kind}`)}</button>
      <p role="status" className="help">{saved ? t('invoices.prepared') : ''}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
