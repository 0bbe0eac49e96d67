#!/usr/bin/env node
// `npx partner-desk`: runs the bundled CLI (dist-node/partner-desk.mjs). A fresh checkout has
// no bundle yet; it is built once here (esbuild, a dev dependency) — `npm run build:node`
// rebuilds it after a change.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-node', 'partner-desk.mjs');
if (!existsSync(bundle)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0 || !existsSync(bundle)) {
    process.stderr.write('partner-desk: could not build the CLI; run `npm run build:node`.\n');
    process.exit(1);
  }
}
await import(pathToFileURL(bundle).href);
