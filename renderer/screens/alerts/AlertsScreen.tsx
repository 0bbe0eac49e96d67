// Alerts: the rules, what fired and when, what was done about it (notified, a draft plan),
// and "Fund these" for alerts about customers or T2s.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDABLE_KINDS, type FiredAlertView } from '../../../shared/contract/channels/alerts';
import type { Language } from '../../../shared/contract/errors';
import { alertRuleText, alertSubjectsText } from '../../../shared/domain/alert-text';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { notificationPermission, requestNotificationPermission, type NotificationPermissionState } from '../../host-notifications';
import { useAlertsStore } from '../../stores/alerts-store';
import { useNavStore } from '../../stores/nav-store';
import { usePlansStore } from '../../stores/plans-store';
import { RulesEditor } from './RulesEditor';

function Notifications() {
  const { t } = useTranslation();
  const [state, setState] = useState<NotificationPermissionState>(() => notificationPermission());
  return (
    <p className="help" data-testid="alert-notifications" data-state={state}>
      {t(`alerts.notifications.${state}`)}{' '}
      {state === 'default' ? (
        <button type="button" className="button" onClick={() => void requestNotificationPermission().then(setState)}>
          {t('alerts.notifications.allow')}
        </button>
      ) : null}
    </p>
  );
}

function Done({ alert }: { alert: FiredAlertView }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const open = usePlansStore((s) => s.open);
  if (alert.actions.length === 0) return <>{t('alerts.nothingDone')}</>;
  return (
    <ul className="plain-list">
      {alert.actions.map((a, i) => (
        <li key={i}>
          {a.action === 'notified' ? (
            <>{t('alerts.action.notified')}<DateTime value={a.at} /></>
          ) : (
            <>
              {t('alerts.action.draft-plan', { operator: a.operator })} · <DateTime value={a.at} />{' '}
              <button type="button" className="link-button" onClick={() => void open(a.planId!).then(() => go('plans'))}>{t('alerts.openPlan')}</button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AlertsScreen() {
  const { t, i18n } = useTranslation();
  const { log, error, busy, load, fundThese } = useAlertsStore();
  const lang = i18n.language as Language;
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen" aria-labelledby="alerts-title" data-testid="alerts">
      <h1 id="alerts-title">{t('alerts.title')}</h1>
      <p className="help">{t('alerts.intro')}</p>
      <Notifications />
      <ErrorNotice error={error} />
      <RulesEditor />
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="alerts-log-caption">
        <table className="activity-table" data-testid="alerts-log">
          <caption id="alerts-log-caption">{t('alerts.log')}</caption>
          <thead>
            <tr>
              {(['at', 'rule', 'state', 'subjects', 'done', 'actions'] as const).map((c) => (
                <th key={c} scope="col">{t(`alerts.col.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {log.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('alerts.empty')}</td>
              </tr>
            ) : (
              log.map((a) => (
                <tr key={a.seq} data-testid="alert-event" data-seq={a.seq} data-state={a.state} data-current={a.current}>
                  <td><DateTime value={a.at} /></td>
                  <td>{alertRuleText(a, lang)}</td>
                  <td>{a.state === 'cleared' ? t('alerts.state.cleared') : a.current ? t('alerts.state.firing') : t('alerts.state.earlier')}</td>
                  <td>{alertSubjectsText(a.kind, a.subjects, lang)}</td>
                  <td><Done alert={a} /></td>
                  <td>
                    {a.current && FUNDABLE_KINDS.has(a.kind) ? (
                      <button type="button" className="button" disabled={busy} data-testid="alert-fund-these" onClick={() => void fundThese(a.seq)}>
                        {t('alerts.fund')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
