// Adds one customer to the issue form: search the local store by name, account, id, phone or
// e-mail and pick from the first matches.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import { api } from '../../bridge';

export function CustomerPicker(props: { onPick(row: CustomerRow): void; readonly exclude: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<readonly CustomerRow[]>([]);
  useEffect(() => {
    const term = text.trim();
    if (!term) {
      setRows([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void api.review
        .customers({ offset: 0, limit: 8, search: term, filters: {} })
        .then((page) => live && setRows(page.rows))
        .catch(() => live && setRows([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return (
    <div className="field customer-picker">
      <label htmlFor={id}>{t('vouchers.issue.addCustomer')}</label>
      <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('customers.searchPlaceholder')} data-testid="issue-customer-search" />
      {rows.length > 0 ? (
        <ul className="picker-list" aria-label={t('vouchers.issue.matches')}>
          {rows.map((r) => (
            <li key={r.customerId}>
              <button
                type="button"
                className="button"
                disabled={props.exclude.has(r.customerId)}
                onClick={() => {
                  props.onPick(r);
                  setText('');
                }}
                data-testid={`issue-pick-${r.customerId}`}
              >
                {r.customerName ?? r.accountName} <span className="mono">{r.accountName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
