import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Layout } from './components/Layout';
import { preloadScreens } from './screens/registry';
import { initI18n } from './i18n';
import { useSettingsStore } from './stores/settings-store';
import { watchAlerts } from './stores/alerts-store';
import './styles.css';

// Marks for the cold-start bench (performance.getEntriesByType('mark')): where the first paint's time goes.
async function start(): Promise<void> {
  performance.mark('pd:start');
  await initI18n('en');
  performance.mark('pd:i18n');
  await useSettingsStore.getState().load();
  performance.mark('pd:settings');
  // Alert notifications show whichever screen is open.
  watchAlerts();
  const root = createRoot(document.getElementById('root')!);
  // Committed before "ready" is marked, so ready means the first screen is in the document.
  flushSync(() =>
    root.render(
      <StrictMode>
        <Layout />
      </StrictMode>,
    ),
  );
  performance.mark('pd:ready');
  document.body.dataset.ready = 'true';
  // The other screens load once the browser is idle, not in the first paint's way.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => void preloadScreens(), { timeout: 3000 });
}

void start();
