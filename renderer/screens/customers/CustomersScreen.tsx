import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import { useStore } from 'zustand';
import { AsOf } from '../../components/AsOf';
import { ReviewTable } from '../../components/ReviewTable';
import { SyncButton } from '../../components/SyncButton';
import { selectColumn } from '../../components/table/row-selection';
import { customersSelection } from '../../stores/customer-selection';
import { customersList, useCustomerDetail } from '../../stores/customers-store';
import { useProfilesStore } from '../../stores/profiles-store';
import { customerColumnDefs } from './customer-columns';
import { CustomerSelectionBar } from './CustomerSelectionBar';
import { CustomerDetailPanel } from './CustomerDetailPanel';
import { CustomerFilters } from './CustomerFilters';
import { OffboardDialog } from './OffboardDialog';

export function CustomersScreen() {
  const { t, i18n } = useTranslation();
  const asOf = useStore(customersList, (s) => s.asOf);
  const ready = useStore(customersList, (s) => s.ready);
  const { selectedId, select } = useCustomerDetail();
  const selection = useStore(customersSelection);
  // Column headers and code names follow the language; the tick boxes follow the selection.
  const columns = useMemo(
    () => [selectColumn(customersSelection, (r: CustomerRow) => r.customerId, (r) => r.customerName ?? r.accountName, t), ...customerColumnDefs(t)],
    [t, i18n.language, selection],
  );

  useEffect(() => {
    if (!customersList.getState().ready) customersList.getState().refresh();
    // The active profile's site decides which actions a customer offers (funding or intl freeze/budget).
    if (!useProfilesStore.getState().list) void useProfilesStore.getState().load();
  }, []);

  return (
    <section className="screen" aria-labelledby="customers-title">
      <div className="screen-head">
        <h1 id="customers-title">{t('customers.title')}</h1>
        {ready ? <AsOf value={asOf} testId="customers-as-of" /> : null}
      </div>
      <SyncButton lists={['customers']} testId="customers-sync" onFinished={() => customersList.getState().refresh()} />
      <CustomerSelectionBar />
      <div className={selectedId ? 'split with-detail' : 'split'}>
        <ReviewTable
          tableId="customers"
          label={t('customers.tableLabel')}
          store={customersList}
          columns={columns}
          exportView="customers"
          rowKey={(r) => r.customerId}
          selectedKey={selectedId}
          onSelectRow={(r) => void select(r.customerId)}
          filters={<CustomerFilters />}
          searchPlaceholder={t('customers.searchPlaceholder')}
        />
        <CustomerDetailPanel />
      </div>
      <OffboardDialog />
    </section>
  );
}
