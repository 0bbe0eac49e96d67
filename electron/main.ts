// Electron host: lifecycle, one hardened window, IPC wiring. Thin on purpose: everything
// else is the host-agnostic core under electron/core, tested through the web host.
import { app, BrowserWindow, dialog, Notification, session, shell } from 'electron';
import Store from 'electron-store';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/contract/csp';
import { AppError } from '../shared/contract/errors';
import { createAppCore } from './core/app-core';
import { acquireDataFolderLock, startupRefusalText } from './core/infra/instance/data-folder-lock';
import { settingsFrom } from './core/settings/settings-store';
import { externalUrlToOpen } from './core/infra/security/external-links';
import { readVersion } from './core/version';
import { forwardEvents, registerIpc } from './ipc/main-ipc';
import { startBuiltInSandbox } from './sandbox';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '../dist/renderer/index.html');
const appUrl = new URL(`file://${rendererIndex}`).href;

app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

async function createWindow(): Promise<void> {
  const dataDir = app.getPath('userData');
  // One process per data folder, whichever host holds it (a web host too). Before any file in it is opened.
  const instanceLock = acquireDataFolderLock(dataDir, { host: 'electron' });
  const settings = settingsFrom(new Store({ name: 'settings', cwd: dataDir }));
  const core = await createAppCore({
    dataDir,
    version: readVersion(here),
    host: 'electron',
    settings,
    instanceLock,
    profiles: { sandbox: startBuiltInSandbox },
    // Alerts as OS notifications, once per rule and state change (the core decides when).
    notifier: { notify: ({ title, body }) => (Notification.isSupported() ? new Notification({ title, body }).show() : undefined) },
  });
  registerIpc(core, appUrl, userInfo().username, () => settings.get('language') ?? 'en');

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    // The tool evaluates only a literal policy; index.html carries this one as a literal (a test keeps them equal).
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }); // electronegativity-justified CSP_GLOBAL_CHECK: the strict shared policy of csp.ts
  });

  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    title: 'Partner Desk',
    show: false,
    webPreferences: {
      preload: join(here, 'preload.cjs'), // electronegativity-justified PRELOAD_JS_CHECK: sandboxed and context-isolated; exposes only the invoke/onEvent bridge, no Node API
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = win;
  const stopEvents = forwardEvents(core, win.webContents);
  win.on('closed', () => {
    mainWindow = null;
    stopEvents();
    void core.dispose();
  });
  win.once('ready-to-show', () => win.show());
  await win.loadFile(rendererIndex);
}

app.on('web-contents-created', (_event, contents) => {
  // Navigation and new windows are never allowed; links to Huawei Cloud's own https pages open in the system browser.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external); // electronegativity-justified OPEN_EXTERNAL_JS_CHECK: only Huawei Cloud https URLs that external-links.ts allowlisted and normalised
    return { action: 'deny' };
  });
});

function failedToStart(error: unknown): void {
  if (error instanceof AppError && error.code === 'DATA_FOLDER_IN_USE') {
    dialog.showErrorBox('Partner Desk', startupRefusalText(error));
    app.exit(2);
    return;
  }
  console.error('Partner Desk failed to start', error);
  app.exit(1);
}

// A second Electron copy hands over to the first (which shows its window) and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.whenReady().then(createWindow).catch(failedToStart);
}

app.on('window-all-closed', () => app.quit());
