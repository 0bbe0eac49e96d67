// Which links may leave the app for the system browser: https pages of Huawei Cloud itself,
// by exact host name, without credentials or an unusual port. Everything else is dropped.
// Host-agnostic: the Electron main process asks it before shell.openExternal.

/** Huawei Cloud's own sites (the international ones live under /intl on the same hosts, or *-intl). */
export const ALLOWED_EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'www.huaweicloud.com',
  'support.huaweicloud.com',
  'console.huaweicloud.com',
  'console-intl.huaweicloud.com',
  'account.huaweicloud.com',
  'auth.huaweicloud.com',
]);

const MAX_URL_LENGTH = 2048;

const isControl = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/**
 * The URL to hand to the system browser — normalised, so the browser parses what was checked —
 * or null when it must not be opened.
 */
export function externalUrlToOpen(raw: string): string | null {
  // Whitespace, control characters and backslashes are read differently by different parsers.
  if (raw.length > MAX_URL_LENGTH || /[\s\\]/u.test(raw) || [...raw].some(isControl)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const allowed =
    url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && ALLOWED_EXTERNAL_HOSTS.has(url.hostname);
  return allowed ? url.href : null;
}

export const isAllowedExternalUrl = (raw: string): boolean => externalUrlToOpen(raw) !== null;
