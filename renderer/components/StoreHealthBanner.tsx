import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreHealth } from '../../shared/contract/channels/sync';
import { defaultSyncLists } from '../../shared/domain/sync-lists';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { useNavStore } from '../stores/nav-store';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorNotice } from './ErrorNotice';
import { errorOf } from './error-of';
import { SyncButton } from './SyncButton';
import { refreshLoadedLists } from './table/paged-list';

/**
 * Says when the active profile's local database is damaged (found at open), what is kept, and
 * offers the way forward: move the file aside (never delete it), start empty, sync again.
 * Checked on every screen change, so a profile switch or a restart is noticed.
 */
export function StoreHealthBanner() {
  const { t } = useTranslation();
  const screen = useNavStore((s) => s.screen);
  const [health, setHealth] = useState<StoreHealth | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [fresh, setFresh] = useState<{ movedTo: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    setFresh(null);
    // No profile active: there is no local copy to speak of.
    api.sync.storeHealth().then(
      (h) => live && setHealth(h),
      () => live && setHealth(null),
    );
    return () => {
      live = false;
    };
  }, [screen]);

  const startFresh = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.sync.startFresh({ confirm: true });
      setHealth(result.health);
      setFresh({ movedTo: result.movedTo });
      setConfirming(false);
      refreshLoadedLists();
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (fresh) {
    return (
      <div role="status" className="notice notice-ok" data-testid="store-fresh">
        <strong>{t('kit.storeHealth.doneTitle')}</strong>
        <p data-testid="store-fresh-kept">
          {fresh.movedTo ? t('kit.storeHealth.done', { path: fresh.movedTo }) : t('kit.storeHealth.doneNothingMoved')}
        </p>
        <SyncButton lists={defaultSyncLists} testId="store-fresh-sync" onFinished={refreshLoadedLists} />
      </div>
    );
  }
  if (health?.state !== 'corrupt') return null;
  return (
    <div role="alert" className="notice notice-error" data-testid="store-damaged">
      <strong>{t('kit.storeHealth.title')}</strong>
      <p>{t('kit.storeHealth.problem', { file: health.file, reason: health.reason ?? '—' })}</p>
      <p>{t('kit.storeHealth.kept', { file: health.file })}</p>
      <button type="button" className="button" data-testid="store-start-fresh" onClick={() => setConfirming(true)}>
        {t('kit.storeHealth.startFresh')}
      </button>
      <ErrorNotice error={error} />
      <ConfirmDialog
        open={confirming}
        title={t('kit.storeHealth.confirmTitle')}
        confirmLabel={t('kit.storeHealth.confirm')}
        danger
        confirmDisabled={busy}
        onConfirm={() => void startFresh()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('kit.storeHealth.confirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
