// Activity shows one offboarding's summary (opened from its results or from any of its rows):
// read from the journal again whenever the journal changes, so reconciliation shows at once.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityStore } from '../../stores/activity-store';
import { useOffboardStore } from '../../stores/offboard-store';
import { OffboardSummaryView } from '../customers/OffboardSummaryView';

export function OffboardPanel() {
  const { t } = useTranslation();
  const { summary, showSummary, hideSummary } = useOffboardStore();
  const page = useActivityStore((s) => s.page);
  const id = summary?.id;
  useEffect(() => {
    if (id) void showSummary(id);
  }, [page, id, showSummary]);
  if (!summary) return null;
  return (
    <section className="card" aria-labelledby="offboard-panel-title" data-testid="offboard-panel">
      <div className="screen-head">
        <h2 id="offboard-panel-title">{t('offboard.activityTitle', { name: summary.customerName ?? summary.customerId })}</h2>
        <button type="button" className="button" onClick={hideSummary}>
          {t('offboard.hideSummary')}
        </button>
      </div>
      <OffboardSummaryView summary={summary} />
    </section>
  );
}
