import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncList } from '../../shared/contract/channels/sync';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { ErrorNotice } from './ErrorNotice';
import { useNeedsApi } from './OfflineBanner';
import { ProgressBar, useTaskProgress } from './ProgressBar';
import { errorOf } from './error-of';

/**
 * Fetches the given lists from the partner API into the local store, with a progress bar per
 * list and a cancel button. Disabled, with the reason, while the API is unreachable.
 */
export function SyncButton({ lists, months, onFinished, testId }: {
  lists: readonly SyncList[];
  /** Bill months to fetch (YYYY-MM); the API's default window (last 3 months) without. */
  months?: readonly string[];
  onFinished?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const needsApi = useNeedsApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const allSyncs = useTaskProgress((task) => task.startsWith('sync:'));
  const progress = allSyncs.filter((p) => lists.some((l) => p.task === `sync:${l}`));
  // One sync runs at a time: while another screen's runs, say so instead of failing on click.
  const otherRunning = allSyncs.some((p) => p.state === 'running' && !progress.includes(p));
  // sync.start returns once the run is under way; reload the tables when a list finishes.
  const finished = progress.filter((p) => p.state === 'done').length;
  const seen = useRef(finished);
  useEffect(() => {
    if (finished > seen.current) onFinished?.();
    seen.current = finished;
  }, [finished, onFinished]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.sync.start({ lists: [...lists], ...(months?.length ? { months: [...months] } : {}) });
      onFinished?.();
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sync-button">
      <button
        type="button"
        className="button"
        data-testid={testId}
        disabled={needsApi.disabled || busy || otherRunning}
        title={needsApi.reason ?? (otherRunning ? t('kit.sync.otherRunning') : undefined)}
        aria-describedby={(needsApi.disabled || otherRunning) && testId ? `${testId}-why` : undefined}
        onClick={() => void start()}
      >
        {busy ? t('kit.sync.running') : t('kit.sync.button')}
      </button>
      {needsApi.disabled || otherRunning ? (
        <span id={testId ? `${testId}-why` : undefined} className="help">
          {needsApi.reason ?? t('kit.sync.otherRunning')}
        </span>
      ) : null}
      {progress.map((p) => (
        <ProgressBar key={p.task} progress={p} label={t(`kit.sync.list.${p.task.replace(/^sync:/, '')}`, { defaultValue: p.task })} onCancel={() => void api.sync.cancel().catch(() => undefined)} />
      ))}
      <ErrorNotice error={error} />
    </div>
  );
}
