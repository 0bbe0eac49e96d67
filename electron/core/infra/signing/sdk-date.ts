// X-Sdk-Date: UTC basic format YYYYMMDDTHHMMSSZ (signing.md §3.2 step 1, §5 step 4).
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatSdkDate(t: Date): string {
  return (
    `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`
  );
}

/** The instant an X-Sdk-Date names, or null when it is not a real basic-format UTC time. */
export function parseSdkDate(text: string): Date | null {
  const m = SDK_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 20240231 over to March; a rolled-over value is not the text it came from.
  return formatSdkDate(new Date(ms)) === text ? new Date(ms) : null;
}
