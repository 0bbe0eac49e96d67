// Above the Customers table: the tick-box selection and what can be done with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorOf } from '../../components/error-of';
import { SelectionBar } from '../../components/SelectionBar';
import { customersSelection, selectedCustomerIds } from '../../stores/customer-selection';
import { customersList } from '../../stores/customers-store';
import { openIssue } from '../../stores/vouchers-store';
import { MAX_VOUCHER_ITEMS } from '../../../shared/contract/channels/vouchers';
import type { IpcError } from '../../../shared/contract/errors';

export function CustomerSelectionBar() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      const customerIds = await selectedCustomerIds();
      await openIssue({ customerIds });
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <SelectionBar list={customersList} selection={customersSelection} testId="customers-selection">
        {(count) => (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={count === 0 || count > MAX_VOUCHER_ITEMS || busy}
              onClick={() => void issue()}
              data-testid="customers-issue-selected"
            >
              {busy ? t('kit.select.resolving') : t('vouchers.fromCustomers.issueSelected', { formatted: count.toLocaleString() })}
            </button>
            {count > MAX_VOUCHER_ITEMS ? <span className="help">{t('vouchers.fromCustomers.tooMany', { max: MAX_VOUCHER_ITEMS.toLocaleString() })}</span> : null}
          </>
        )}
      </SelectionBar>
      <ErrorNotice error={error} />
    </>
  );
}
