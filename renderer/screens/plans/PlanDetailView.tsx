import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import { formatMoney, toChineseCapital } from '../../../shared/domain/money';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MoneyCell } from '../../components/MoneyCell';
import { ProgressBar, useTaskProgress } from '../../components/ProgressBar';
import { api } from '../../bridge';
import { download, usePlansStore } from '../../stores/plans-store';
import { PlanApprovalSection } from './PlanApprovalSection';
import { PlanParamsSection } from './PlanParamsSection';
import { PlanItemsTable } from './PlanItemsTable';
import { PlanRowsTable } from './PlanRowsTable';
import { RunningElsewhere, RunningOnBadge } from './RunningOn';
import { formatInZone } from '../../components/format/time';

export function PlanDetailView({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const { run, busy } = usePlansStore();
  const [confirming, setConfirming] = useState(false);
  const progress = useTaskProgress((task) => task === `plan:${plan.id}`)[0];
  const editable = plan.status === 'draft' || plan.status === 'ready';
  const live = progress && (progress.state === 'running' || progress.state === 'paused');
  const running = plan.status === 'running' || progress?.state === 'running';
  // A shared plan whose run lock another workstation holds: only that one sends its items.
  const canRun = !plan.runningOn && (plan.status === 'ready' || plan.status === 'paused' || (plan.status === 'finished' && (plan.execution?.notApplied ?? 0) > 0)) && plan.approvalValid;
  const refresh = () => run(() => api.plans.get({ id: plan.id }));

  // Refresh once when a run ends, so the items table and the status catch up.
  const lastState = progress?.state;
  const [seenEnd, setSeenEnd] = useState<string | undefined>(undefined);
  if (lastState && lastState !== 'running' && seenEnd !== `${lastState}:${progress.done}`) {
    setSeenEnd(`${lastState}:${progress.done}`);
    void refresh();
  }

  return (
    <article className="card plan-detail" aria-labelledby="plan-title" data-testid="plan-detail">
      <h2 id="plan-title">{plan.name}</h2>
      <dl className="facts">
        <dt>{t('plans.kind')}</dt>
        <dd>{t(`plans.kinds.${plan.kind}`)}</dd>
        <dt>{t('plans.statusLabel')}</dt>
        <dd>
          <span data-testid="plan-status">{t(`plans.status.${plan.status}`)}</span> <RunningOnBadge plan={plan} />
        </dd>
        <dt>{t('plans.author')}</dt>
        <dd>{plan.author}</dd>
        <dt>{t('plans.rows')}</dt>
        <dd data-testid="plan-rows">{plan.rowCount}</dd>
        <dt>{t('plans.errors')}</dt>
        <dd data-testid="plan-error-rows">{plan.errorRows}</dd>
        <dt>{t('plans.total')}</dt>
        <dd data-testid="plan-total"><MoneyCell amount={plan.total} /></dd>
        {plan.allocatable ? (
          <>
            <dt>{t('plans.allocatable', { at: formatInZone(new Date(plan.allocatable.fetchedAt)) })}</dt>
            <dd><MoneyCell amount={plan.allocatable.amount} /></dd>
          </>
        ) : null}
        <dt>{t('plans.hash')}</dt>
        <dd className="mono" title={plan.contentHash}>{plan.contentHash.slice(0, 16)}…</dd>
      </dl>

      {plan.problems.length ? (
        <div role="alert" className="plan-problems">
          <h3>{t('plans.planProblems')}</h3>
          <ul>{plan.problems.map((p, i) => <li key={i}>{p.messages[i18n.language === 'zh-CN' ? 'zh-CN' : 'en']}</li>)}</ul>
        </div>
      ) : null}

      <PlanParamsSection plan={plan} editable={editable} />

      <PlanApprovalSection plan={plan} />

      <RunningElsewhere plan={plan} />

      <div className="button-row plan-actions">
        {editable ? (
          <>
            <button type="button" className="button" data-testid="plan-save-draft" disabled={busy} onClick={() => void run(() => api.plans.saveDraft({ id: plan.id }))}>{t('plans.saveDraft')}</button>
            <button type="button" className="button" data-testid="plan-revalidate" disabled={busy} onClick={() => void run(() => api.plans.revalidate({ id: plan.id }))}>{t('plans.revalidate')}</button>
            <button type="button" className="button button-primary" data-testid="plan-save" disabled={busy} onClick={() => void run(() => api.plans.save({ id: plan.id }))}>{t('plans.save')}</button>
          </>
        ) : null}
        {canRun && !running ? (
          <button type="button" className="button button-primary" data-testid="plan-execute" disabled={busy} onClick={() => setConfirming(true)}>
            {plan.execution ? t('plans.resume') : t('plans.execute')}
          </button>
        ) : null}
        {/* A run elsewhere is paused or cancelled on the workstation running it. */}
        {running && !plan.runningOn ? (
          <button type="button" className="button" data-testid="plan-pause" onClick={() => void run(() => api.plans.pause({ id: plan.id }))}>{t('plans.pause')}</button>
        ) : null}
        {(running && !plan.runningOn) || plan.status === 'paused' ? (
          <button type="button" className="button button-danger" data-testid="plan-cancel" onClick={() => void run(() => api.plans.cancel({ id: plan.id }))}>{t('plans.cancel')}</button>
        ) : null}
        {!running && (plan.execution?.unknown ?? 0) > 0 ? (
          <button type="button" className="button" data-testid="plan-reconcile" disabled={busy} onClick={() => void run(() => api.plans.reconcile({ id: plan.id }))}>{t('plans.reconcile')}</button>
        ) : null}
        {!plan.execution && plan.status !== 'running' ? (
          <button type="button" className="button button-danger" data-testid="plan-delete" disabled={busy} onClick={() => void run(async () => { await api.plans.delete({ id: plan.id }); usePlansStore.setState({ current: null }); })}>{t('plans.delete')}</button>
        ) : null}
      </div>

      {live || progress ? (
        <ProgressBar
          progress={progress!}
          label={`${t('plans.progressLabel', { name: plan.name })} · ${t('plans.moved', { amount: formatMoney(String(progress!.detail?.amountMoved ?? '0'), {}) })}`}
          {...(running && !plan.runningOn ? { onCancel: () => void run(() => api.plans.cancel({ id: plan.id })) } : {})}
        />
      ) : null}

      {plan.execution ? (
        <section aria-labelledby="plan-execution">
          <h3 id="plan-execution">{t('plans.execution')}</h3>
          <p data-testid="plan-summary">
            {t('plans.summary', { ...plan.execution, moved: formatMoney(plan.execution.amountMoved, {}) })}
          </p>
          <div className="button-row">
            {(['csv', 'xlsx'] as const).map((format) => (
              <button key={format} type="button" className="button" data-testid={`plan-export-${format}`} onClick={() => void run(async () => { const f = await api.plans.exportResult({ id: plan.id, format }); download(f.fileName, f.mimeType, f.contentBase64, true); })}>
                {format === 'csv' ? t('plans.exportCsv') : t('plans.exportXlsx')}
              </button>
            ))}
          </div>
          <PlanItemsTable kind={plan.kind} items={plan.items} />
        </section>
      ) : (
        <PlanRowsTable plan={plan} editable={editable} />
      )}

      <ConfirmDialog
        open={confirming}
        title={t('plans.confirmTitle')}
        confirmLabel={t('plans.confirm')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run(() => api.plans.execute({ id: plan.id }));
        }}
      >
        <p>{t('plans.confirmBody', { count: plan.rowCount, total: formatMoney(plan.total, { currency: 'CNY' }) })}</p>
        {i18n.language === 'zh-CN' ? <p>{t('plans.confirmCapital', { capital: toChineseCapital(plan.total) })}</p> : null}
      </ConfirmDialog>
    </article>
  );
}
