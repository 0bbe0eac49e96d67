// The Vouchers screen's lists, each searchable, sortable, filterable and exportable from the
// local store, and the actions that start from them: issue from a quota, reclaim the ticked
// coupons, reclaim the ticked reseller quotas (T1).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ChildQuotaRow, IssuedCouponRow, QuotaRow } from '../../../shared/contract/channels/review';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { ReviewTable } from '../../components/ReviewTable';
import { SelectionBar } from '../../components/SelectionBar';
import { resolveSelection, selectColumn } from '../../components/table/row-selection';
import { api } from '../../bridge';
import {
  childQuotasList,
  childQuotasSelection,
  couponRecordsList,
  issuedCouponsList,
  issuedCouponsSelection,
  quotaRecordsList,
  quotasList,
  type CouponRecordFilters,
  type QuotaRecordFilters,
} from '../../stores/vouchers-store';
import { openIssue, openQuotaGrant, openQuotaReclaim, openReclaim, useVoucherForms } from '../../stores/voucher-forms-store';
import { errorOf } from '../../components/error-of';
import { QuotaSummary } from './QuotaSummary';
import { childQuotaColumnDefs, couponRecordColumnDefs, issuedCouponColumnDefs, limitLanguage, quotaColumnDefs, quotaRecordColumnDefs } from './voucher-columns';

/** A selection that could not be collected is shown where the voucher form would open. */
const shown = (e: unknown) => useVoucherForms.setState({ error: errorOf(e), loading: false });

export function QuotasTab({ t1 }: { readonly t1: boolean }) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(() => quotaColumnDefs(t, limitLanguage(i18n.language)), [t, i18n.language]);
  const quotaFilters = useStore(quotasList, (s) => s.query.filters);
  const [picked, setPicked] = useState<QuotaRow | null>(null);
  return (
    <>
      <ReviewTable
        tableId="quotas"
        label={t('vouchers.label.quotas')}
        store={quotasList}
        columns={columns}
        exportView="quotas"
        rowKey={(r) => r.quotaId}
        filters={<QuotaStatusFilter value={quotaFilters.quotaStatus?.[0]} onChange={(v) => quotasList.getState().patchFilters({ quotaStatus: v === undefined ? undefined : [v] })} />}
        selectedKey={picked?.quotaId ?? null}
        onSelectRow={(r) => setPicked(r)}
      />
      {picked ? (
        <section className="detail-panel" aria-label={t('vouchers.quota.detail')}>
          <QuotaSummary quota={picked} />
          <div className="toolbar">
            <button type="button" className="button button-primary" onClick={() => void openIssue({ quotaId: picked.quotaId })} data-testid="quota-issue">
              {t('vouchers.action.issueFromQuota')}
            </button>
            {t1 ? (
              <button type="button" className="button" onClick={() => void openQuotaGrant({ quotaId: picked.quotaId })} data-testid="quota-grant">
                {t('vouchers.action.grantFromQuota')}
              </button>
            ) : null}
          </div>
        </section>
      ) : (
        <p className="help">{t('vouchers.quota.pickHelp')}</p>
      )}
    </>
  );
}

export function ChildQuotasTab({ t1 }: { readonly t1: boolean }) {
  const { t, i18n } = useTranslation();
  const filters = useStore(childQuotasList, (s) => s.query.filters);
  const selection = useStore(childQuotasSelection);
  const columns = useMemo(
    () => [
      ...(t1 ? [selectColumn(childQuotasSelection, (r: ChildQuotaRow) => r.quotaId, (r) => `${r.indirectPartnerName ?? ''} ${r.quotaId}`, t)] : []),
      ...childQuotaColumnDefs(t, limitLanguage(i18n.language)),
    ],
    [t, i18n.language, selection, t1],
  );
  const reclaim = async () => {
    const rows = await resolveSelection<ChildQuotaRow, string, never>(
      childQuotasSelection.getState() as never,
      (request) => api.review.childQuotas(request as never),
      (r) => r.quotaId,
      async (keys) => keys.map((quotaId) => ({ quotaId }) as ChildQuotaRow),
    );
    await openQuotaReclaim({ quotaIds: rows.map((r) => r.quotaId) });
  };
  return (
    <>
      {t1 ? (
        <SelectionBar list={childQuotasList} selection={childQuotasSelection} testId="child-quotas-selection">
          {(count) => (
            <button type="button" className="button" disabled={count === 0} onClick={() => void reclaim().catch(shown)} data-testid="child-quotas-reclaim">
              {t('vouchers.action.reclaimQuotas', { formatted: count.toLocaleString() })}
            </button>
          )}
        </SelectionBar>
      ) : null}
      <ReviewTable
        tableId="child-quotas"
        label={t('vouchers.label.childQuotas')}
        store={childQuotasList}
        columns={columns}
        exportView="childQuotas"
        rowKey={(r) => r.quotaId}
        filters={<QuotaStatusFilter value={filters.quotaStatus?.[0]} onChange={(v) => childQuotasList.getState().patchFilters({ quotaStatus: v === undefined ? undefined : [v] })} />}
      />
    </>
  );
}

