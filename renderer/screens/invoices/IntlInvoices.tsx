import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyCell } from '../../components/MoneyCell';
import { FetchButton } from '../../components/FetchButton';
import { recentBeijingMonths } from '../../components/format/time';
import { useInvoices } from '../../stores/invoices-store';

const months = recentBeijingMonths(new Date(), 12);

/** International site: Huawei's invoices (ListInvoices), as last fetched; USD amounts. */
export function IntlInvoices() {
  const { t } = useTranslation();
  const { intl, intlError, intlBusy, loadIntl, syncIntl } = useInvoices();
  const [from, setFrom] = useState(months[0]!);
  const [to, setTo] = useState(months.at(-1)!);
  useEffect(() => void loadIntl(), [loadIntl]);
  return (
    <section aria-label={t('invoices.tab.intl')}>
      <p className="help">{t('invoices.intlHelp')}</p>
      <fieldset className="filters">
        <legend>{t('invoices.intlSync')}</legend>
        <label>{t('invoices.intlFrom')}<input type="month" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} /></label>
        <label>{t('invoices.intlTo')}<input type="month" value={to} onChange={(e) => e.target.value && setTo(e.target.value)} /></label>
        <FetchButton testId="intl-invoices-sync" busy={intlBusy} label={t('invoices.intlSync')} onClick={() => void syncIntl(from, to)} />
      </fieldset>
      <ErrorNotice error={intlError} />
      <p className="help" data-testid="intl-invoices-fetched">
        {intl?.fetchedAt ? t('invoices.intlFetched', { at: intl.fetchedAt, count: intl.rows.length }) : t('invoices.intlNever')}
      </p>
      {intl?.rows.length ? (
        <div className="plan-table-scroll">
          <table className="plan-table" aria-label={t('invoices.tab.intl')}>
            <thead>
              <tr>
                {(['requestId', 'invoiceNo', 'title', 'amount', 'type', 'state', 'billCycle', 'applyTime'] as const).map((c) => (
                  <th key={c} scope="col" className={c === 'amount' ? 'num' : undefined}>{t(`invoices.intlCol.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {intl.rows.map((r, i) => (
                <tr key={r.requestId ?? i}>
                  <td>{r.requestId}</td>
                  <td>{r.invoiceNo || '—'}</td>
                  <td>{r.invoiceTitle}</td>
                  <td className="num"><MoneyCell amount={r.invoiceAmount} currency="USD" /></td>
                  <td>{r.invoiceType === null ? '—' : t(`invoices.intlType.${r.invoiceType}`, { defaultValue: String(r.invoiceType) })}</td>
                  <td>{r.invoiceState === null ? '—' : t(`invoices.intlState.${r.invoiceState}`, { defaultValue: String(r.invoiceState) })}</td>
                  <td>{r.billCycle}</td>
                  <td><DateTime value={r.applyTime} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
