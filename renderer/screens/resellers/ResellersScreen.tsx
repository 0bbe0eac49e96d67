import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ResellerRow } from '../../../shared/contract/channels/review';
import { AmountFilter } from '../../components/AmountFilter';
import { AsOf } from '../../components/AsOf';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReviewTable } from '../../components/ReviewTable';
import { SyncButton } from '../../components/SyncButton';
import { useProfilesStore } from '../../stores/profiles-store';
import { resellerCustomersList } from '../../stores/customers-store';
import { resellersList, useResellerBalances } from '../../stores/resellers-store';
import { customerColumnDefs } from '../customers/customer-columns';
import { BalancesTable } from './BalancesTable';
import { resellerColumnDefs } from './reseller-columns';

export function ResellersScreen() {
  const { t, i18n } = useTranslation();
  const { asOf, ready, query, patchFilters } = useStore(resellersList);
  const { own, ownError, selected, selectedBalances, selectedError, loadOwn, select } = useResellerBalances();
  const role = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId)?.role);
  const customerColumns = useMemo(() => customerColumnDefs(t).filter((c) => c.id !== 'indirectPartnerName'), [t, i18n.language]);

  useEffect(() => {
    if (!resellersList.getState().ready) resellersList.getState().refresh();
    void loadOwn();
    // The role decides whether this screen applies (T1) or only explains itself (SP).
    if (!useProfilesStore.getState().list) void useProfilesStore.getState().load();
  }, [loadOwn]);

  const pick = (row: ResellerRow) => {
    void select(row);
    resellerCustomersList.getState().patchFilters({ indirectPartnerId: row.indirectPartnerId });
  };
  const name = selected ? (selected.name ?? selected.accountName ?? selected.indirectPartnerId) : '';

  return (
    <section className="screen" aria-labelledby="resellers-title">
      <div className="screen-head">
        <h1 id="resellers-title">{t('resellers.title')}</h1>
        {ready ? <AsOf value={asOf} testId="resellers-as-of" /> : null}
      </div>
      {role === 'SP' ? <p className="notice notice-warn">{t('resellers.spNote')}</p> : null}
      <SyncButton
        lists={['resellers', 'partnerBalances']}
        testId="resellers-sync"
        onFinished={() => {
          resellersList.getState().refresh();
          void loadOwn();
        }}
      />
      <section className="card" aria-labelledby="resellers-own">
        <h2 id="resellers-own">{t('resellers.own.title')}</h2>
        <ErrorNotice error={ownError} />
        {own ? (
          <>
            <BalancesTable balances={own.balances} caption={t('resellers.own.label')} testId="resellers-own-balances" />
            <AsOf value={own.asOf} />
          </>
        ) : null}
      </section>
      <ReviewTable
        tableId="resellers"
        label={t('resellers.tableLabel')}
        store={resellersList}
        columns={resellerColumnDefs}
        exportView="resellers"
        rowKey={(r) => r.indirectPartnerId}
        selectedKey={selected?.indirectPartnerId ?? null}
        onSelectRow={pick}
        searchPlaceholder={t('resellers.searchPlaceholder')}
        height={360}
        filters={
          <fieldset className="filters">
            <legend>{t('kit.filters.legend')}</legend>
            <AmountFilter
              id="resellers-filter-balance-min"
              label={t('customers.filter.balanceMin')}
              value={query.filters.balanceMin}
              invalidText={t('customers.filter.badAmount')}
              onChange={(v) => patchFilters({ balanceMin: v })}
            />
            <AmountFilter
              id="resellers-filter-balance-max"
              label={t('customers.filter.balanceMax')}
              value={query.filters.balanceMax}
              invalidText={t('customers.filter.badAmount')}
              onChange={(v) => patchFilters({ balanceMax: v })}
            />
          </fieldset>
        }
      />
      {selected ? (
        <section className="card" aria-labelledby="resellers-selected" data-testid="reseller-detail">
          <h2 id="resellers-selected">{t('resellers.selected.balances', { name })}</h2>
          <ErrorNotice error={selectedError} />
          {selectedBalances ? <BalancesTable balances={selectedBalances.balances} caption={t('resellers.selected.balances', { name })} /> : null}
          <h2>{t('resellers.selected.customers', { name })}</h2>
          <ReviewTable
            tableId="reseller-customers"
            label={t('resellers.selected.customersTableLabel')}
            store={resellerCustomersList}
            columns={customerColumns}
            exportView="customers"
            rowKey={(r) => r.customerId}
            height={320}
          />
        </section>
      ) : (
        <p className="help">{t('resellers.selected.pick')}</p>
      )}
    </section>
  );
}
