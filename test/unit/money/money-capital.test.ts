import { describe, expect, it } from 'vitest';
import { toChineseCapital } from '../../../shared/domain/money';

describe('toChineseCapital (大写金额, as written on cheques and confirmations)', () => {
  it.each([
    ['1234.56', '壹仟贰佰叁拾肆元伍角陆分'],
    ['0.05', '伍分'],
    ['0.50', '伍角'],
    ['0.55', '伍角伍分'],
    ['100', '壹佰元整'],
    ['10.20', '壹拾元贰角'],
    ['1000000.01', '壹佰万元零壹分'],
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['1', '壹元整'],
    ['10', '壹拾元整'],
    ['15', '壹拾伍元整'],
    ['110', '壹佰壹拾元整'],
    ['1.05', '壹元零伍分'],
    ['10.05', '壹拾元零伍分'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
  ])('%s → %s', (amount, capital) => {
    expect(toChineseCapital(amount)).toBe(capital);
  });

  describe('zeros: one 零 for a run of zeros inside the number, none at the end, none where 万 ends the run before a 仟', () => {
    it.each([
      ['101', '壹佰零壹元整'],
      ['1001', '壹仟零壹元整'],
      ['1010', '壹仟零壹拾元整'],
      ['1100', '壹仟壹佰元整'],
      ['10001', '壹万零壹元整'],
      ['10010', '壹万零壹拾元整'],
      ['10100', '壹万零壹佰元整'],
      ['11000', '壹万壹仟元整'],
      ['100010', '壹拾万零壹拾元整'],
      ['10001000', '壹仟万壹仟元整'],
      ['1005000', '壹佰万伍仟元整'],
      ['100001000', '壹亿零壹仟元整'],
      ['100010000', '壹亿零壹万元整'],
      ['1000100', '壹佰万零壹佰元整'],
      ['105000', '壹拾万伍仟元整'],
      ['1004.07', '壹仟零肆元零柒分'],
    ])('%s → %s', (amount, capital) => {
      expect(toChineseCapital(amount)).toBe(capital);
    });
  });

  describe('万 and 亿 sections', () => {
    it.each([
      ['10000', '壹万元整'],
      ['100000000', '壹亿元整'],
      ['100000001', '壹亿零壹元整'],
      ['100100000', '壹亿零壹拾万元整'],
      ['110000000', '壹亿壹仟万元整'],
      ['123456789', '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整'],
      ['1000000000000', '壹万亿元整'],
      ['1000100000000', '壹万零壹亿元整'],
      ['1000000000001', '壹万亿零壹元整'],
      ['1234500000000', '壹万贰仟叁佰肆拾伍亿元整'],
      ['9999999999999999.99', '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ])('%s → %s', (amount, capital) => {
      expect(toChineseCapital(amount)).toBe(capital);
    });
  });

  it('rounds half-up to the fen first', () => {
    expect(toChineseCapital('0.005')).toBe('壹分');
    expect(toChineseCapital('0.994')).toBe('玖角玖分');
    expect(toChineseCapital('9.999')).toBe('壹拾元整');
  });

  it('marks negatives with 负', () => {
    expect(toChineseCapital('-1234.56')).toBe('负壹仟贰佰叁拾肆元伍角陆分');
    expect(toChineseCapital('-0.001')).toBe('零元整');
  });

  it('refuses what it cannot write', () => {
    expect(() => toChineseCapital('12345678901234567')).toThrow(RangeError);
    expect(() => toChineseCapital('1e5')).toThrow(RangeError);
    expect(() => toChineseCapital('')).toThrow(RangeError);
  });
});
