// The parts of an entry's reconciliation evidence an operator needs to trust (or wait for) the
// outcome: how far Huawei's clock is from ours (the searched window was shifted by it), until
// when "not applied" cannot be concluded, and a record that turned up only after the entry had
// been concluded not applied (found when "Send again" re-read the records; nothing was re-sent).
import { useTranslation } from 'react-i18next';
import type { JournalState, ReconcileEvidence } from '../../../shared/contract/channels/activity';
import { formatDuration } from '../../components/format/duration';
import { formatInZone, formatUtc, parseApiTime } from '../../components/format/time';

/** Below this the clocks agree as far as the Date header (whole seconds) can tell. */
const IN_STEP_MS = 1000;

export function EvidenceDetail({ evidence, state }: { evidence: ReconcileEvidence | null; state: JournalState }) {
  const { t } = useTranslation();
  if (!evidence) return null;
  const lines: { key: string; text: string; title?: string }[] = [];

  if (typeof evidence.serverOffsetMs === 'number' && Number.isFinite(evidence.serverOffsetMs)) {
    const ms = evidence.serverOffsetMs;
    const units = { h: t('kit.progress.units.h'), min: t('kit.progress.units.min'), s: t('kit.progress.units.s') };
    const size = formatDuration(Math.abs(ms) / 1000, units);
    lines.push({
      key: 'offset',
      text: Math.abs(ms) < IN_STEP_MS ? t('activity.serverClock.inStep') : t(ms < 0 ? 'activity.serverClock.behind' : 'activity.serverClock.ahead', { size }),
    });
  }

  // Only an entry still undecided waits for the settle time; a concluded one is past it.
  const settle = evidence.settleUntil ? parseApiTime(evidence.settleUntil) : null;
  if (settle && state === 'unknown') {
    lines.push({ key: 'settle', text: t('activity.settleUntil', { time: formatInZone(settle, undefined, true) }), title: formatUtc(settle) });
  }

  if (evidence.lateRecord) lines.push({ key: 'late', text: t('activity.lateRecord') });

  if (lines.length === 0) return null;
  return (
    <ul className="evidence-detail help" data-testid="activity-evidence">
      {lines.map((l) => (
        <li key={l.key} data-evidence={l.key} title={l.title}>
          {l.text}
        </li>
      ))}
    </ul>
  );
}
