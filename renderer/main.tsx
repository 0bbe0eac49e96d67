import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Layout } from './components/Layout';
import { initI18n } from './i18n';
import { useSettingsStore } from './stores/settings-store';
import { watchAlerts } from './stores/alerts-store';
import './styles.css';

async function start(): Promise<void> {
  await initI18n('en');
  await useSettingsStore.getState().load();
  // Alert notifications show whichever screen is open.
  watchAlerts();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Layout />
    </StrictMode>,
  );
  document.body.dataset.ready = 'true';
}

void start();
