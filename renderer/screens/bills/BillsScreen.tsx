import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AsOf } from '../../components/AsOf';
import { BarChart } from '../../components/BarChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currencyOf } from '../../components/MoneyCell';
import { ReviewTable } from '../../components/ReviewTable';
import { SyncButton } from '../../components/SyncButton';
import { billSumsList, useBills, type BillGroupKey } from '../../stores/bills-store';
import { billColumnDefs } from './bill-columns';

const GROUPINGS = ['customer', 'service', 'cycle', 'cycle,customer', 'customer,service', 'cycle,service'] as const;

export function BillsScreen() {
  const { t } = useTranslation();
  const { asOf, ready, query, patchFilters } = useStore(billSumsList);
  const { groupBy, series, seriesError, setGroupBy, loadSeries } = useBills();
  const columns = useMemo(() => billColumnDefs(groupBy), [groupBy]);
  const filters = query.filters;

  useEffect(() => {
    if (!billSumsList.getState().ready) billSumsList.getState().refresh();
  }, []);
  useEffect(() => {
    void loadSeries(filters);
  }, [filters, loadSeries]);

  return (
    <section className="screen" aria-labelledby="bills-title">
      <div className="screen-head">
        <h1 id="bills-title">{t('bills.title')}</h1>
        {ready ? <AsOf value={asOf} testId="bills-as-of" /> : null}
      </div>
      <p className="help">{t('bills.beijingNote')}</p>
      <SyncButton
        lists={['billSums']}
        testId="bills-sync"
        onFinished={() => {
          billSumsList.getState().refresh();
          void loadSeries(billSumsList.getState().query.filters);
        }}
      />
      <section className="card" aria-labelledby="bills-chart-title">
        <h2 id="bills-chart-title">{t('bills.chartTitle')}</h2>
        <ErrorNotice error={seriesError} />
        {series ? (
          <BarChart
            testId="bills-chart"
            title={t('bills.chartTitle')}
            data={series.points.map((p) => ({ label: p.cycle, amount: p.amount }))}
            currency={currencyOf(series.currency)}
          />
        ) : null}
      </section>
      <ReviewTable
        tableId="bill-sums"
        label={t('bills.tableLabel')}
        store={billSumsList}
        columns={columns}
        exportView="billSums"
        exportExtra={{ groupBy: [...groupBy] }}
        rowKey={(r) => `${r.cycle ?? ''}|${r.customerId ?? ''}|${r.cloudServiceType ?? ''}`}
        filters={
          <fieldset className="filters">
            <legend>{t('kit.filters.legend')}</legend>
            <label>
              {t('bills.groupBy')}
              <select data-testid="bills-group-by" value={groupBy.join(',')} onChange={(e) => setGroupBy(e.target.value.split(',') as BillGroupKey[])}>
                {GROUPINGS.map((g) => (
                  <option key={g} value={g}>
                    {t(`bills.group.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('bills.fromCycle')}
              <input type="month" value={filters.fromCycle ?? ''} onChange={(e) => patchFilters({ fromCycle: e.target.value || undefined })} />
            </label>
            <label>
              {t('bills.toCycle')}
              <input type="month" value={filters.toCycle ?? ''} onChange={(e) => patchFilters({ toCycle: e.target.value || undefined })} />
            </label>
          </fieldset>
        }
      />
    </section>
  );
}
