// One journal entry: what, with whom, how much, its state with the evidence, and who/when.
import { useTranslation } from 'react-i18next';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import { DateTime } from '../../components/DateTime';
import { MoneyCell, currencyOf } from '../../components/MoneyCell';
import { useActivityStore } from '../../stores/activity-store';
import { useFundingStore } from '../../stores/funding-store';
import { openResend } from '../../stores/voucher-forms-store';
import { isFundingOperation } from '../../../shared/domain/operations';
import { operationLabel } from '../funding/operations';
import { EvidenceDetail } from './EvidenceDetail';
import { OFFBOARDING_MEMO } from '../../../shared/contract/channels/offboarding';
import { useOffboardStore } from '../../stores/offboard-store';

const UNRESOLVED = new Set(['pending', 'sent', 'unknown']);

export function ActivityRow({ entry: e }: { entry: JournalEntryView }) {
  const { t, i18n } = useTranslation();
  const { reconcile, reconciling } = useActivityStore();
  const review = useFundingStore((s) => s.review);
  const showOffboarding = useOffboardStore((s) => s.showSummary);
  const unresolved = UNRESOLVED.has(e.state);
  const resendable = (e.state === 'reconciled-not-applied' || e.state === 'failed') && !e.retriedBy;
  // Funding entries are reviewed here; voucher entries open their form on the Vouchers screen.
  const fundingOp = isFundingOperation(e.operation) ? e.operation : null;

  const outcome = (() => {
    if (e.evidence?.record) return t('activity.evidence', { transId: e.evidence.record.transId, time: e.evidence.record.operationTime });
    if (e.evidence?.neverSent) return t('activity.neverSent');
    // With a settle time the evidence detail says until when instead.
    if (e.state === 'unknown' && e.evidence?.undecided && !e.evidence.settleUntil) return t('activity.undecided');
    if (e.state === 'reconciled-not-applied' && e.evidence) return t('activity.notApplied', { from: e.evidence.window.from, to: e.evidence.window.to });
    if (e.transId) return e.transId;
    return [e.code, e.message].filter(Boolean).join(' ');
  })();

  return (
    <tr data-testid="activity-row" data-state={e.state} data-entry={e.id} className={unresolved ? 'row-unresolved' : undefined}>
      <td>
        <DateTime value={e.createdAt} stacked />
      </td>
      <td>
        {operationLabel(e.operation, i18n.language)}
        {e.retryOf ? <div className="help">{t('activity.retryOf', { id: e.retryOf.slice(0, 8) })}</div> : null}
        {e.memo === OFFBOARDING_MEMO && e.batchId ? (
          <div className="help">
            {t('offboard.activityHint', { id: e.batchId.slice(0, 8) })}{' '}
            <button type="button" className="button" data-testid="activity-offboard-summary" onClick={() => void showOffboarding(e.batchId!)}>
              {t('offboard.openSummary')}
            </button>
          </div>
        ) : null}
      </td>
      <td>
        {e.counterpartyName ? <div>{e.counterpartyName}</div> : null}
        <span className="mono">{e.counterpartyId}</span>
      </td>
      <td>
        <MoneyCell amount={e.amount} currency={currencyOf(e.currency)} />
      </td>
      <td>
        <span className={`state state-${e.state}`} data-testid="activity-state">
          {t(`activity.states.${e.state}`)}
        </span>
        <div className="help">
          <DateTime value={e.stateAt} />
        </div>
      </td>
      <td className="outcome">
        {outcome}
        <EvidenceDetail evidence={e.evidence} state={e.state} />
      </td>
      <td>{e.operator}</td>
      <td>{e.profileName}</td>
      <td className="mono">{e.requestId ?? '—'}</td>
      <td>
        {unresolved ? (
          <button type="button" className="button" data-testid="activity-reconcile" disabled={reconciling.size > 0} onClick={() => void reconcile(e.id)}>
            {reconciling.has(e.id) ? t('activity.reconciling') : t('activity.reconcile')}
          </button>
        ) : resendable && !fundingOp ? (
          <button type="button" className="button" data-testid="activity-resend-voucher" onClick={() => void openResend(e)}>
            {t('activity.resend')}
          </button>
        ) : resendable && fundingOp ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              void review({
                operation: fundingOp,
                counterpartyId: e.counterpartyId,
                ...(e.indirectPartnerId ? { indirectPartnerId: e.indirectPartnerId } : {}),
                amount: e.amount,
                retryOf: e.id,
              })
            }
          >
            {t('activity.resend')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
