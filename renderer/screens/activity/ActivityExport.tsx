// CSV/XLSX of the journal as filtered; the file lands in the profile's exports folder and, in
// the browser host, is also downloaded.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalExport, JournalFilters } from '../../../shared/contract/channels/activity';
import type { IpcError } from '../../../shared/contract/errors';
import { api } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorOf } from '../../components/table/paged-list';
import { offerDownload } from '../../components/download';

export function ActivityExport({ filters }: { filters: JournalFilters }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<JournalExport | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.activity.export({ format, filters, language: i18n.language === 'zh-CN' ? 'zh-CN' : 'en' });
      setDone(result);
      offerDownload(result, format);
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <div className="button-row" role="group" aria-label={t('kit.export.label')}>
        <button type="button" className="button" disabled={busy} onClick={() => void run('csv')}>
          {t('activity.exportCsv')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run('xlsx')}>
          {t('activity.exportXlsx')}
        </button>
      </div>
      <p role="status" className="help">
        {done ? t('activity.exported', { rows: done.rows, path: done.path }) : ''}
      </p>
      <ErrorNotice error={error} />
    </div>
  );
}
