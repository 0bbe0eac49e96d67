// Serves the built renderer: only files inside the root; index.html for "/". The folder (about
// 1 MB) is read into memory once at start, before the core loads: while the core's modules
// evaluate, the event loop is busy, and requests answered from memory need no further disk
// round trips, so the browser gets the renderer in the gaps and parses it meanwhile.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
}

export interface StaticFiles {
  /** The file for a URL path ("/" is index.html), or null: nothing outside the root is ever served. */
  get(urlPath: string): StaticFile | null;
  /** The URL paths index.html loads at start (its scripts, module preloads and styles). */
  readonly startupPaths: readonly string[];
}

/** Local files index.html names in src= or href= ("./assets/x.js" -> "/assets/x.js"). */
function startupPathsOf(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="\.?\/?([^":?#]+)"/g)].map((m) => `/${m[1]}`);
}

/** Regular files under `root`, by their path relative to it with "/" separators; symlinks are not followed. */
function filesUnder(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return []; // no built renderer: API only
  }
}

export function loadStaticFiles(root: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  for (const path of filesUnder(root)) {
    files.set(path, { body: readFileSync(join(root, path)), type: TYPES[extname(path)] ?? 'application/octet-stream' });
  }
  const index = files.get('index.html');
  return {
    startupPaths: index ? startupPathsOf(index.body.toString('utf8')).filter((p) => files.has(p.slice(1))) : [],
    get(urlPath) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(urlPath);
      } catch {
        return null;
      }
      const key = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
      return files.get(key) ?? null;
    },
  };
}
