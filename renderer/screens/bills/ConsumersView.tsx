import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsumersOfMonth } from '../../../shared/contract/channels/statements';
import { api } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyCell } from '../../components/MoneyCell';
import { FetchButton } from '../../components/FetchButton';
import { useFetchedSnapshot } from '../../components/use-fetched-snapshot';
import { BILL_WINDOW } from './BillMonthsPicker';

/** Which customers consumed in a month: fetched on request, then shown offline. */
export function ConsumersView() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(BILL_WINDOW[1] ?? BILL_WINDOW[0]!);
  const { data, error, busy, fetchNow } = useFetchedSnapshot<ConsumersOfMonth>(
    () => api.statements.consumers({ month }), () => api.statements.syncConsumers({ month }), month,
  );
  return (
    <section aria-label={t('bills.consumers.label')}>
      <p className="help">{t('bills.consumers.help')}</p>
      <fieldset className="filters">
        <legend>{t('bills.consumers.month')}</legend>
        <label>
          {t('bills.consumers.month')}
          <select data-testid="consumers-month" value={month} onChange={(e) => setMonth(e.target.value)}>
            {BILL_WINDOW.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </label>
        <FetchButton testId="consumers-fetch" busy={busy} label={t('bills.consumers.fetch')} onClick={() => void fetchNow()} />
      </fieldset>
      <ErrorNotice error={error} />
      <p className="help" data-testid="consumers-fetched">
        {data?.fetchedAt ? t('bills.consumers.fetched', { at: data.fetchedAt, count: data.rows.length }) : t('bills.consumers.never')}
      </p>
      {data?.rows.length ? (
        <div className="plan-table-scroll">
          <table className="plan-table" aria-label={t('bills.consumers.label')} data-testid="consumers-table">
            <thead>
              <tr>
                {(['customerId', 'accountName', 'customerName', 'reseller', 'billTotal'] as const).map((c) => (
                  <th key={c} scope="col" className={c === 'billTotal' ? 'num' : undefined}>{t(`bills.consumers.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.customerId}>
                  <td>{r.customerId}</td>
                  <td>{r.accountName ?? t('bills.consumers.notAssociated')}</td>
                  <td>{r.customerName ?? ''}</td>
                  <td>{r.indirectPartnerId ?? ''}</td>
                  <td className="num"><MoneyCell amount={r.billTotal} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
