import type { TFunction } from 'i18next';

/** A code from the API in words (e.g. verification "2" → "Verified"); the raw code if unknown. */
export function codeText(t: TFunction, group: string, code: string | number | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return t(`${group}.${code}`, { defaultValue: String(code) });
}
