import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResellerRow } from '../../../shared/contract/channels/review';
import type { StatementSummaryRow } from '../../../shared/contract/channels/statements';
import { api } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { download } from '../../components/ExportButton';
import { MoneyCell, currencyOf } from '../../components/MoneyCell';
import { SyncButton } from '../../components/SyncButton';
import { useSettingsStore } from '../../stores/settings-store';
import { PAGE_SIZE, useStatements } from '../../stores/statements-store';
import { StatementDetail } from './StatementDetail';

const MONEY_COLUMNS = ['opening', 'granted', 'reclaimed', 'cashConsumed', 'voucherConsumed', 'closing', 'syncedBalance', 'difference'] as const;

/** Every Beijing month from `from` to `to`, for the bills the period needs. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; i < 24; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function StatementsScreen() {
  const { t, i18n } = useTranslation();
  const host = useSettingsStore((s) => s.info?.host);
  const s = useStatements();
  const [resellers, setResellers] = useState<readonly ResellerRow[]>([]);
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const currency = currencyOf(s.summary?.currency);
  const months = useMemo(() => monthsOf(s.scope.fromMonth, s.scope.toMonth), [s.scope.fromMonth, s.scope.toMonth]);

  useEffect(() => {
    void useStatements.getState().load();
    api.review.resellers({ limit: 500 }).then((p) => setResellers(p.rows), () => setResellers([]));
  }, []);

  const exportAs = async (format: 'xlsx' | 'pdf', customerIds?: string[]) => {
    const done = await s.exportAs(format, language, customerIds);
    if (done && host === 'web') await download(done.fileName);
  };

  const reasonText = (r: StatementSummaryRow) => t(`statements.reason.${r.reason}`);
  const sum = s.summary;
  const coverage = sum?.coverage;

  return (
    <section className="screen" aria-labelledby="statements-title">
      <div className="screen-head">
        <h1 id="statements-title">{t('statements.title')}</h1>
      </div>
      <p className="help">{t('statements.help')}</p>
      <p className="help">{t('statements.syncHelp')}</p>
      <SyncButton lists={['customers', 'adjustRecords', 'couponRecords', 'billSums']} months={months} testId="statements-sync" onFinished={() => void s.load()} />
      <fieldset className="filters">
        <legend>{t('kit.filters.legend')}</legend>
        <label>
          {t('statements.from')}
          <input type="month" data-testid="statements-from" value={s.scope.fromMonth} onChange={(e) => e.target.value && s.setScope({ fromMonth: e.target.value })} />
        </label>
        <label>
          {t('statements.to')}
          <input type="month" data-testid="statements-to" value={s.scope.toMonth} onChange={(e) => e.target.value && s.setScope({ toMonth: e.target.value })} />
        </label>
        {resellers.length ? (
          <label>
            {t('statements.reseller')}
            <select data-testid="statements-reseller" value={s.scope.indirectPartnerId} onChange={(e) => s.setScope({ indirectPartnerId: e.target.value })}>
              <option value="">{t('statements.allCustomers')}</option>
              {resellers.map((r) => (
                <option key={r.indirectPartnerId} value={r.indirectPartnerId}>{r.name ?? r.accountName ?? r.indirectPartnerId}</option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('statements.search')}
          <input type="search" data-testid="statements-search" value={s.scope.search} onChange={(e) => s.setScope({ search: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" data-testid="statements-only-differences" checked={s.scope.onlyDifferences} onChange={(e) => s.setScope({ onlyDifferences: e.target.checked })} />
          {t('statements.onlyDifferences')}
        </label>
      </fieldset>
      <ErrorNotice error={s.error} />
      {coverage ? (
        <p className="help" data-testid="statements-coverage">
          {t('statements.coverage', {
            balances: coverage.balancesAsOf ?? t('statements.never'),
            records: coverage.recordsFrom ?? t('statements.never'),
            bills: coverage.firstBillMonth ? `${coverage.firstBillMonth} – ${coverage.lastBillMonth}` : t('statements.never'),
          })}
        </p>
      ) : null}
      <div className="button-row" role="group" aria-label={t('statements.exportLabel')}>
        <button type="button" className="button" data-testid="statements-export-xlsx" disabled={s.exporting || !sum?.total} onClick={() => void exportAs('xlsx')}>{t('statements.exportXlsx')}</button>
        <button type="button" className="button" data-testid="statements-export-pdf" disabled={s.exporting || !sum?.total} onClick={() => void exportAs('pdf')}>{t('statements.exportPdf')}</button>
      </div>
      <p role="status" className="help" data-testid="statements-export-status">
        {s.exporting ? t('statements.exporting') : s.exported ? t('statements.exported', { count: s.exported.customerCount, path: s.exported.path }) : ''}
      </p>
      <ErrorNotice error={s.exportError} />
      {s.detail ? (
        <StatementDetail statement={s.detail} busy={s.exporting} onClose={s.close} onExport={(format) => void exportAs(format, [s.detail!.row.customerId])} />
      ) : sum ? (
        <>
          <p className="help" data-testid="statements-count">{t('statements.count', { count: sum.total, diff: sum.withDifference })}</p>
          <div className="plan-table-scroll">
            <table className="plan-table" aria-label={t('statements.tableLabel')} data-testid="statements-table">
              <thead>
                <tr>
                  <th scope="col">{t('statements.col.customer')}</th>
                  {MONEY_COLUMNS.map((c) => <th key={c} scope="col" className="num">{t(`statements.col.${c}`)}</th>)}
                  <th scope="col">{t('statements.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {sum.rows.map((r) => (
                  <tr key={r.customerId} className={r.reason === 'recordsMissing' || r.reason === 'carriedIn' ? 'row-problem' : undefined}>
                    <td>
                      <button type="button" className="link-button" onClick={() => void s.open(r.customerId)}>{r.customerName ?? r.accountName ?? r.customerId}</button>
                    </td>
                    {MONEY_COLUMNS.map((c) => <td key={c} className="num"><MoneyCell amount={r[c]} currency={currency} /></td>)}
                    <td>{reasonText(r)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('statements.total')}</th>
                  {MONEY_COLUMNS.map((c) => <td key={c} className="num">{c === 'syncedBalance' ? null : <MoneyCell amount={sum.totals[c]} currency={currency} />}</td>)}
                  <td />
                </tr>
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <button type="button" className="button" disabled={s.offset === 0} onClick={() => s.page(Math.max(0, s.offset - PAGE_SIZE))}>{t('statements.prev')}</button>
            <span className="help">{t('statements.page', { from: sum.total ? s.offset + 1 : 0, to: Math.min(s.offset + PAGE_SIZE, sum.total), total: sum.total })}</span>
            <button type="button" className="button" disabled={s.offset + PAGE_SIZE >= sum.total} onClick={() => s.page(s.offset + PAGE_SIZE)}>{t('statements.next')}</button>
          </div>
        </>
      ) : null}
    </section>
  );
}
