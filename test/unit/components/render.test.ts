// Server-rendered markup of the kit's leaf components in both languages: what an operator
// reads (大写 under an amount in Chinese, formatted amounts, chart values) and the semantics
// assistive tech relies on (labels, roles, descriptions).
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { BarChart } from '../../../renderer/components/BarChart';
import { MoneyCell } from '../../../renderer/components/MoneyCell';
import { MoneyInput } from '../../../renderer/components/MoneyInput';
import { catalogues } from '../../../renderer/i18n/catalogue';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const input = (value: string, extra: Record<string, unknown> = {}) =>
  renderToStaticMarkup(createElement(MoneyInput, { label: 'Amount', value, onChange: () => undefined, testId: 'amt', ...extra }));

describe('MoneyInput', () => {
  it('reads the amount back in 大写 in the Chinese UI', async () => {
    await i18next.changeLanguage('zh-CN');
    const html = input('1234.56');
    expect(html).toContain('壹仟贰佰叁拾肆元伍角陆分');
    expect(html).toContain('大写金额');
  });

  it('reads the amount back formatted in the English UI, and accepts what an IME types', async () => {
    await i18next.changeLanguage('en');
    expect(input('１，２３４．５')).toContain('¥1,234.50');
  });

  it('says what is wrong, marks the field invalid and ties the message to it', async () => {
    await i18next.changeLanguage('en');
    const html = input('1.234');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('At most 2 decimal places.');
    expect(html).toMatch(/aria-describedby="[^"]*-problem"/);
    expect(input('0')).toContain('The amount must be greater than 0.');
    expect(input('1e5')).toContain('no exponent');
  });

  it('labels the field', () => {
    expect(input('')).toMatch(/<label for="([^"]+)">Amount<\/label><input id="\1"/);
  });
});

describe('MoneyCell', () => {
  it('shows finance formatting, marks negatives and keeps extra decimals in the title', () => {
    expect(renderToStaticMarkup(createElement(MoneyCell, { amount: '-1234.5' }))).toBe('<span class="money money-negative">-¥1,234.50</span>');
    expect(renderToStaticMarkup(createElement(MoneyCell, { amount: '0.12345678', currency: 'USD' }))).toBe(
      '<span class="money" title="0.12345678">$0.12</span>',
    );
    expect(renderToStaticMarkup(createElement(MoneyCell, { amount: null }))).toContain('—');
  });
});

describe('BarChart', () => {
  it('is an image with a title and a description that lists every exact amount', async () => {
    await i18next.changeLanguage('en');
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        title: 'Bills',
        data: [
          { label: '2026-09', amount: '100.00' },
          { label: '2026-10', amount: '250.55' },
        ],
      }),
    );
    expect(html).toMatch(/<svg role="img" aria-labelledby="[^"]+ [^"]+"/);
    expect(html).toContain('<desc');
    expect(html).toContain('2026-09: ¥100.00; 2026-10: ¥250.55');
    expect(html.match(/<rect/g)).toHaveLength(2);
  });

  it('says so when there is nothing to draw', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(renderToStaticMarkup(createElement(BarChart, { title: 'x', data: [] }))).toContain('此范围内没有账单。');
  });
});
