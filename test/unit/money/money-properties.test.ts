// Properties over generated amounts: whatever the digits, formatting and 大写 carry the same
// value back, never produce NaN, and never go through a float.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, parseAmount, toChineseCapital } from '../../../shared/domain/money';

/** Amount strings with up to 16 integer digits and 0–2 decimals, either sign. */
const amount = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0|[1-9]\d{0,15})$/),
    fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);

/** Canonical fixed-two form of the value, computed with string operations only. */
function fixed2(a: string): string {
  const neg = a.startsWith('-');
  const [int = '0', frac = ''] = a.replace('-', '').split('.');
  const text = `${int.replace(/^0+(?=\d)/, '')}.${frac.padEnd(2, '0')}`;
  return neg && /[1-9]/.test(text) ? `-${text}` : text;
}

// Reads 大写 back into a fixed-two string; an independent decoder, not a mirror of the encoder.
const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const PLACE: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };
function decodeCapital(text: string): string {
  let rest = text;
  const negative = rest.startsWith('负');
  if (negative) rest = rest.slice(1);
  let yi = 0n; // completed 亿 part
  let wan = 0n; // completed 万 part (below 亿)
  let section = 0n;
  let digit = 0n;
  let jiao = 0n;
  let fen = 0n;
  let seenYuan = false;
  for (const ch of rest) {
    if (ch in DIGIT) digit = BigInt(DIGIT[ch]!);
    else if (ch in PLACE) {
      section += digit * PLACE[ch]!;
      digit = 0n;
    } else if (ch === '万') {
      wan = (section + digit) * 10_000n;
      section = 0n;
      digit = 0n;
    } else if (ch === '亿') {
      yi = (wan + section + digit) * 100_000_000n;
      wan = 0n;
      section = 0n;
      digit = 0n;
    } else if (ch === '元') {
      section += digit;
      digit = 0n;
      seenYuan = true;
    } else if (ch === '角') {
      jiao = digit;
      digit = 0n;
    } else if (ch === '分') {
      fen = digit;
      digit = 0n;
    } else if (ch !== '整') throw new Error(`unexpected ${ch} in ${text}`);
  }
  const yuan = seenYuan ? yi + wan + section : 0n;
  const body = `${yuan}.${jiao}${fen}`;
  return negative ? `-${body}` : body;
}

describe('money properties', () => {
  it('parse gives the canonical two-decimal value of any plain amount', () => {
    fc.assert(
      fc.property(amount, (a) => {
        const parsed = parseAmount(a, { allowNegative: true });
        expect(parsed).toEqual({ ok: true, value: fixed2(a) });
      }),
    );
  });

  it('what formatMoney shows parses back (leniently) to the same value', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('CNY' as const, 'USD' as const), (a, currency) => {
        const shown = formatMoney(a, { currency });
        expect(shown).toMatch(/^-?[¥$]\d{1,3}(,\d{3})*\.\d{2}$/);
        const typed = shown.replace(/[¥$]/, '');
        expect(parseAmount(typed, { lenient: true, allowNegative: true })).toEqual({ ok: true, value: fixed2(a) });
      }),
    );
  });

  it('大写 decodes back to the same value', () => {
    fc.assert(
      fc.property(amount, (a) => {
        expect(decodeCapital(toChineseCapital(a))).toBe(fixed2(a).replace(/^(-?)(\d+)/, (_, s: string, i: string) => `${s}${BigInt(i)}`));
      }),
      { numRuns: 2000 },
    );
  });

  it('大写 is well-formed: its own alphabet, no doubled 零, no 零 before a unit or at either end', () => {
    fc.assert(
      fc.property(amount, (a) => {
        const text = toChineseCapital(a);
        expect(text).toMatch(/^负?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
        if (text === '零元整') return;
        expect(text).not.toMatch(/NaN|undefined|零零|零[元万亿角分整]/);
        expect(text.replace(/^负/, '')).not.toMatch(/^零|零$/);
        expect(text.endsWith('整') || text.endsWith('角') || text.endsWith('分')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never parses a float-looking or exponent string', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (x) => {
        const text = String(x);
        const parsed = parseAmount(text, { allowNegative: true });
        if (/[eE]|NaN|Infinity/.test(text)) expect(parsed.ok).toBe(false);
        if (parsed.ok) expect(parsed.value).not.toMatch(/NaN|e/i);
      }),
    );
  });
});
