import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../shared/contract/events';
import { bridge } from '../bridge';
import { formatDuration } from './format/duration';

/** The latest `task.progress` event of each task whose name passes `match`, in arrival order. */
export function useTaskProgress(match: (task: string) => boolean): ProgressEvent[] {
  const [tasks, setTasks] = useState<ReadonlyMap<string, ProgressEvent>>(new Map());
  // `match` is usually an inline arrow: keep the latest in a ref and subscribe once.
  const matchRef = useRef(match);
  matchRef.current = match;
  useEffect(
    () =>
      bridge.onEvent((event) => {
        if (event.name !== 'task.progress' || !matchRef.current(event.payload.task)) return;
        setTasks((prev) => new Map(prev).set(event.payload.task, event.payload));
      }),
    [],
  );
  return [...tasks.values()];
}

/**
 * One task's progress: a native <progress> (indeterminate while the total is unknown),
 * done/total, rate and ETA, and a cancel button while it runs.
 */
export function ProgressBar({ progress, label, onCancel }: { progress: ProgressEvent; label?: string; onCancel?: () => void }) {
  const { t } = useTranslation();
  const name = label ?? progress.task;
  const units = { h: t('kit.progress.units.h'), min: t('kit.progress.units.min'), s: t('kit.progress.units.s') };
  const running = progress.state === 'running' || progress.state === 'paused';
  const id = `progress-${progress.task.replace(/[^\w-]/g, '-')}`;
  return (
    <div className="progress" data-testid={id}>
      <label htmlFor={id} className="progress-label">
        {name} · {t(`kit.progress.state.${progress.state}`)}
      </label>
      <progress
        id={id}
        max={progress.total ?? undefined}
        value={progress.total === null ? undefined : Math.min(progress.done, progress.total)}
        aria-label={t('kit.progress.label', { task: name })}
      />
      <span className="progress-facts">
        {progress.total === null
          ? t('kit.progress.countsUnknown', { done: progress.done.toLocaleString() })
          : t('kit.progress.counts', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}
        {progress.ratePerSecond > 0 ? ` · ${t('kit.progress.rate', { rate: progress.ratePerSecond.toFixed(1) })}` : ''}
        {running && progress.etaSeconds !== null ? ` · ${t('kit.progress.eta', { time: formatDuration(progress.etaSeconds, units) })}` : ''}
      </span>
      {running && onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {t('kit.progress.cancel')}
        </button>
      ) : null}
    </div>
  );
}
