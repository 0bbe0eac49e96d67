import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/contract/channels/profiles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useNavStore } from '../../stores/nav-store';
import { useProfilesStore } from '../../stores/profiles-store';
import { useSettingsStore } from '../../stores/settings-store';
import { DeleteBlocked } from './DeleteBlocked';
import { ProfileForm, type FormMode } from './ProfileForm';
import { TeamSection } from './TeamSection';
import { TestResult } from './TestResult';

export function ProfilesScreen() {
  const { t } = useTranslation();
  const { list, error, busy, test, load, activate, remove, testConnection } = useProfilesStore();
  const dataDir = useSettingsStore((s) => s.info?.dataDir ?? '');
  const [form, setForm] = useState<FormMode | null>(null);
  const [deleting, setDeleting] = useState<ProfileView | null>(null);
  /** The profile last asked to be deleted, for what to do when that was refused. */
  const [deleted, setDeleted] = useState<ProfileView | null>(null);
  const go = useNavStore((s) => s.go);
  const active = list?.profiles.find((p) => p.id === list.activeId) ?? null;

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen" aria-labelledby="profiles-title">
      <h1 id="profiles-title">{t('profiles.title')}</h1>
      <p className="help">{t('profiles.intro')}</p>
      {list && !list.keychain.available ? (
        <div role="alert" className="notice notice-warn" data-testid="keychain-missing">
          {t('profiles.keychainMissing', { reason: t(`profiles.keychainReason.${list.keychain.reason ?? 'unknown'}`) })}
        </div>
      ) : null}
      {list && !list.activeId ? (
        <p role="status" className="notice notice-warn">
          {t('profiles.noneActive')}
        </p>
      ) : null}
      <ErrorNotice error={error} />
      <DeleteBlocked
        error={error}
        target={deleted}
        active={active}
        busy={busy}
        onOpenActivity={() => go('activity')}
        onSwitchAndOpen={(p) =>
          void activate(p.id).then(() => {
            if (!useProfilesStore.getState().error) go('activity');
          })
        }
      />

      <section className="card" aria-labelledby="profiles-list">
        <h2 id="profiles-list">{t('profiles.listLabel')}</h2>
        {list ? (
          <table className="mini-table" data-testid="profiles-table">
            <thead>
              <tr>
                <th scope="col">{t('profiles.colName')}</th>
                <th scope="col">{t('profiles.colSite')}</th>
                <th scope="col">{t('profiles.colAk')}</th>
                <th scope="col">{t('profiles.colDomain')}</th>
                <th scope="col">{t('profiles.colRole')}</th>
                <th scope="col">{t('profiles.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.profiles.map((p) => (
                <tr key={p.id} data-testid={`profile-row-${p.id}`} aria-current={p.active ? 'true' : undefined}>
                  <th scope="row">
                    {p.name} {p.active ? <span className="badge badge-active">{t('profiles.active')}</span> : null}{' '}
                    {p.builtIn ? <span className="badge">{t('profiles.builtIn')}</span> : null}
                    {p.team ? <span className="badge">{t('team.sharedBadge')}</span> : null}
                  </th>
                  <td>
                    {t(`profiles.site.${p.site}`)}
                    {p.endpoint ? <div className="help mono">{p.endpoint}</div> : null}
                  </td>
                  <td className="mono">{p.akMasked}</td>
                  <td className="mono">{p.domainId}</td>
                  <td>{t(`profiles.role.${p.role}`)}</td>
                  <td>
                    <div className="button-row">
                      {!p.active ? (
                        <button type="button" className="button" disabled={busy} aria-label={t('profiles.switchTo', { name: p.name })} data-testid={`profile-use-${p.id}`} onClick={() => void activate(p.id)}>
                          {t('profiles.switch')}
                        </button>
                      ) : null}
                      <button type="button" className="button" disabled={busy} data-testid={`profile-test-${p.id}`} onClick={() => void testConnection(p.id)}>
                        {t('profiles.test')}
                      </button>
                      {!p.builtIn ? (
                        <>
                          <button type="button" className="button" onClick={() => setForm({ kind: 'edit', profile: p })}>
                            {t('profiles.edit')}
                          </button>
                          <button type="button" className="button" onClick={() => setForm({ kind: 'sk', profile: p })}>
                            {t('profiles.replaceSk')}
                          </button>
                          <button type="button" className="button button-danger" onClick={() => setDeleting(p)}>
                            {t('profiles.delete')}
                          </button>
                        </>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('common.loading')}</p>
        )}
        {!form ? (
          <div className="button-row" style={{ marginTop: 12 }}>
            <button type="button" className="button button-primary" data-testid="profile-add" onClick={() => setForm({ kind: 'add' })}>
              {t('profiles.add')}
            </button>
          </div>
        ) : null}
      </section>

      {busy && !form ? <p role="status">{t('profiles.testing')}</p> : null}
      {test ? <TestResult outcome={test} /> : null}
      {form ? <ProfileForm key={`${form.kind}-${form.kind === 'add' ? '' : form.profile.id}`} mode={form} onDone={() => setForm(null)} /> : null}

      {list ? <TeamSection profiles={list.profiles} /> : null}

      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('profiles.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('profiles.deleteConfirm')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          setDeleted(target);
          if (target) void remove(target.id);
        }}
      >
        <p>{t('profiles.deleteBody', { dir: deleting ? `${dataDir}/profiles/${deleting.id}` : '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
