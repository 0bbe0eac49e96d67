import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../shared/contract/channels/review';
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { useSettingsStore } from '../stores/settings-store';
import { ErrorNotice } from './ErrorNotice';
import { errorOf } from './error-of';

export type ExportRequest = InputOf<Contract['review']['export']>;
type WithoutFormat<T> = T extends unknown ? Omit<T, 'format' | 'language'> : never;
/** An export request without format and language (the button adds both). */
export type ExportBase = WithoutFormat<ExportRequest>;

/**
 * CSV and XLSX of what the table shows (its search, sort, filters and visible columns), from
 * the local store, so it works offline. The file lands in the profile's exports folder; in the
 * browser host it is also downloaded.
 */
export function ExportButton({ request, testId }: { request: ExportBase; testId?: string }) {
  const { t, i18n } = useTranslation();
  const host = useSettingsStore((s) => s.info?.host);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
      const done = await api.review.export({ ...request, format, language } as ExportRequest);
      setResult(done);
      if (host === 'web') await download(done.fileName);
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export" data-testid={testId}>
      <div className="button-row" role="group" aria-label={t('kit.export.label')}>
        <button type="button" className="button" disabled={busy} onClick={() => void run('csv')}>
          {t('kit.export.csv')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run('xlsx')}>
          {t('kit.export.xlsx')}
        </button>
      </div>
      <p role="status" className="help export-status">
        {busy ? t('kit.export.working') : result ? t('kit.export.done', { count: result.rowCount, path: result.path }) : ''}
      </p>
      <ErrorNotice error={error} />
    </div>
  );
}

/** Web host: hands a file of the exports folder to the browser as a download. */
export async function download(fileName: string): Promise<void> {
  const file = await api.review.downloadExport({ fileName });
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
