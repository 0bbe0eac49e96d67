import { describe, expect, it } from 'vitest';
import {
  beijingMonthOf,
  beijingMonthRange,
  describeTime,
  formatInZone,
  parseApiTime,
  recentBeijingMonths,
} from '../../../renderer/components/format/time';
import { formatDuration } from '../../../renderer/components/format/duration';

describe('times for operators', () => {
  it('reads API times with or without a zone as UTC', () => {
    expect(parseApiTime('2026-11-25T01:44:04Z')?.toISOString()).toBe('2026-11-25T01:44:04.000Z');
    expect(parseApiTime('2026-11-25T01:44:04')?.toISOString()).toBe('2026-11-25T01:44:04.000Z');
    expect(parseApiTime('2026-11-25T09:44:04+08:00')?.toISOString()).toBe('2026-11-25T01:44:04.000Z');
    expect(parseApiTime('2026-11-25')?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parseApiTime('yesterday')).toBeNull();
  });

  it('shows local time in the operator zone and keeps UTC beside it', () => {
    expect(describeTime('2026-11-25T01:44:04Z', 'Asia/Shanghai')).toEqual({
      local: '2026-11-25 09:44',
      utc: '2026-11-25 01:44:04 UTC',
    });
    expect(formatInZone(new Date('2026-01-01T00:00:00Z'), 'America/New_York', true)).toBe('2025-12-31 19:00:00');
    expect(describeTime(null)).toBeNull();
  });
});

describe('Beijing month boundaries for bills', () => {
  it('puts 16:00 UTC on the last day into the next Beijing month', () => {
    expect(beijingMonthOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10');
    expect(beijingMonthOf(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11');
  });

  it('gives [start, end) of a Beijing month in UTC, across the year end', () => {
    expect(beijingMonthRange('2026-01')).toEqual({ start: '2025-12-31T16:00:00.000Z', end: '2026-01-31T16:00:00.000Z' });
    expect(beijingMonthRange('2026-12')).toEqual({ start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z' });
    expect(() => beijingMonthRange('2026-1')).toThrow(RangeError);
  });

  it('lists recent months oldest first', () => {
    expect(recentBeijingMonths(new Date('2026-01-31T17:00:00Z'), 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('formatDuration', () => {
  it('is short and never negative', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(3900)).toBe('1 h 5 min');
    expect(formatDuration(-3)).toBe('0 s');
  });
});
