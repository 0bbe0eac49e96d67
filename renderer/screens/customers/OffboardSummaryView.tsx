// One offboarding as the journal holds it now: each reclaim with its state, the total reclaimed,
// and the export (CSV / XLSX) finance asks for. Shown after the send and in Activity.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalExport } from '../../../shared/contract/channels/activity';
import type { OffboardSummary } from '../../../shared/contract/channels/offboarding';
import type { IpcError } from '../../../shared/contract/errors';
import { formatMoney } from '../../../shared/domain/money';
import { api } from '../../bridge';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorOf } from '../../components/error-of';
import { offerDownload } from '../../components/download';
import { MoneyCell, currencyOf } from '../../components/MoneyCell';

export function OffboardSummaryView({ summary: s }: { summary: OffboardSummary }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<JournalExport | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const currency = currencyOf(s.currency);

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.customers.exportOffboard({ id: s.id, format, language: i18n.language === 'zh-CN' ? 'zh-CN' : 'en' });
      setDone(file);
      offerDownload(file, format);
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="offboard-summary" data-testid="offboard-summary" data-offboarding={s.id}>
      <p className="help">
        {t('offboard.started', { operator: s.operator })}{' '}
        <DateTime value={s.createdAt} />
      </p>
      <p role="status" data-testid="offboard-summary-line">
        {t('offboard.summary', { reclaimed: formatMoney(s.reclaimed, { currency }), applied: s.applied, failed: s.failed, unresolved: s.unresolved })}
      </p>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">{t('offboard.item')}</th>
            <th scope="col">{t('offboard.reclaims')}</th>
            <th scope="col">{t('offboard.status')}</th>
          </tr>
        </thead>
        <tbody>
          {s.items.map((i) => (
            <tr key={i.entryId} data-testid="offboard-summary-item" data-state={i.state}>
              <td>{i.kind === 'balance' ? t('offboard.balance') : t('offboard.coupon', { id: i.key })}</td>
              <td>
                <MoneyCell amount={i.amount} currency={currency} />
              </td>
              <td>
                {t(`activity.states.${i.state}`)}
                {i.reason ? <div className="help">{i18n.language === 'zh-CN' ? i.reason['zh-CN'] : i.reason.en}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row" role="group" aria-label={t('kit.export.label')}>
        <button type="button" className="button" disabled={busy} onClick={() => void run('csv')} data-testid="offboard-export-csv">
          {t('offboard.exportCsv')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run('xlsx')} data-testid="offboard-export-xlsx">
          {t('offboard.exportXlsx')}
        </button>
      </div>
      <p role="status" className="help" data-testid="offboard-exported">
        {done ? t('offboard.exported', { rows: done.rows, path: done.path }) : ''}
      </p>
      <ErrorNotice error={error} />
    </div>
  );
}
