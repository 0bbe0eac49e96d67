// Steps the sandbox-backed e2e files share: where the built-in Sandbox profile's API listens,
// a sync of some lists waited out, and a language switch confirmed by the main side.
import { expect } from 'vitest';
import { invoke, type LaunchedApp } from './fixture';

/** The active (built-in Sandbox) profile's endpoint, without a trailing slash, once the host lists it. */
export async function sandboxEndpoint(app: LaunchedApp): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const list = await invoke<{ profiles: { active: boolean; endpoint: string }[] }>(app, 'profiles.list');
    const url = list.profiles.find((p) => p.active)?.endpoint.replace(/\/+$/, '') ?? '';
    if (url) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the Sandbox profile did not appear within 30 s');
}

export async function syncLists(app: LaunchedApp, lists: string[]): Promise<void> {
  await invoke(app, 'sync.start', { lists });
  for (let i = 0; i < 600; i++) {
    const status = await invoke<{ running: boolean }>(app, 'sync.status');
    if (!status.running) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('sync still running after 120 s');
}

export async function switchLanguage(app: LaunchedApp, lng: 'en' | 'zh-CN'): Promise<void> {
  await app.page.getByTestId('nav-settings').click();
  // The settings screen loads the stored choice when it opens; choose once it has, and wait for
  // the choice to come back from the main side as a settings event.
  const label = lng === 'en' ? 'Settings' : '设置';
  await expect
    .poll(async () => {
      await app.page.getByTestId('language-select').selectOption(lng);
      return app.page.getByTestId('nav-settings').textContent();
    }, { interval: 500, timeout: 30_000 })
    .toBe(label);
}
