// Bundles the two Node hosts — the loopback web host and the `partner-desk` CLI — into plain
// JavaScript (dist-node/), so neither runs through a TypeScript loader. node_modules stay
// external (better-sqlite3 and keytar are native; the rest resolve from the project).
import { build } from 'esbuild';

await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
  entryPoints: { 'web-host': 'electron/web-host/cli.ts', 'partner-desk': 'electron/cli/main.ts' },
  outdir: 'dist-node',
  outExtension: { '.js': '.mjs' },
});
