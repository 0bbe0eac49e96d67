// The profiles screen's team database card: per stored profile, whether it is shared and with
// which database, the way in (connect form) and out (leave), and, for an administrator on the
// active shared profile, moving this workstation's solo operations file in once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/contract/channels/profiles';
import type { SoloImportView, TeamConnectionView, TeamStatusView } from '../../../shared/contract/channels/team';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useTeamStore } from '../../stores/team-store';
import { TeamForm } from './TeamForm';

/** Built-in profiles (the sandbox) have no stored settings to share. */
export const shareable = (profiles: readonly ProfileView[]): ProfileView[] => profiles.filter((p) => !p.builtIn);

/**
 * Moving a solo file in needs the active profile's link up, and is an administrator's (a member
 * of the database's owner role): 'offer' the button, say it is 'not-administrator', or neither.
 */
export function soloImport(profile: ProfileView, status: TeamStatusView | null): 'offer' | 'not-administrator' | null {
  if (!profile.team || !profile.active || status?.profileId !== profile.id || status.state !== 'connected') return null;
  return status.administrator ? 'offer' : 'not-administrator';
}

export function TeamSection({ profiles }: { profiles: readonly ProfileView[] }) {
  const { t } = useTranslation();
  const { status, busy, error, imported, leave, importSolo } = useTeamStore();
  const [joining, setJoining] = useState<ProfileView | null>(null);
  const [leaving, setLeaving] = useState<ProfileView | null>(null);
  const [importing, setImporting] = useState<ProfileView | null>(null);
  const stored = shareable(profiles);

  return (
    <section className="card" aria-labelledby="team-section" data-testid="team-section">
      <h2 id="team-section">{t('team.sectionTitle')}</h2>
      <p className="help">{t('team.sectionIntro')}</p>
      <ErrorNotice error={error} />
      {imported ? <ImportResult result={imported} /> : null}
      {stored.length === 0 ? <p>{t('team.noStored')}</p> : null}
      <ul className="team-profiles">
        {stored.map((p) => (
          <li key={p.id} data-testid={`team-profile-${p.id}`}>
            <strong>{p.name}</strong>
            {p.team ? <p data-testid="team-summary">{summary(t, p.team)}</p> : <p className="help">{t('team.solo')}</p>}
            <div className="button-row">
              {p.team ? (
                <button type="button" className="button" data-testid="team-leave" aria-label={t('team.leaveFor', { name: p.name })} disabled={busy !== null} onClick={() => setLeaving(p)}>
                  {t('team.leave')}
                </button>
              ) : (
                <button type="button" className="button" data-testid="team-connect" aria-label={t('team.connectFor', { name: p.name })} disabled={busy !== null || joining !== null} onClick={() => setJoining(p)}>
                  {t('team.connect')}
                </button>
              )}
              {soloImport(p, status) === 'offer' ? (
                <button type="button" className="button" data-testid="team-import" disabled={busy !== null} onClick={() => setImporting(p)}>
                  {busy === 'import' ? t('team.import.running') : t('team.import.button')}
                </button>
              ) : null}
            </div>
            {soloImport(p, status) === 'not-administrator' ? <p className="help">{t('team.import.adminOnly', { role: status?.role ?? p.team?.user ?? '' })}</p> : null}
          </li>
        ))}
      </ul>
      {joining ? <TeamForm key={joining.id} profile={joining} onDone={() => setJoining(null)} /> : null}

      <ConfirmDialog
        open={leaving !== null}
        danger
        title={t('team.leaveTitle', { name: leaving?.name ?? '' })}
        confirmLabel={t('team.leaveConfirm')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          const target = leaving;
          setLeaving(null);
          if (target) void leave(target.id);
        }}
      >
        <p>{t('team.leaveBody', { database: leaving?.team?.database ?? '' })}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={importing !== null}
        title={t('team.import.title', { database: importing?.team?.database ?? '' })}
        confirmLabel={t('team.import.confirm')}
        onCancel={() => setImporting(null)}
        onConfirm={() => {
          setImporting(null);
          void importSolo();
        }}
      >
        <p>{t('team.import.once')}</p>
        <p>{t('team.import.refused')}</p>
        <p>{t('team.import.drafts')}</p>
      </ConfirmDialog>
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function summary(t: T, c: TeamConnectionView): string {
  return t('team.summary', { database: c.database, host: c.host, port: c.port, user: c.user, tls: c.tls ? t('team.tlsYes') : t('team.tlsNo') });
}

export function ImportResult({ result }: { result: SoloImportView }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="notice notice-ok" data-testid="solo-import-result">
      <p>{t('team.import.result', { entries: result.entries, events: result.events, plans: result.plans })}</p>
      {result.plansNeedingApproval > 0 ? <p>{t('team.import.needApproval', { number: result.plansNeedingApproval })}</p> : null}
    </div>
  );
}
