// Bundles the two Node hosts — the loopback web host and the `partner-desk` CLI — into plain
// JavaScript (dist-node/), so neither runs through a TypeScript loader. Small pure-JavaScript
// libraries (zod, decimal.js, lossless-json, papaparse, @noble) are bundled in: resolving and
// loading them as separate modules was a large share of a cold start. Native modules
// (better-sqlite3, keytar), the ones loaded on first use (exceljs, pdfkit), pg, and those that
// find files or workers by path at run time (pino, conf) stay external and resolve from the project.
// Code splitting: what the hosts import lazily (the core behind the web host's first paint,
// exceljs and pdfkit behind the first export) stays out of the start-up chunk.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist-node', { recursive: true, force: true });

await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3', 'keytar', 'exceljs', 'pdfkit', 'pg', 'pino', 'conf', 'electron', 'electron-store'],
  // Bundled CommonJS libraries call require() for Node's built-ins.
  banner: { js: "import { createRequire as __pdCreateRequire } from 'node:module'; const require = __pdCreateRequire(import.meta.url);" },
  sourcemap: false,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  entryPoints: { 'web-host': 'electron/web-host/cli.ts', 'partner-desk': 'electron/cli/main.ts' },
  outdir: 'dist-node',
  outExtension: { '.js': '.mjs' },
});
