// Cold start of the web host to the first interactive paint in Chromium, and the renderer
// bundle size (gzipped). Needs a built renderer (npm run bench builds it first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchApp, launchChromium } from '../../../test/e2e/fixture';
import type { BenchRow } from '../bench-row';

const root = resolve(import.meta.dirname, '../../..');

function gzippedBundleBytes(): number {
  const dir = join(root, 'dist/renderer/assets');
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

// From starting the web host (its bundle, dist-node/web-host.mjs, on a fresh data folder) to
// the first interactive paint of the landing screen, in a browser that is already running
// with a window open — as the operator's is. Chromium's launch and a new browser profile
// (context) are not part of the host's start; a fresh context per run keeps the cache cold.
async function coldStartMs(browser: Browser): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
  const page = await context.newPage();
  const started = performance.now();
  const app = await launchApp({ page });
  // launchApp returns once the page has rendered and marked itself ready (body[data-ready]).
  const elapsed = performance.now() - started;
  await app.close();
  await context.close();
  return elapsed;
}

export default async function startup(): Promise<BenchRow[]> {
  statSync(join(root, 'dist/renderer/index.html'));
  const runs: number[] = [];
  const browser = await launchChromium();
  try {
    for (let i = 0; i < 5; i++) runs.push(await coldStartMs(browser));
  } finally {
    await browser.close();
  }
  runs.sort((a, b) => a - b);
  return [
    {
      key: 'cold_start_ms',
      label: 'Web host cold start to first interactive paint (median of 5)',
      value: Math.round(runs[2]!),
      unit: 'ms',
      target: '< 1500',
      bound: null,
    },
    {
      key: 'renderer_bundle_gzip_kb',
      label: 'Renderer bundle, gzipped (JS + CSS)',
      value: Math.round(gzippedBundleBytes() / 102.4) / 10,
      unit: 'KiB',
      target: '< 600',
      bound: null,
    },
  ];
}
