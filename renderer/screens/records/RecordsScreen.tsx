import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AsOf } from '../../components/AsOf';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { ReviewTable } from '../../components/ReviewTable';
import { SyncButton } from '../../components/SyncButton';
import { Tabs } from '../../components/Tabs';
import { accountChangesList, adjustRecordsList, type AccountChangeFilters } from '../../stores/records-store';
import { accountChangeColumnDefs, adjustColumnDefs } from './record-columns';

const OPERATIONS = ['SOURCE_OPERATION_BEADJUST', 'SOURCE_OPERATION_BERETRIEVE', 'SOURCE_OPERATION_BEUNBIND'] as const;

export function RecordsScreen() {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<'adjust' | 'changes'>('adjust');
  const list = tab === 'adjust' ? adjustRecordsList : accountChangesList;
  const asOf = useStore(list, (s) => s.asOf);
  const ready = useStore(list, (s) => s.ready);
  const adjustFilters = useStore(adjustRecordsList, (s) => s.query.filters);
  const changeFilters = useStore(accountChangesList, (s) => s.query.filters);
  const adjustColumns = useMemo(() => adjustColumnDefs(t), [t, i18n.language]);
  const changeColumns = useMemo(() => accountChangeColumnDefs(t), [t, i18n.language]);

  useEffect(() => {
    if (!list.getState().ready) list.getState().refresh();
  }, [list]);

  return (
    <section className="screen" aria-labelledby="records-title">
      <div className="screen-head">
        <h1 id="records-title">{t('records.title')}</h1>
        {ready ? <AsOf value={asOf} testId="records-as-of" /> : null}
      </div>
      <SyncButton
        lists={['adjustRecords', 'accountChanges']}
        testId="records-sync"
        onFinished={() => {
          adjustRecordsList.getState().refresh();
          accountChangesList.getState().refresh();
        }}
      />
      <Tabs
        label={t('records.tabsLabel')}
        tabs={[
          { id: 'adjust', label: t('records.adjustTab') },
          { id: 'changes', label: t('records.changesTab') },
        ]}
        selected={tab}
        onSelect={(id) => setTab(id as 'adjust' | 'changes')}
      >
        {tab === 'adjust' ? (
          <ReviewTable
            tableId="adjust-records"
            label={t('records.adjustLabel')}
            store={adjustRecordsList}
            columns={adjustColumns}
            exportView="adjustRecords"
            rowKey={(r) => r.recordKey}
            filters={
              <fieldset className="filters">
                <legend>{t('kit.filters.legend')}</legend>
                <label>
                  {t('records.operationFilter')}
                  <select
                    value={adjustFilters.operationType?.[0] ?? ''}
                    onChange={(e) => adjustRecordsList.getState().patchFilters({ operationType: e.target.value ? [e.target.value] : undefined })}
                  >
                    <option value="">{t('kit.filters.any')}</option>
                    {OPERATIONS.map((o) => (
                      <option key={o} value={o}>
                        {t(`customers.operation.${o}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <DateRangeFilter
                  idPrefix="adjust-records"
                  from={adjustFilters.from}
                  to={adjustFilters.to}
                  onChange={(range) => adjustRecordsList.getState().patchFilters(range)}
                />
              </fieldset>
            }
          />
        ) : (
          <ReviewTable
            tableId="account-changes"
            label={t('records.changesLabel')}
            store={accountChangesList}
            columns={changeColumns}
            exportView="accountChanges"
            rowKey={(r) => r.accountChangeId}
            filters={
              <fieldset className="filters">
                <legend>{t('kit.filters.legend')}</legend>
                <label>
                  {t('records.directionFilter')}
                  <select
                    value={changeFilters.type ?? ''}
                    onChange={(e) => accountChangesList.getState().patchFilters({ type: (e.target.value || undefined) as AccountChangeFilters['type'] })}
                  >
                    <option value="">{t('kit.filters.any')}</option>
                    <option value="1">{t('records.direction.1')}</option>
                    <option value="2">{t('records.direction.2')}</option>
                  </select>
                </label>
                <label>
                  {t('records.balanceTypeFilter')}
                  <select
                    value={changeFilters.balanceType ?? ''}
                    onChange={(e) =>
                      accountChangesList.getState().patchFilters({ balanceType: (e.target.value || undefined) as AccountChangeFilters['balanceType'] })
                    }
                  >
                    <option value="">{t('kit.filters.any')}</option>
                    <option value="BALANCE_TYPE_DEBIT">{t('records.balanceType.BALANCE_TYPE_DEBIT')}</option>
                    <option value="BALANCE_TYPE_CREDIT">{t('records.balanceType.BALANCE_TYPE_CREDIT')}</option>
                  </select>
                </label>
                <DateRangeFilter
                  idPrefix="account-changes"
                  from={changeFilters.from}
                  to={changeFilters.to}
                  onChange={(range) => accountChangesList.getState().patchFilters(range)}
                />
              </fieldset>
            }
          />
        )}
      </Tabs>
    </section>
  );
}
