// International site: the partner's own postpaid bill per month (ListPostpaidBillSum, §7.7),
// fetched for the months chosen and shown offline, each month with when it was fetched.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostpaidBills } from '../../../shared/contract/channels/invoices';
import { api } from '../../bridge';
import { AsOf } from '../../components/AsOf';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FetchButton } from '../../components/FetchButton';
import { currencyOf, MoneyCell } from '../../components/MoneyCell';
import { useFetchedSnapshot } from '../../components/use-fetched-snapshot';
import { BillMonthsPicker, UTC_BILL_WINDOW } from './BillMonthsPicker';

const COLUMNS = ['billCycle', 'consumeAmount', 'refunds', 'adjustments', 'taxAmount', 'initialAmountDue', 'fetchedAt'] as const;
const AMOUNTS = new Set<string>(['consumeAmount', 'refunds', 'adjustments', 'taxAmount', 'initialAmountDue']);

export function PostpaidView() {
  const { t } = useTranslation();
  const [months, setMonths] = useState<string[]>(() => UTC_BILL_WINDOW.slice(0, 3).sort());
  const { data, error, busy, fetchNow } = useFetchedSnapshot<PostpaidBills>(
    () => api.invoices.postpaidList(), () => api.invoices.postpaidSync({ months }), 'postpaid',
  );
  return (
    <section aria-label={t('bills.postpaid.label')}>
      <p className="help">{t('bills.postpaid.help')}</p>
      <BillMonthsPicker value={months} onChange={setMonths} choices={UTC_BILL_WINDOW} testId="postpaid-months" />
      <FetchButton testId="postpaid-fetch" busy={busy} label={t('bills.postpaid.fetch')} onClick={() => void fetchNow()} disabled={months.length === 0} />
      <ErrorNotice error={error} />
      <AsOf value={data?.fetchedAt} testId="postpaid-as-of" />
      {data?.rows.length ? (
        <div className="plan-table-scroll">
          <table className="plan-table" aria-label={t('bills.postpaid.label')} data-testid="postpaid-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className={AMOUNTS.has(c) ? 'num' : undefined}>{t(`bills.postpaid.col.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.billCycle} data-testid={`postpaid-row-${r.billCycle}`}>
                  <th scope="row">{r.billCycle}</th>
                  {(['consumeAmount', 'refunds', 'adjustments', 'taxAmount', 'initialAmountDue'] as const).map((c) => (
                    <td key={c} className="num"><MoneyCell amount={r[c]} currency={currencyOf(r.currency)} /></td>
                  ))}
                  <td><DateTime value={r.fetchedAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : data ? <p className="help">{t('bills.postpaid.none')}</p> : null}
    </section>
  );
}
