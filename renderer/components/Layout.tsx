import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { OfflineBanner } from './OfflineBanner';
import { StoreHealthBanner } from './StoreHealthBanner';
import { TeamBanner } from './TeamBanner';
import { screens } from '../screens/registry';
import { useNavStore } from '../stores/nav-store';

export function Layout() {
  const { t } = useTranslation();
  const { screen, go } = useNavStore();
  const current = screens.find((s) => s.id === screen) ?? screens[0]!;
  const Screen = current.component;
  return (
    <div className="layout">
      <nav className="sidebar" aria-label={t('common.navLabel')}>
        <div className="brand">
          <span className="brand-name">{t('common.appTitle')}</span>
          <span className="brand-tagline">{t('common.tagline')}</span>
        </div>
        <ul>
          {screens.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                data-testid={`nav-${s.id}`}
                aria-current={s.id === current.id ? 'page' : undefined}
                onClick={() => go(s.id)}
              >
                {t(s.labelKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <OfflineBanner />
        <TeamBanner />
        <StoreHealthBanner />
        <Suspense fallback={<p className="muted" role="status">{t('common.loading')}</p>}>
          <Screen />
        </Suspense>
      </main>
    </div>
  );
}
