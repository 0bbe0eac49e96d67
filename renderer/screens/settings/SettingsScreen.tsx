import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/contract/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSettingsStore } from '../../stores/settings-store';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { language, info, error, setLanguage } = useSettingsStore();
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <ErrorNotice error={error} />
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageSection')}</h2>
        <label className="field">
          <span>{t('settings.languageLabel')}</span>
          <select
            data-testid="language-select"
            value={language}
            onChange={(e) => void setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`common.languageName.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="help">{t('settings.languageHelp')}</p>
      </section>
      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.aboutSection')}</h2>
        {info ? (
          <dl className="facts">
            <dt>{t('settings.version')}</dt>
            <dd data-testid="app-version">{info.version}</dd>
            <dt>{t('settings.dataFolder')}</dt>
            <dd className="mono" data-testid="data-dir">{info.dataDir}</dd>
            <dt>{t('settings.host')}</dt>
            <dd>{info.host === 'electron' ? t('settings.hostElectron') : t('settings.hostWeb')}</dd>
            <dt>{t('settings.platform')}</dt>
            <dd>{info.platform}</dd>
          </dl>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </section>
    </section>
  );
}
