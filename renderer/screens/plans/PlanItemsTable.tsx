import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemView } from '../../../shared/contract/channels/plans';
import { MoneyCell } from '../../components/MoneyCell';

const PAGE = 100;
const ATTENTION = new Set(['unknown', 'failed', 'reconciled-not-applied', 'in-flight']);

/** Per-item outcomes; the ones that need attention (unknown, failed) first. */
export function PlanItemsTable({ items }: { items: readonly PlanItemView[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const sorted = [...items].sort((a, b) => Number(ATTENTION.has(b.outcome)) - Number(ATTENTION.has(a.outcome)) || a.index - b.index);
  const shown = sorted.slice(page * PAGE, page * PAGE + PAGE);
  return (
    <>
      <div className="plan-table-scroll">
      <table className="plan-table" data-testid="plan-items-table">
        <thead>
          <tr>
            <th scope="col">{t('plans.col.line')}</th>
            <th scope="col">{t('plans.col.counterparty')}</th>
            <th scope="col">{t('plans.col.amount')}</th>
            <th scope="col">{t('plans.col.outcome')}</th>
            <th scope="col">{t('plans.col.trans')}</th>
            <th scope="col">{t('plans.col.error')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <tr key={i.index} data-testid={`plan-item-${i.index}`} data-outcome={i.outcome} className={ATTENTION.has(i.outcome) ? 'row-problem' : undefined}>
              <td>{i.index + 1}</td>
              <td>{i.counterpartyName ? `${i.counterpartyName} (${i.counterpartyId})` : i.counterpartyId}</td>
              <td className="num"><MoneyCell amount={i.amount} /></td>
              <td>{t(`plans.outcomes.${i.outcome}`)}</td>
              <td className="mono">{i.transId ?? ''}</td>
              <td>{[i.errorCode, i.errorMessage].filter(Boolean).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {items.length > PAGE ? (
        <div className="button-row">
          <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('plans.prev')}</button>
          <span>{t('plans.page', { from: page * PAGE + 1, to: page * PAGE + shown.length, total: items.length })}</span>
          <button type="button" className="button" disabled={(page + 1) * PAGE >= items.length} onClick={() => setPage(page + 1)}>{t('plans.next')}</button>
        </div>
      ) : null}
    </>
  );
}
