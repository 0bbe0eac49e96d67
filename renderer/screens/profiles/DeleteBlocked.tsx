// A delete refused with PROFILE_HAS_UNRESOLVED (the ErrorNotice above shows the core's message):
// where to go next. Activity shows the active profile's account journal, so for another
// account's profile the way there is to use that profile first.
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/contract/channels/profiles';
import type { IpcError } from '../../../shared/contract/errors';

const sameAccount = (a: ProfileView, b: ProfileView) => a.site === b.site && a.domainId === b.domainId;

export function DeleteBlocked({
  error,
  target,
  active,
  busy,
  onOpenActivity,
  onSwitchAndOpen,
}: {
  error: IpcError | null;
  /** The profile whose deletion was refused. */
  target: ProfileView | null;
  active: ProfileView | null;
  busy: boolean;
  onOpenActivity: () => void;
  onSwitchAndOpen: (profile: ProfileView) => void;
}) {
  const { t } = useTranslation();
  if (error?.code !== 'PROFILE_HAS_UNRESOLVED' || !target) return null;
  const here = active !== null && sameAccount(active, target);
  return (
    <div role="status" className="notice notice-warn" data-testid="profile-delete-blocked">
      <p>{t(here ? 'profiles.unresolvedHint' : 'profiles.unresolvedHintSwitch', { name: target.name })}</p>
      <div className="button-row">
        {here ? (
          <button type="button" className="button" data-testid="profile-open-activity" onClick={onOpenActivity}>
            {t('profiles.openActivity')}
          </button>
        ) : (
          <button type="button" className="button" data-testid="profile-switch-activity" disabled={busy} onClick={() => onSwitchAndOpen(target)}>
            {t('profiles.switchAndOpenActivity', { name: target.name })}
          </button>
        )}
      </div>
    </div>
  );
}