export function IssuedTab() {
  const { t } = useTranslation();
  const filters = useStore(issuedCouponsList, (s) => s.query.filters);
  const selection = useStore(issuedCouponsSelection);
  const columns = useMemo(
    () => [selectColumn(issuedCouponsSelection, (r: IssuedCouponRow) => r.couponId, (r) => r.couponId, t), ...issuedCouponColumnDefs(t)],
    [t, selection],
  );
  const reclaim = async () => {
    const s = issuedCouponsSelection.getState();
    const rows = await resolveSelection<IssuedCouponRow, string, never>(
      s as never,
      (request) => api.review.issuedCoupons(request as never),
      (r) => r.couponId,
      async (keys) => keys.map((couponId) => ({ couponId }) as IssuedCouponRow),
    );
    await openReclaim({ couponIds: rows.map((r) => r.couponId) });
  };
  return (
    <>
      <SelectionBar list={issuedCouponsList} selection={issuedCouponsSelection} testId="issued-selection">
        {(count) => (
          <button type="button" className="button" disabled={count === 0} onClick={() => void reclaim().catch(shown)} data-testid="issued-reclaim">
            {t('vouchers.action.reclaimSelected', { formatted: count.toLocaleString() })}
          </button>
        )}
      </SelectionBar>
      <ReviewTable
        tableId="issued-coupons"
        label={t('vouchers.label.issued')}
        store={issuedCouponsList}
        columns={columns}
        exportView="issuedCoupons"
        rowKey={(r) => r.couponId}
        filters={
          <fieldset className="filters">
            <legend>{t('kit.filters.legend')}</legend>
            <label>
              {t('vouchers.statusFilter')}
              <select
                value={filters.status?.[0] ?? ''}
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
    </>
  );
}

export function CouponRecordsTab() {
  const { t } = useTranslation();
  const filters = useStore(couponRecordsList, (s) => s.query.filters);
  const columns = useMemo(() => couponRecordColumnDefs(t), [t]);
  return (
    <ReviewTable
      tableId="coupon-records"
      label={t('vouchers.label.records')}
      store={couponRecordsList}
      columns={columns}
      exportView="couponRecords"
      rowKey={(r) => r.id}
      filters={
        <fieldset className="filters">
          <legend>{t('kit.filters.legend')}</legend>
          <ResultFilter value={filters.result} onChange={(result) => couponRecordsList.getState().patchFilters({ result })} />
          <DateRangeFilter idPrefix="coupon-records" from={filters.from} to={filters.to} onChange={(range) => couponRecordsList.getState().patchFilters(range)} />
        </fieldset>
      }
    />
  );
}

export function QuotaRecordsTab() {
  const { t } = useTranslation();
  const filters = useStore(quotaRecordsList, (s) => s.query.filters);
  const columns = useMemo(() => quotaRecordColumnDefs(t), [t]);
  return (
    <ReviewTable
      tableId="quota-records"
      label={t('vouchers.label.quotaRecords')}
      store={quotaRecordsList}
      columns={columns}
      exportView="quotaRecords"
      rowKey={(r) => r.id}
      filters={
        <fieldset className="filters">
          <legend>{t('kit.filters.legend')}</legend>
          <label>
            {t('vouchers.quotaRecord.operationType')}
            <select
              value={filters.operationType ?? ''}
              onChange={(e) => quotaRecordsList.getState().patchFilters({ operationType: (e.target.value || undefined) as QuotaRecordFilters['operationType'] })}
            >
              <option value="">{t('kit.filters.any')}</option>
              <option value="10">{t('vouchers.quotaOperation.10')}</option>
              <option value="11">{t('vouchers.quotaOperation.11')}</option>
            </select>
          </label>
          <ResultFilter value={filters.result} onChange={(result) => quotaRecordsList.getState().patchFilters({ result })} />
          <DateRangeFilter idPrefix="quota-records" from={filters.from} to={filters.to} onChange={(range) => quotaRecordsList.getState().patchFilters(range)} />
        </fieldset>
      }
    />
  );
}

function QuotaStatusFilter(props: { readonly value: number | undefined; onChange(value: number | undefined): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="filters">
      <legend>{t('kit.filters.legend')}</legend>
      <label>
        {t('vouchers.quota.quotaStatus')}
        <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
          <option value="">{t('kit.filters.any')}</option>
          {[0, 3, 4, 5, 6].map((s) => (
            <option key={s} value={s}>
              {t(`vouchers.quotaStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

function ResultFilter(props: { readonly value: CouponRecordFilters['result']; onChange(value: CouponRecordFilters['result']): void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('vouchers.resultFilter')}
      <select value={props.value ?? ''} onChange={(e) => props.onChange((e.target.value || undefined) as CouponRecordFilters['result'])}>
        <option value="">{t('kit.filters.any')}</option>
        <option value="0">{t('vouchers.result.0')}</option>
        <option value="-1">{t('vouchers.result.-1')}</option>
      </select>
    </label>
  );
}
