// The money journal: unresolved entries first with a Reconcile action, then newest first; every
// entry shows operator, profile, request id, times and outcome. Filters and CSV/XLSX export.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journalStates, moneyOperations, type JournalEntryView, type JournalState, type MoneyOperation } from '../../../shared/contract/channels/activity';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useActivityStore } from '../../stores/activity-store';
import { useFundingStore } from '../../stores/funding-store';
import { FundingConfirm } from '../funding/FundingConfirm';
import { operationLabel } from '../funding/operations';
import { ActivityExport } from './ActivityExport';
import { ActivityRow } from './ActivityRow';
import { OffboardPanel } from './OffboardPanel';

export function ActivityScreen() {
  const { t, i18n } = useTranslation();
  const ids = { state: useId(), op: useId(), from: useId(), to: useId(), cp: useId() };
  const { page, error, filters, setFilters, load, reconciling, reconcileAll, summary } = useActivityStore();
  const fundingError = useFundingStore((s) => s.error);
  const [counterparty, setCounterparty] = useState(filters.counterparty ?? '');

  useEffect(() => {
    void load();
  }, [load]);

  const unresolved = page?.unresolved ?? 0;
  const entries: readonly JournalEntryView[] = page?.entries ?? [];

  return (
    <section className="screen" aria-labelledby="activity-title">
      <h1 id="activity-title">{t('activity.title')}</h1>
      <p className="help">{t('activity.intro')}</p>
      {unresolved > 0 ? (
        <div role="status" className="notice notice-warn" data-testid="activity-unresolved">
          <p>{t('activity.unresolved', { count: unresolved })}</p>
          <button type="button" className="button" disabled={reconciling.size > 0} onClick={() => void reconcileAll()}>
            {reconciling.has('*') ? t('activity.reconciling') : t('activity.reconcileAll')}
          </button>
        </div>
      ) : null}
      {summary ? (
        <p role="status" className="help" data-testid="activity-summary">
          {t('activity.reconcileSummary', { examined: summary.examined, applied: summary.applied, notApplied: summary.notApplied, stillUnknown: summary.stillUnknown })}
        </p>
      ) : null}
      <ErrorNotice error={error} />
      <OffboardPanel />
      {/* A refused "Send again" (its preview or its send), in the operator's language. */}
      <ErrorNotice error={fundingError} />
      <form className="card filter-bar" aria-label={t('activity.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.state}>{t('activity.state')}</label>
          <select
            id={ids.state}
            value={filters.states?.[0] ?? ''}
            onChange={(e) => setFilters({ ...filters, states: e.target.value ? [e.target.value as JournalState] : undefined })}
          >
            <option value="">{t('activity.any')}</option>
            {journalStates.map((s) => (
              <option key={s} value={s}>
                {t(`activity.states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.op}>{t('activity.operation')}</label>
          <select
            id={ids.op}
            value={filters.operations?.[0] ?? ''}
            onChange={(e) => setFilters({ ...filters, operations: e.target.value ? [e.target.value as MoneyOperation] : undefined })}
          >
            <option value="">{t('activity.any')}</option>
            {moneyOperations.map((o) => (
              <option key={o} value={o}>
                {operationLabel(o, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>{t('activity.from')}</label>
          <input id={ids.from} type="date" value={filters.from ?? ''} onChange={(e) => setFilters({ ...filters, from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('activity.to')}</label>
          <input id={ids.to} type="date" value={filters.to ?? ''} onChange={(e) => setFilters({ ...filters, to: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor={ids.cp}>{t('activity.counterparty')}</label>
          <input
            id={ids.cp}
            type="search"
            value={counterparty}
            onChange={(e) => setCounterparty(e.target.value)}
            onBlur={() => setFilters({ ...filters, counterparty: counterparty.trim() || undefined })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setFilters({ ...filters, counterparty: counterparty.trim() || undefined });
            }}
          />
        </div>
      </form>
      <ActivityExport filters={filters} />
      <p className="help">{t('activity.total', { count: page?.total ?? 0 })}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="activity-table-caption">
        <table className="activity-table" data-testid="activity-table">
          <caption id="activity-table-caption">{t('activity.tableLabel')}</caption>
          <thead>
            <tr>
              {(['createdAt', 'operation', 'counterparty', 'amount', 'state', 'outcome', 'operator', 'profile', 'requestId', 'actions'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`activity.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 ? (
              <tr>
                <td colSpan={10}>{t('activity.empty')}</td>
              </tr>
            ) : (
              entries.map((e) => <ActivityRow key={e.id} entry={e} />)
            )}
          </tbody>
        </table>
      </div>
      <p className="help">{t('activity.matchingRule')}</p>
      <FundingConfirm />
    </section>
  );
}
