import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkConnectivity, useConnectivity, watchConnectivity } from './connectivity';
import { describeTime } from './format/time';

/** Says that the API is unreachable and since when; shown above every screen while offline. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const { last, online } = useConnectivity();
  const [checking, setChecking] = useState(false);
  useEffect(watchConnectivity, []);
  if (online || !last) return null;
  const since = describeTime(last.since);
  const checkNow = () => {
    setChecking(true);
    void checkConnectivity()
      .catch(() => undefined)
      .finally(() => setChecking(false));
  };
  return (
    <div role="status" className="notice notice-warn offline-banner" data-testid="offline-banner">
      <strong>{t('kit.offline.title')}</strong>
      <p>
        {t('kit.offline.since', { time: since?.local ?? last.since })}
        {since ? <small className="as-of-utc"> ({since.utc})</small> : null}
      </p>
      <p>{t('kit.offline.actionsDisabled')}</p>
      {last.reason ? <p className="help">{t('kit.offline.reason', { reason: last.reason })}</p> : null}
      <p className="help">{t('kit.offline.autoCheck')}</p>
      <button type="button" className="button" data-testid="offline-check" disabled={checking} onClick={checkNow}>
        {checking ? t('kit.offline.checking') : t('kit.offline.checkNow')}
      </button>
    </div>
  );
}

/** For buttons that need the API: whether to disable them, and the reason to show. */
export function useNeedsApi(): { disabled: boolean; reason: string | undefined } {
  const { t } = useTranslation();
  const online = useConnectivity((s) => s.online);
  return { disabled: !online, reason: online ? undefined : t('kit.offline.needsApi') };
}
