import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AsOf } from '../../components/AsOf';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { ReviewTable } from '../../components/ReviewTable';
import { SyncButton } from '../../components/SyncButton';
import { Tabs } from '../../components/Tabs';
import { childQuotasList, couponRecordsList, issuedCouponsList, quotasList, type CouponRecordFilters } from '../../stores/vouchers-store';
import { childQuotaColumnDefs, couponRecordColumnDefs, issuedCouponColumnDefs, quotaColumnDefs } from './voucher-columns';

type Tab = 'quotas' | 'childQuotas' | 'issued' | 'records';
const LISTS = { quotas: quotasList, childQuotas: childQuotasList, issued: issuedCouponsList, records: couponRecordsList } as const;

export function VouchersScreen() {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<Tab>('quotas');
  const list = LISTS[tab];
  const asOf = useStore(list as typeof quotasList, (s) => s.asOf);
  const ready = useStore(list as typeof quotasList, (s) => s.ready);
  const issuedFilters = useStore(issuedCouponsList, (s) => s.query.filters);
  const recordFilters = useStore(couponRecordsList, (s) => s.query.filters);
  const columns = useMemo(
    () => ({ quotas: quotaColumnDefs(t), childQuotas: childQuotaColumnDefs(t), issued: issuedCouponColumnDefs(t), records: couponRecordColumnDefs(t) }),
    [t, i18n.language],
  );

  useEffect(() => {
    if (!list.getState().ready) list.getState().refresh();
  }, [list]);

  return (
    <section className="screen" aria-labelledby="vouchers-title">
      <div className="screen-head">
        <h1 id="vouchers-title">{t('vouchers.title')}</h1>
        {ready ? <AsOf value={asOf} testId="vouchers-as-of" /> : null}
      </div>
      <p className="help">{t('vouchers.readOnly')}</p>
      <SyncButton
        lists={['quotas', 'childQuotas', 'issuedCoupons', 'couponRecords']}
        testId="vouchers-sync"
        onFinished={() => Object.values(LISTS).forEach((l) => l.getState().refresh())}
      />
      <Tabs
        label={t('vouchers.tabsLabel')}
        tabs={(['quotas', 'childQuotas', 'issued', 'records'] as const).map((id) => ({ id, label: t(`vouchers.tab.${id}`) }))}
        selected={tab}
        onSelect={(id) => setTab(id as Tab)}
      >
        {tab === 'quotas' ? (
          <ReviewTable tableId="quotas" label={t('vouchers.label.quotas')} store={quotasList} columns={columns.quotas} exportView="quotas" rowKey={(r) => r.quotaId} />
        ) : null}
        {tab === 'childQuotas' ? (
          <ReviewTable
            tableId="child-quotas"
            label={t('vouchers.label.childQuotas')}
            store={childQuotasList}
            columns={columns.childQuotas}
            exportView="childQuotas"
            rowKey={(r) => r.quotaId}
          />
        ) : null}
        {tab === 'issued' ? (
          <ReviewTable
            tableId="issued-coupons"
            label={t('vouchers.label.issued')}
            store={issuedCouponsList}
            columns={columns.issued}
            exportView="issuedCoupons"
            rowKey={(r) => r.couponId}
            filters={
              <fieldset className="filters">
                <legend>{t('kit.filters.legend')}</legend>
                <label>
                  {t('vouchers.statusFilter')}
                  <select
                    value={issuedFilters.status?.[0] ?? ''}
                    onChange={(e) => issuedCouponsList.getState().patchFilters({ status: e.target.value ? [Number(e.target.value)] : undefined })}
                  >
                    <option value="">{t('kit.filters.any')}</option>
                    {[1, 2, 3, 4, 5].map((s) => (
                      <option key={s} value={s}>
                        {t(`customers.couponStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </fieldset>
            }
          />
        ) : null}
        {tab === 'records' ? (
          <ReviewTable
            tableId="coupon-records"
            label={t('vouchers.label.records')}
            store={couponRecordsList}
            columns={columns.records}
            exportView="couponRecords"
            rowKey={(r) => r.id}
            filters={
              <fieldset className="filters">
                <legend>{t('kit.filters.legend')}</legend>
                <label>
                  {t('vouchers.resultFilter')}
                  <select
                    value={recordFilters.result ?? ''}
                    onChange={(e) => couponRecordsList.getState().patchFilters({ result: (e.target.value || undefined) as CouponRecordFilters['result'] })}
                  >
                    <option value="">{t('kit.filters.any')}</option>
                    <option value="0">{t('vouchers.result.0')}</option>
                    <option value="-1">{t('vouchers.result.-1')}</option>
                  </select>
                </label>
                <DateRangeFilter
                  idPrefix="coupon-records"
                  from={recordFilters.from}
                  to={recordFilters.to}
                  onChange={(range) => couponRecordsList.getState().patchFilters(range)}
                />
              </fieldset>
            }
          />
        ) : null}
      </Tabs>
    </section>
  );
}
