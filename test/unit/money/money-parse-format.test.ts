import { describe, expect, it } from 'vitest';
import {
  compareAmounts,
  formatMoney,
  isAmountString,
  isRoundedForDisplay,
  parseAmount,
  roundAmount,
  shareOf,
  subtractAmounts,
  sumAmounts,
} from '../../../shared/domain/money';

describe('parseAmount (strict, as IPC carries amounts)', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['0', '0.00'],
    ['10', '10.00'],
    ['10.2', '10.20'],
    ['007.50', '7.50'],
    ['0.00000001', '0.00000001'],
    ['9999999999999999.99', '9999999999999999.99'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ['', 'empty'],
    ['1e3', 'format'],
    ['1E-2', 'format'],
    ['NaN', 'format'],
    ['Infinity', 'format'],
    ['0x10', 'format'],
    ['1.2.3', 'format'],
    ['.5', 'format'],
    ['5.', 'format'],
    ['+5', 'format'],
    [' 5', 'format'],
    ['1,234.00', 'format'],
    ['１２３', 'format'],
    ['¥5', 'format'],
    ['-5', 'negative'],
    ['12345678901234567', 'tooLarge'],
  ])('rejects %j (%s)', (input, problem) => {
    expect(parseAmount(input)).toEqual({ ok: false, problem });
  });

  it('limits decimals when asked (request amounts take at most two)', () => {
    expect(parseAmount('1.234', { maxDecimals: 2 })).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseAmount('1.23', { maxDecimals: 2 })).toEqual({ ok: true, value: '1.23' });
  });

  it('requires a positive amount when asked', () => {
    expect(parseAmount('0', { positive: true })).toEqual({ ok: false, problem: 'notPositive' });
    expect(parseAmount('0.00', { positive: true })).toEqual({ ok: false, problem: 'notPositive' });
    expect(parseAmount('-1', { positive: true })).toEqual({ ok: false, problem: 'notPositive' });
    expect(parseAmount('0.01', { positive: true })).toEqual({ ok: true, value: '0.01' });
  });

  it('takes negatives only when allowed, and never yields "-0.00"', () => {
    expect(parseAmount('-12.5', { allowNegative: true })).toEqual({ ok: true, value: '-12.50' });
    expect(parseAmount('-0')).toEqual({ ok: true, value: '0.00' });
  });

  describe('lenient (what an operator types)', () => {
    it.each([
      ['  1,234.56 ', '1234.56'],
      ['１２３４．５６', '1234.56'],
      ['1,234,567', '1234567.00'],
      ['－5', '-5.00'],
    ])('accepts %j as %s', (input, canonical) => {
      expect(parseAmount(input, { lenient: true, allowNegative: true })).toEqual({ ok: true, value: canonical });
    });

    it.each([['   '], ['1,23.00'], ['12,34'], ['1e5'], ['1 234']])('still rejects %j', (input) => {
      expect(parseAmount(input, { lenient: true }).ok).toBe(false);
    });
  });
});

describe('isAmountString', () => {
  it('accepts plain decimals only', () => {
    expect(isAmountString('12.30')).toBe(true);
    expect(isAmountString('-1')).toBe(true);
    expect(isAmountString('1e2')).toBe(false);
    expect(isAmountString(12.3)).toBe(false);
  });
});

describe('formatMoney (how finance reads it)', () => {
  it('groups thousands and shows exactly two decimals with the currency', () => {
    expect(formatMoney('1234567.8')).toBe('¥1,234,567.80');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('999.999')).toBe('¥1,000.00');
    expect(formatMoney('100', { currency: 'USD' })).toBe('$100.00');
  });

  it('puts the minus before the currency and never prints -0.00', () => {
    expect(formatMoney('-1234.5')).toBe('-¥1,234.50');
    expect(formatMoney('-0.001')).toBe('¥0.00');
    expect(formatMoney('-0.005')).toBe('-¥0.01');
  });

  it('rounds half-up (四舍五入), not half-even', () => {
    expect(formatMoney('0.125')).toBe('¥0.13');
    expect(formatMoney('2.675')).toBe('¥2.68'); // 2.67 with floats
  });

  it('shows the currency code or nothing when asked', () => {
    expect(formatMoney('1000', { display: 'code' })).toBe('CNY 1,000.00');
    expect(formatMoney('-1000', { display: 'code', currency: 'USD' })).toBe('-USD 1,000.00');
    expect(formatMoney('1000', { display: 'none' })).toBe('1,000.00');
    expect(formatMoney('1000', { display: 'none', grouping: false })).toBe('1000.00');
  });

  it('can show more decimals for bill details', () => {
    expect(formatMoney('0.12345678', { decimals: 8 })).toBe('¥0.12345678');
    expect(isRoundedForDisplay('0.12345678')).toBe(true);
    expect(isRoundedForDisplay('0.10')).toBe(false);
  });

  it('refuses anything that is not a decimal string', () => {
    expect(() => formatMoney('1e3')).toThrow(RangeError);
    expect(() => formatMoney('abc')).toThrow(RangeError);
  });
});

describe('arithmetic without floats', () => {
  it('sums exactly', () => {
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.30');
    expect(sumAmounts([])).toBe('0.00');
    expect(sumAmounts(['9999999999999999.99', '0.01'])).toBe('10000000000000000.00');
    expect(subtractAmounts('10', '10.01')).toBe('-0.01');
  });

  it('compares like a sort comparator', () => {
    expect(compareAmounts('10.00', '9.99')).toBe(1);
    expect(compareAmounts('-1', '1')).toBe(-1);
    expect(compareAmounts('1.0', '1.00')).toBe(0);
  });

  it('rounds half-up to the given places', () => {
    expect(roundAmount('1.005')).toBe('1.01');
    expect(roundAmount('1.004')).toBe('1.00');
  });

  it('gives a share for chart geometry, 0 for a zero whole', () => {
    expect(shareOf('25', '100')).toBe(0.25);
    expect(shareOf('5', '0')).toBe(0);
  });
});
