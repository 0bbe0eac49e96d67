import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AsOf } from '../../components/AsOf';
import { BarChart } from '../../components/BarChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currencyOf } from '../../components/MoneyCell';
import { ReviewTable } from '../../components/ReviewTable';
import { SyncButton } from '../../components/SyncButton';
import { Tabs } from '../../components/Tabs';
import type { BillSumGroupRow } from '../../../shared/contract/channels/review';
import { billDetailsList, billSumsList, useBills, type BillGroupKey } from '../../stores/bills-store';
import { billColumnDefs, billDetailColumnDefs } from './bill-columns';
import { BILL_WINDOW, BillMonthsPicker } from './BillMonthsPicker';
import { ConsumersView } from './ConsumersView';
import { PostpaidView } from './PostpaidView';
import { useProfilesStore } from '../../stores/profiles-store';

type Tab = 'sums' | 'details' | 'consumers' | 'postpaid';
const GROUPINGS = ['customer', 'service', 'cycle', 'cycle,customer', 'customer,service', 'cycle,service'] as const;

export function BillsScreen() {
  const { t } = useTranslation();
  const { asOf, ready, query, patchFilters } = useStore(billSumsList);
  const { groupBy, series, seriesError, setGroupBy, loadSeries } = useBills();
  const columns = useMemo(() => billColumnDefs(groupBy), [groupBy]);
  const filters = query.filters;
  const [tab, setTab] = useState<Tab>('sums');
  // ListPostpaidBillSum exists on the international site only: the tab is hidden elsewhere, with a note.
  const intl = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId)?.site) === 'intl';
  const shown: Tab = tab === 'postpaid' && !intl ? 'sums' : tab;
  // Which of the API's 18 months the sync fetches (several at once); the last 3 by default.
  const [months, setMonths] = useState<string[]>(() => BILL_WINDOW.slice(0, 3).sort());
  const [drilled, setDrilled] = useState<string | null>(null);

  // A sum row opens its resource lines: the same customer, month and service where grouped.
  const drill = (row: BillSumGroupRow) => {
    billDetailsList.getState().setFilters({
      customerId: row.customerId ?? undefined,
      billCycle: row.cycle ?? undefined,
      serviceTypeCode: row.cloudServiceType ?? undefined,
    });
    setDrilled([row.cycle, row.customerName ?? row.accountName ?? row.customerId, row.cloudServiceTypeName].filter(Boolean).join(' · '));
    setTab('details');
  };

  useEffect(() => {
    if (!billSumsList.getState().ready) billSumsList.getState().refresh();
  }, []);
  useEffect(() => {
    void loadSeries(filters);
  }, [filters, loadSeries]);
  useEffect(() => {
    if (tab === 'details' && !billDetailsList.getState().ready) billDetailsList.getState().refresh();
  }, [tab]);

  return (
    <section className="screen" aria-labelledby="bills-title">
      <div className="screen-head">
        <h1 id="bills-title">{t('bills.title')}</h1>
        {ready ? <AsOf value={asOf} testId="bills-as-of" /> : null}
      </div>
      <p className="help">{t('bills.beijingNote')}</p>
      {intl ? null : <p className="help" data-testid="postpaid-cn-note">{t('bills.postpaid.cnNote')}</p>}
      <BillMonthsPicker value={months} onChange={setMonths} />
      <SyncButton
        lists={['billSums']}
        months={months}
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
      <Tabs
        label={t('bills.tabsLabel')}
        tabs={[
          { id: 'sums', label: t('bills.sumsTab') },
          { id: 'details', label: t('bills.detailsTab') },
          { id: 'consumers', label: t('bills.consumersTab') },
          ...(intl ? [{ id: 'postpaid', label: t('bills.postpaidTab') }] : []),
        ]}
        selected={shown}
        onSelect={(id) => setTab(id as Tab)}
      >
        {shown === 'postpaid' ? (
          <PostpaidView />
        ) : shown === 'consumers' ? (
          <ConsumersView />
        ) : shown === 'sums' ? (
          <ReviewTable
            tableId="bill-sums"
            label={t('bills.tableLabel')}
            store={billSumsList}
            columns={columns}
            exportView="billSums"
            exportExtra={{ groupBy: [...groupBy] }}
            rowKey={(r) => `${r.cycle ?? ''}|${r.customerId ?? ''}|${r.cloudServiceType ?? ''}`}
            onSelectRow={drill}
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
        ) : (
          <>
            <p className="help">{drilled ? t('bills.detailsFor', { what: drilled }) : t('bills.detailsHint')}</p>
            <SyncButton lists={['billDetails']} months={months} testId="bill-details-sync" onFinished={() => billDetailsList.getState().refresh()} />
            <ReviewTable
              tableId="bill-details"
              label={t('bills.detailsLabel')}
              store={billDetailsList}
              columns={billDetailColumnDefs}
              exportView="billDetails"
              rowKey={(r) => r.id}
            />
          </>
        )}
      </Tabs>
    </section>
  );
}
