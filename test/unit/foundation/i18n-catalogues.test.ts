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

  // WCAG 2.5.3 (axe "label-content-name-mismatch"): a button labelled `<x>Label` for screen
  // readers shows `<x>`; its accessible name must contain what is shown, or voice users who say
  // the visible words cannot press it.
  it('give every visible action label an accessible name that contains the visible text', () => {
    const pairs: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      for (const [key, label] of Object.entries(record)) {
        const shown = key.endsWith('Label') ? record[key.slice(0, -'Label'.length)] : undefined;
        if (typeof label === 'string' && typeof shown === 'string') {
          const visible = shown.replace(/(…|\.\.\.)$/, '').trim();
          if (!label.includes(visible)) pairs.push(`${path}.${key}: "${label}" lacks "${visible}"`);
        }
        visit(label, `${path}.${key}`);
      }
    };
    for (const lang of ['en', 'zh-CN'] as const) visit(catalogues[lang], lang);
    expect(pairs).toEqual([]);
  });
});
