// The active profile's team database link above every screen: nothing for a solo profile, a
// compact badge while connected, and while the database is out of reach a warning that money
// actions are off (the service refuses them with TEAM_DISCONNECTED) and review is not.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamStatusView } from '../../shared/contract/channels/team';
import { useTeamStore, watchTeam } from '../stores/team-store';
import { describeTime } from './format/time';

export function TeamBanner() {
  const status = useTeamStore((s) => s.status);
  useEffect(watchTeam, []);
  return <TeamStatusNotice status={status} />;
}

/** The banner for one status; rendered by TeamBanner and by the unit tests. */
export function TeamStatusNotice({ status }: { status: TeamStatusView | null }) {
  const { t } = useTranslation();
  if (!status || status.state === 'solo' || !status.connection) return null;
  const c = status.connection;
  if (status.state === 'connected') {
    const role = status.role ?? c.user;
    return (
      <p className="team-badge-row">
        <span className="badge badge-active" data-testid="team-badge" title={t('team.banner.badgeTitle', { database: c.database, host: c.host, port: c.port, role })}>
          {t('team.banner.badge', { database: c.database, role })}
        </span>
      </p>
    );
  }
  if (status.state === 'connecting') {
    return (
      <p role="status" className="notice notice-info" data-testid="team-connecting">
        {t('team.banner.connecting', { database: c.database, host: c.host })}
      </p>
    );
  }
  const since = describeTime(status.since);
  return (
    <div role="alert" className="notice notice-warn" data-testid="team-disconnected">
      <strong>{t('team.banner.disconnectedTitle')}</strong>
      <p>{t('team.banner.disconnectedBody', { database: c.database })}</p>
      {status.reason ? <p className="help">{t('team.banner.reason', { reason: status.reason })}</p> : null}
      {since ? (
        <p className="help">
          {t('team.banner.since', { time: since.local })} <small className="as-of-utc">({since.utc})</small>
        </p>
      ) : null}
      <p className="help">{t('team.banner.keepsWorking')}</p>
    </div>
  );
}
