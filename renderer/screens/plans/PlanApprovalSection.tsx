// A plan's four-eyes state: who signed it and with which key, or why there is no valid
// approval; approving here (signing with my key), plan and signed approval files out and in.
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import { formatInZone } from '../../components/format/time';
import { api } from '../../bridge';
import { download, usePlansStore } from '../../stores/plans-store';
import { shortFingerprint } from './fingerprint';
import { JsonFileField } from './JsonFileField';

function useApprovalState(plan: PlanDetail): { text: string; key: string | null } {
  const { t } = useTranslation();
  const a = plan.approval;
  if (!a) return { text: t('plans.notApproved'), key: null };
  if (a.contentHash !== plan.contentHash) return { text: t('plans.approvalVoid'), key: null };
  // Left by an older version: a name and a hash, which anyone could have written.
  if (!a.keyFingerprint) return { text: t('plans.approvalUnsigned', { who: a.approver }), key: null };
  return {
    text: t('plans.approvedBy', { who: a.approver, at: formatInZone(new Date(a.approvedAt)), via: t(`plans.via.${a.via}`) }),
    key: t('plans.signedWith', { fingerprint: shortFingerprint(a.keyFingerprint) }),
  };
}

export function PlanApprovalSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { run, busy, importText } = usePlansStore();
  const state = useApprovalState(plan);
  const signed = plan.approval?.keyFingerprint && plan.approval.contentHash === plan.contentHash;
  const exportFile = (call: () => Promise<{ fileName: string; content: string }>) =>
    void run(async () => {
      const f = await call();
      download(f.fileName, 'application/json', f.content, false);
    });

  return (
    <section aria-labelledby="plan-approval" className="plan-approval">
      <h3 id="plan-approval">{t('plans.approval')}</h3>
      <p className="help">{t('plans.approvalPolicy')}</p>
      <p data-testid="plan-approval-state">{state.text}</p>
      {state.key ? (
        <p data-testid="plan-approval-key" title={plan.approval?.keyFingerprint ?? undefined}>{state.key}</p>
      ) : null}
      <div className="button-row">
        {plan.status === 'ready' || plan.status === 'review' ? (
          <button type="button" className="button" data-testid="plan-approve" disabled={busy} onClick={() => void run(() => api.plans.approve({ id: plan.id, contentHash: plan.contentHash }))}>
            {t('plans.approve')}
          </button>
        ) : null}
        <button type="button" className="button" data-testid="plan-export-file" disabled={busy || plan.errorRows > 0} onClick={() => exportFile(() => api.plans.exportPlanFile({ id: plan.id }))}>
          {t('plans.exportPlanFile')}
        </button>
        {signed ? (
          <button type="button" className="button" data-testid="plan-export-approval" disabled={busy} onClick={() => exportFile(() => api.plans.exportApproval({ id: plan.id }))}>
            {t('plans.exportApproval')}
          </button>
        ) : null}
      </div>
      {plan.status === 'ready' || plan.status === 'draft' ? (
        <JsonFileField label={t('plans.importApproval')} testId="plan-approval-import" disabled={busy} onFile={(f) => void importText(f, 'approval')} />
      ) : null}
      <p className="help">{t('plans.approveHelp', { hash: plan.contentHash.slice(0, 16) })}</p>
    </section>
  );
}
