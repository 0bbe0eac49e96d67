import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../renderer/i18n/catalogue';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

describe('UI string catalogues', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(keys(catalogues['zh-CN']).sort()).toEqual(keys(catalogues.en).sort());
  });

  it('have no empty strings', () => {
    for (const lang of ['en', 'zh-CN'] as const) for (const s of leaves(catalogues[lang])) expect(s.trim()).not.toBe('');
  });
});
